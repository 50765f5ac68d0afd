// Helpers for change control and sign-off: marking the open section agreed, as its owner does.
import { expect, type Page } from "@playwright/test";

/**
 * On a section page: opens the status form, chooses Agreed and records the decision (ticking that
 * the lack of service users and carers was considered, when the page asks).
 */
export async function markAgreed(page: Page, decision: string) {
  const status = page.getByLabel("Status", { exact: true });
  // The form stays open after a refused attempt; otherwise open it.
  if (!(await status.isVisible())) await page.getByText(/^Status: /).click();
  await status.selectOption("agreed");
  await page.getByLabel("Decision").fill(decision);
  // Sections no service user or carer had a part in ask the owner to say they considered it.
  const considered = page.getByLabel("I have considered this, and it can be agreed without them");
  if ((await considered.count()) > 0) await considered.check();
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Status saved. The decision log records" }),
  ).toBeVisible();
  await expect(page.locator(".meta .badge")).toHaveText("Agreed");
}

/** Publishes the agreed sections with the suggested (next) release number; returns it. */
export async function publishNextRelease(page: Page, programme: string, notes: string) {
  await page.goto(`/p/${programme}/toolbox/releases`);
  const version = await page.getByLabel("Release number").inputValue();
  await page.getByLabel("Release notes (optional)").fill(notes);
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("status")).toContainText(`Release ${version} is published`);
  return version;
}

/** Reloads until the section's badge says In review (changes settle after a quiet moment). */
export async function expectInReviewSoon(page: Page) {
  await expect(async () => {
    await page.reload();
    await expect(page.locator(".meta .badge")).toHaveText("In review", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}
