import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { markAgreed } from "../support/governance";
import { newSection, person, waitUntilSaved } from "../support/editing";

const editorText = (page: Page) => page.getByRole("textbox", { name: "Section text" });

/** Publishes the agreed sections with the suggested (next) release number; returns it. */
async function publishRelease(page: Page, notes: string): Promise<string> {
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/toolbox/releases`);
  const version = await page.getByLabel("Release number").inputValue();
  await page.getByLabel("Release notes (optional)").fill(notes);
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("status")).toContainText(`Release ${version} is published`);
  return version;
}

// The sign-off test changes the programme's sign-off rule: the tests of this file run one after
// another, and the "releases" project (playwright.config.ts) keeps the other files that publish
// from running beside them, so none sees the rule half-way or takes the next release number.
test.describe.configure({ mode: "default" });

/** Reloads until the section's badge says In review (changes settle after a quiet moment). */
async function expectInReviewSoon(page: Page) {
  await expect(async () => {
    await page.reload();
    await expect(page.locator(".meta .badge")).toHaveText("In review", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

test("a facilitator publishes a release that anyone can read, and later drafts leave it unchanged", async ({
  browser,
}) => {
  test.slow(); // a whole journey across two people and many pages
  const facilitator = await browser.newContext();
  const page = await facilitator.newPage();
  await signIn(page, "facilitator@example.org");

  // A new section, agreed, with its own words.
  const title = `Shared care records ${Date.now()}`;
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  const toolkit = page.locator("section.card", {
    has: page.getByRole("heading", { name: "Integrated Care Toolkit" }),
  });
  await toolkit.getByLabel(/New section in/).fill(title);
  await toolkit.getByRole("button", { name: "Add section" }).click();
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/toolbox\/[^/]+$/);
  const sectionId = page.url().split("/").pop()!;
  await editorText(page).click();
  await page.keyboard.type("Everyone sees the same record.");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  await markAgreed(page, "Agreed at the records working group.");

  const first = await publishRelease(
    page,
    "First public release.\n\nIncludes <script>alert(1)</script> shared records.",
  );

  // Anyone, with no account, reads it.
  const reader = await browser.newContext();
  const anonymous = await reader.newPage();
  await visitAccessible(anonymous, "/toolbox");
  await expect(anonymous).toHaveURL(new RegExp(`/toolbox/${DEMO_PROGRAMME}$`));
  await expect(anonymous.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(
    anonymous.getByText(/Includes <script>alert\(1\)<\/script> shared records\./),
  ).toBeVisible();
  await anonymous.getByRole("link", { name: title }).click();
  await anonymous.waitForURL(new RegExp(`/sections/${sectionId}$`));
  await expectAccessible(anonymous);
  await expect(anonymous.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(anonymous.locator(".section-body")).toHaveText("Everyone sees the same record.");

  // The facilitator changes the draft: the editor warns that it differs from the release...
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox/${sectionId}`);
  await expect(page.getByTestId("published-draft-banner")).toHaveCount(0);
  await editorText(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Carers can see it too.");
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
  await page.reload();
  await expect(page.getByTestId("published-draft-banner")).toContainText(
    `different from the text published in release ${first}`,
  );
  // Change control: the change to an agreed section sends it back to review once the text
  // settles, and the owner agrees it again with a decision.
  await expectInReviewSoon(page);
  await markAgreed(page, "Carers' wording agreed by the records working group.");

  // ...and the public page of that release has not changed.
  const releasePage = `/toolbox/${DEMO_PROGRAMME}/releases/${first}/sections/${sectionId}`;
  await anonymous.goto(releasePage);
  await expect(anonymous.locator(".section-body")).toHaveText("Everyone sees the same record.");

  // The next release carries the change; the old release still reads as it was.
  const second = await publishRelease(page, "Clearer about carers.");
  await anonymous.goto(`/toolbox/${DEMO_PROGRAMME}/sections/${sectionId}`);
  await expect(anonymous.locator(".section-body")).toHaveText(
    "Everyone sees the same record. Carers can see it too.",
  );
  await anonymous.goto(releasePage);
  await expect(
    anonymous.getByText(`You are reading release ${first}, an older release.`),
  ).toBeVisible();
  await expect(anonymous.locator(".section-body")).toHaveText("Everyone sees the same record.");
  await expectAccessible(anonymous);

  // Downloads of the release.
  await anonymous.goto(`/toolbox/${DEMO_PROGRAMME}/releases/${second}`);
  const download = anonymous.waitForEvent("download");
  await anonymous.getByRole("link", { name: "Word document (DOCX)" }).click();
  expect((await download).suggestedFilename()).toBe(`${DEMO_PROGRAMME}-toolbox-${second}.docx`);
  const html = await anonymous.request.get(
    `/toolbox/${DEMO_PROGRAMME}/releases/${second}/download/toolbox.html`,
  );
  expect(html.headers()["content-type"]).toContain("text/html");
  expect(await html.text()).toContain(title);

  await reader.close();
  await facilitator.close();
});

