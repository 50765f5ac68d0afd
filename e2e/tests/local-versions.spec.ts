// A partnership's local version of a toolkit section (issue 20, items 1-3): a member starts it
// from the core's release, co-edits it live with a colleague, sees how it differs from the core;
// the core changes and is released again; the local version says it is behind, and the member
// brings one of the core's changes in and keeps their own words for the other. Published, it
// shows on the public Toolbox beside the core section.
import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME } from "../support/people";
import { editorText, person, waitUntilSaved } from "../support/editing";
import { expectInReviewSoon, markAgreed, publishNextRelease } from "../support/governance";

/** The page has no serious accessibility problems on a phone and on a desktop screen. */
async function accessibleAtBothSizes(page: Page) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page);
  }
}

/** Types at the end of the paragraph of the editor that reads `text`. */
async function typeAfter(page: Page, text: string, typed: string) {
  await editorText(page).getByText(text, { exact: true }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(typed);
}

test("a partnership keeps its local version of a section, and brings in the core's change", async ({
  browser,
}) => {
  test.slow(); // two people, two releases, many pages
  const stamp = Date.now();
  const title = `Hospital discharge ${stamp}`;

  // The facilitator writes a core section, agrees it and releases it.
  const facilitator = await person(browser, "facilitator@example.org");
  const core = facilitator.page;
  await core.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  const toolkit = core.locator("section.card", {
    has: core.getByRole("heading", { name: "Integrated Care Toolkit" }),
  });
  await toolkit.getByLabel(/New section in/).fill(title);
  await toolkit.getByRole("button", { name: "Add section" }).click();
  await core.getByRole("link", { name: title }).click();
  await core.waitForURL(/\/toolbox\/[^/]+$/);
  const coreUrl = core.url();
  await editorText(core).click();
  await core.keyboard.type("Plan the discharge on the first day.");
  await core.keyboard.press("Enter");
  await core.keyboard.type("A named worker rings within two days.");
  await core.keyboard.press("Enter");
  await core.keyboard.type("Carers are asked what help they need.");
  await waitUntilSaved(core);
  await markAgreed(core, "Agreed by the discharge group.");
  await publishNextRelease(core, DEMO_PROGRAMME, "Discharge section.");

  // A member of Northbridge Together starts its local version from the partnership's page.
  const member = await person(browser, "editor@example.org");
  const page = member.page;
  await page.goto(`/p/${DEMO_PROGRAMME}/delivery-models`);
  await page.getByRole("link", { name: "Northbridge Together" }).first().click();
  await expect(page.getByRole("heading", { name: "Local versions" })).toBeVisible();
  // The demo's own local version is linked from its Adapted cell.
  await expect(page.getByRole("link", { name: "Read the local version" }).first()).toBeVisible();
  const partnershipUrl = page.url();
  await accessibleAtBothSizes(page);
  await page.getByLabel("Toolkit section").selectOption({ label: title });
  await page.getByRole("button", { name: "Start a local version" }).click();
  await page.waitForURL(/\/local-versions\/[^/]+$/);
  const variantUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${title} (Northbridge Together)`,
  );
  await expect(page.getByText("No differences yet: it has the core's words.")).toBeVisible();
  await accessibleAtBothSizes(page);

  // Both edit it live: each sees the other's words without reloading.
  await page.getByRole("link", { name: "Edit the text together" }).click();
  await page.waitForURL(/\/toolbox\/[^/]+$/);
  const variantSectionUrl = page.url();
  await expect(page.getByText("This is Northbridge Together’s local version of")).toBeVisible();
  await core.goto(variantSectionUrl);
  await expect(editorText(core)).toContainText("A named worker rings within two days.");
  await typeAfter(
    page,
    "A named worker rings within two days.",
    " In Northbridge it is the care co-ordinator.",
  );
  await expect(editorText(core)).toContainText("In Northbridge it is the care co-ordinator.");
  await typeAfter(core, "Carers are asked what help they need.", " The carers’ centre calls them.");
  await expect(editorText(page)).toContainText("The carers’ centre calls them.");
  await waitUntilSaved(page);
  await waitUntilSaved(core);
  await accessibleAtBothSizes(page);

  // The local version against the core: the added words are marked.
  await page.goto(variantUrl);
  const diff = page.getByRole("region", { name: "Differences from the core" });
  await expect(diff.locator("ins")).toContainText(["In Northbridge it is the care co-ordinator."]);
  await expect(diff.locator("ins")).toContainText(["The carers’ centre calls them."]);

  // The core changes its first and last paragraphs and is released again.
  await core.goto(coreUrl);
  await typeAfter(
    core,
    "Plan the discharge on the first day.",
    " Ask the person what matters to them.",
  );
  await typeAfter(core, "Carers are asked what help they need.", " Write it in the plan.");
  await waitUntilSaved(core);
  await expectInReviewSoon(core);
  await markAgreed(core, "Agreed: what matters to the person.");
  const second = await publishNextRelease(core, DEMO_PROGRAMME, "Discharge: what matters.");

  // The partnership's page says which local versions are behind the core.
  await page.goto(partnershipUrl);
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText(
    "Behind the core",
  );

  // The local version says it is behind, and shows old core, new core and ours.
  await page.goto(variantUrl);
  await expect(page.getByRole("heading", { name: "The core has changed" })).toBeVisible();
  await expect(
    page.getByText(`This version is behind the core: release ${second} changed 2 parts`),
  ).toBeVisible();
  await accessibleAtBothSizes(page);
  const first = page.getByRole("article", { name: "Change 1" });
  await expect(first).toContainText(
    "Plan the discharge on the first day. Ask the person what matters to them.",
  );
  await first.getByRole("button", { name: "Bring in the core’s change" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "The core's change is now in your version." }),
  ).toBeVisible();

  // One change is left: the last paragraph, which the partnership changed itself.
  const left = page.getByRole("article", { name: "Change 1" });
  await expect(left).toContainText("You have changed this part yourselves.");
  await expect(left.getByRole("button", { name: "Bring in the core’s change" })).toHaveCount(0);
  await left.getByRole("button", { name: "Keep ours" }).click();
  await expect(page.getByRole("heading", { name: "The core has changed" })).toHaveCount(0);
  await expect(page.getByText(`Based on release ${second} of the core.`)).toBeVisible();

  // The brought-in words are in the live text for everyone, the local words kept.
  await page.goto(variantSectionUrl);
  await expect(editorText(page)).toContainText("Ask the person what matters to them.");
  await expect(editorText(page)).toContainText("In Northbridge it is the care co-ordinator.");
  await expect(editorText(page)).not.toContainText("Write it in the plan.");

  // Published, it shows beside the core section on the public Toolbox.
  await page.goto(variantUrl);
  await page.getByRole("button", { name: "Publish on the public Toolbox" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const reader = await browser.newContext();
  const anonymous = await reader.newPage();
  const coreId = coreUrl.split("/").pop()!;
  await anonymous.goto(`/toolbox/${DEMO_PROGRAMME}/sections/${coreId}`);
  await expect(
    anonymous.getByRole("heading", { name: "How partnerships deliver this locally" }),
  ).toBeVisible();
  await accessibleAtBothSizes(anonymous);
  await anonymous.getByRole("link", { name: "Northbridge Together" }).click();
  await expect(anonymous.getByRole("heading", { level: 1 })).toHaveText(
    `${title} (Northbridge Together)`,
  );
  await expect(anonymous.locator(".section-body")).toContainText(
    "In Northbridge it is the care co-ordinator.",
  );
  await accessibleAtBothSizes(anonymous);

  await reader.close();
  await member.context.close();
  await facilitator.context.close();
});
