// The co-production record as people meet it: two people draft a section live and see who
// shaped it; its owner is warned, and stopped, before marking it agreed when no service user or
// carer took part; the published release shows the groups and counts, never names, to anyone.
import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME } from "../support/people";
import { markAgreed } from "../support/governance";
import { editorText, newSection, person, waitUntilSaved } from "../support/editing";

/** Axe at desktop and phone width, and no sideways scrolling on the phone. */
async function accessibleAtBothWidths(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling at 390 px").toBe(false);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("people see who shaped a section, are warned before agreeing it without service users or carers, and the public release shows groups and counts", async ({
  browser,
}) => {
  test.slow(); // two people, a release and several pages
  const facilitator = await person(browser, "facilitator@example.org");
  const clinician = await person(browser, "editor@example.org");

  // The facilitator (a manager) starts a section; the clinician writes in it at the same time.
  const title = `Discharge planning ${Date.now()}`;
  const url = await newSection(facilitator.page, title);
  await editorText(facilitator.page).click();
  await facilitator.page.keyboard.type("Plan discharge from the first day.");
  await waitUntilSaved(facilitator.page);
  await clinician.page.goto(url);
  await expect(editorText(clinician.page)).toContainText("Plan discharge from the first day.");
  await editorText(clinician.page).click();
  await clinician.page.keyboard.press("Control+End");
  await clinician.page.keyboard.type(" Ask the ward team.");
  await waitUntilSaved(clinician.page);
  await expect(editorText(facilitator.page)).toContainText("Ask the ward team.");

  // The record names both, under their groups, and says no service user or carer took part.
  const page = facilitator.page;
  await page.reload();
  const record = page.locator("section.card", {
    has: page.getByRole("heading", { name: "Who shaped this section" }),
  });
  await expect(
    record.getByText("No service user or carer has had a part in this yet."),
  ).toBeVisible();
  await expect(record.locator(".co-production-groups > li")).toHaveText([
    /^Clinician: 1 person \(drafted 1\)\s*Dr Helen Price drafted$/,
    /^Manager: 1 person \(drafted 1\)\s*Tom Okafor drafted$/,
  ]);
  await expect(record).toContainText("Nobody yet from:");
  await expect(record).toContainText("Service user");

  // Marking it agreed without ticking that this was considered is refused, with the reason.
  await page.getByText(/^Status: /).click();
  const warning = page.locator(".agree-warning");
  await expect(warning).toContainText("No service user and no carer has had any part");
  await accessibleAtBothWidths(page);
  await page.getByLabel("Status", { exact: true }).selectOption("agreed");
  await page.getByLabel("Decision").fill("Agreed at the discharge group.");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "No service user and no carer had any part in this section. Tick the box",
  );
  await expect(page.locator(".meta .badge")).toHaveText("Draft");
  // Ticking it, the owner marks it agreed.
  await markAgreed(page, "Agreed at the discharge group.");

  // Published: the public release page shows groups and counts, and no names.
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox/releases`);
  const version = await page.getByLabel("Release number").inputValue();
  await page.getByRole("button", { name: "Publish release" }).click();
  await expect(page.getByRole("status")).toContainText(`Release ${version} is published`);

  const reader = await browser.newContext();
  const anonymous = await reader.newPage();
  await anonymous.goto(`/toolbox/${DEMO_PROGRAMME}/releases/${version}`);
  const shaped = anonymous.locator("section.card", {
    has: anonymous.getByRole("heading", { name: "Who shaped this release" }),
  });
  const table = shaped.getByRole("table", { name: "Who shaped this release, by group" });
  await expect(table.getByRole("row", { name: /^Clinician/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Manager/ })).toBeVisible();
  await expect(shaped).toContainText(`No service user or carer had a part in:`);
  await expect(shaped).toContainText(title);
  await expect(shaped).not.toContainText("Dr Helen Price");
  await expect(shaped).not.toContainText("Tom Okafor");
  await accessibleAtBothWidths(anonymous);

  // Members see the release's frozen record with names, and the dashboard's table.
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox/releases/${version}/who-shaped`);
  const frozen = page.locator("section.card", { has: page.getByRole("heading", { name: title }) });
  await expect(frozen).toContainText("Dr Helen Price drafted");
  await accessibleAtBothWidths(page);
  await page.goto(`/p/${DEMO_PROGRAMME}/representation`);
  const row = page
    .getByRole("table", { name: "People who shaped each section, by stakeholder group" })
    .getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("No service user or carer");
  await accessibleAtBothWidths(page);

  await reader.close();
  await facilitator.context.close();
  await clinician.context.close();
});