test("a viewer sees the releases but cannot publish", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/toolbox/releases`);
  // A viewer reads the releases: the page does not speak of publishing to them.
  await expect(page.getByRole("heading", { level: 1, name: "Toolbox releases" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Publish the Toolbox" })).toHaveCount(0);
  await expect(page).toHaveTitle("Toolbox releases – Coproduce");
  await expect(page.getByRole("button", { name: "Publish release" })).toHaveCount(0);
});

/** Opens the admin's sign-off settings, unless the page already shows them open. */
async function openSignOffSettings(page: Page) {
  const settings = page.locator("details.sign-off-settings");
  if ((await settings.getAttribute("open")) === null) {
    await settings.getByText("Choose the rule and the approvers").click();
  }
}

test("a release whose rule is 'all' is published only when every approver approved, and says who did", async ({
  browser,
}) => {
  test.slow(); // four people, many pages
  const releases = `/p/${DEMO_PROGRAMME}/toolbox/releases`;
  const admin = await person(browser, "admin@example.org");
  const facilitator = await person(browser, "facilitator@example.org");
  const carer = await person(browser, "contributor@example.org"); // Margaret Ellis
  const trust = await person(browser, "viewer@example.org"); // Raj Patel

  try {
    // The facilitator writes a section and agrees it (as its owner, with a decision).
    const title = `Discharge letters ${Date.now()}`;
    await newSection(facilitator.page, title);
    await editorText(facilitator.page).click();
    await facilitator.page.keyboard.type("Letters go to the person and their GP.");
    await waitUntilSaved(facilitator.page);
    await markAgreed(facilitator.page, "Agreed by the discharge working group.");

    // The admin names two approvers and the rule "every approver".
    await admin.page.goto(releases);
    await openSignOffSettings(admin.page);
    await admin.page.getByLabel("Who must approve a release").selectOption("all");
    await admin.page.getByRole("button", { name: "Save rule" }).click();
    await expect(admin.page.getByRole("status")).toContainText("Sign-off rule saved.");
    for (const [name, organisation] of [
      ["Margaret Ellis", "Northbridge Carers' Forum"],
      ["Raj Patel", "Riverside University Hospitals NHS Foundation Trust"],
    ]) {
      await openSignOffSettings(admin.page);
      await admin.page.getByLabel("Person").selectOption({ label: name });
      await admin.page.getByLabel("For the organisation").selectOption({ label: organisation });
      await admin.page.getByRole("button", { name: "Add approver" }).click();
      await expect(admin.page.getByRole("status")).toContainText("Approver added.");
    }
    await expectAccessible(admin.page);

    // The draft shows the new section with its words marked as inserted.
    await visitAccessible(facilitator.page, releases);
    const draft = facilitator.page.locator("section", {
      has: facilitator.page.getByRole("heading", { name: /What changes since release/ }),
    });
    const change = draft.locator("article", { hasText: title });
    await expect(change.getByText("New in this release")).toBeVisible();
    await expect(change.locator("ins")).toContainText("Letters go to the person and their GP.");

    // Publishing is refused while approvals are missing.
    await facilitator.page.getByRole("button", { name: "Publish release" }).click();
    await expect(facilitator.page.getByRole("alert")).toContainText(
      "Still waiting for: Margaret Ellis, Raj Patel.",
    );

    // Margaret approves; Raj objects with a comment, then approves once he has read it again.
    await carer.page.goto(releases);
    await carer.page.getByLabel("Comment", { exact: true }).fill("Clear for carers.");
    await carer.page.getByRole("button", { name: "Approve release" }).click();
    await expect(carer.page.getByRole("status")).toContainText("You approved the next release.");
    await trust.page.goto(releases);
    await trust.page.getByRole("button", { name: "Object" }).click();
    await expect(trust.page.getByRole("alert")).toContainText("Say why you object");
    await trust.page.getByLabel("Comment", { exact: true }).fill("Say which GP practice.");
    await trust.page.getByRole("button", { name: "Object" }).click();
    await expect(trust.page.getByRole("status")).toContainText("You objected");
    await expectAccessible(trust.page);

    await facilitator.page.goto(releases);
    await expect(facilitator.page.getByText("Say which GP practice.")).toBeVisible();
    await facilitator.page.getByRole("button", { name: "Publish release" }).click();
    await expect(facilitator.page.getByRole("alert")).toContainText(
      "Still waiting for: Raj Patel.",
    );

    await trust.page.getByRole("button", { name: "Approve release" }).click();
    await expect(trust.page.getByRole("status")).toContainText("You approved the next release.");
    const version = await publishRelease(facilitator.page, "Discharge letters.");

    // The public release page says who approved it, for whom, and when.
    const reader = await browser.newContext();
    const anonymous = await reader.newPage();
    await visitAccessible(anonymous, `/toolbox/${DEMO_PROGRAMME}/releases/${version}`);
    const approvals = anonymous.locator("section", {
      has: anonymous.getByRole("heading", { name: "Who approved this release" }),
    });
    await expect(approvals).toContainText(
      "Margaret Ellis, for Northbridge Carers' Forum, approved it on",
    );
    await expect(approvals).toContainText(
      "Raj Patel, for Riverside University Hospitals NHS Foundation Trust, approved it on",
    );
    await reader.close();

    // The decision log has each step, filtered by person, and downloads as CSV.
    for (const width of [390, 1280]) {
      await trust.page.setViewportSize({ width, height: 844 });
      await visitAccessible(trust.page, `/p/${DEMO_PROGRAMME}/decisions`);
      const [scrollWidth, innerWidth] = await trust.page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    }
    await trust.page.getByLabel("Person").selectOption({ label: "Raj Patel" });
    await trust.page.getByRole("button", { name: "Show decisions" }).click();
    const log = trust.page.getByRole("list", { name: "Decisions" });
    await expect(log.getByText(/objected to the release after/).first()).toContainText(
      "Say which GP practice.",
    );
    await expect(
      log.getByText(/Raj Patel \(Riverside University .*\) approved/).first(),
    ).toBeVisible();
    await expect(log.getByText("Margaret Ellis (Northbridge")).toHaveCount(0);
    const download = trust.page.waitForEvent("download");
    await trust.page.getByRole("link", { name: "Download these decisions (CSV)" }).click();
    expect((await download).suggestedFilename()).toBe(`${DEMO_PROGRAMME}-decision-log.csv`);
    for (const width of [390, 1280]) {
      await admin.page.setViewportSize({ width, height: 844 });
      await visitAccessible(admin.page, releases);
    }
  } finally {
    // Back to the demo's rule, so the other tests publish without sign-off.
    await admin.page.goto(releases);
    for (const name of ["Margaret Ellis", "Raj Patel"]) {
      const remove = admin.page.getByRole("button", { name: `Remove ${name}` });
      if (await remove.count()) {
        await remove.click();
        await expect(admin.page.getByRole("status")).toContainText("Approver removed.");
      }
    }
    await openSignOffSettings(admin.page);
    await admin.page.getByLabel("Who must approve a release").selectOption("none");
    await admin.page.getByRole("button", { name: "Save rule" }).click();
    await expect(admin.page.getByRole("status")).toContainText("Sign-off rule saved.");
    for (const someone of [admin, facilitator, carer, trust]) await someone.context.close();
  }
});
