import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { markAgreed } from "../support/governance";

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
