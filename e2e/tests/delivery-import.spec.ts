// A programme lead imports the 50 NHS England vanguards (seed 004) as a person would: from a
// CSV with UK dates, care model type labels and places that do not exist yet. One bad row is
// shown first with its row, name, column, value and the allowed values; then the admin ticks
// to add the missing places, imports, and filters the matrix by care model type.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "../support/test";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { expectAccessible } from "../support/accessibility";

const base = `/p/${DEMO_PROGRAMME}/delivery-models`;
const here = path.dirname(fileURLToPath(import.meta.url));
const vanguards = fs.readFileSync(path.join(here, "../fixtures/vanguards.csv"), "utf8");

const ACUTE_CARE_COLLABORATIONS = [
  "Salford and Wigan Foundation Chain",
  "Northumbria Foundation Group",
  "Royal Free London",
  "Dartford and Gravesham",
  "Moorfields",
  "National Orthopaedic Alliance",
  "The Neuro Network (The Walton Centre, Liverpool)",
  "MERIT (Mental Health Alliance for Excellence, Resilience, Innovation and Training) (West Midlands)",
  "Cheshire and Merseyside Womens and Children Services",
  "Accountable Clinical Network for Cancer (ACNC)",
  "East Midlands Radiology Consortium (EMRAD)",
  "Developing One NHS in Dorset",
  "Working Together Partnership (South Yorkshire, Mid Yorkshire and North Derbyshire)",
];

test.describe.configure({ timeout: 300_000 });

async function checkFile(page: Page, csv: string) {
  await page.getByLabel("What the file contains").selectOption({ label: "Partnerships" });
  await page.getByLabel("CSV file").setInputFiles({
    name: "vanguards.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "Check before importing" })).toBeVisible();
}

async function tickAddPlaces(page: Page) {
  await expect(page.getByRole("heading", { name: "47 places do not exist yet" })).toBeVisible();
  await page.getByLabel(/Add the places that do not exist yet/).check();
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByLabel(/Add the places that do not exist yet/)).toBeChecked();
}

/** The number in the key beside one status. */
async function keyCount(page: Page, label: string): Promise<number> {
  const text = await page
    .getByRole("list", { name: "Key" })
    .getByRole("listitem")
    .filter({ hasText: label })
    .innerText();
  return Number(/(\d+) cells?/.exec(text)?.[1]);
}

test("an admin imports the 50 vanguards, fixing one bad row, and filters the matrix by care model type", async ({
  page,
}) => {
  expect(vanguards.trim().split("\n")).toHaveLength(51);
  await visitAccessible(page, "/");
  await signIn(page, "admin@example.org");
  await visitAccessible(page, `${base}/data`);

  // The page says what each column holds and allows, and offers a template.
  const partnershipsColumns = page.locator("details", {
    has: page.locator("summary", { hasText: "Partnerships: the columns" }),
  });
  await partnershipsColumns.locator("summary").click();
  const typeRow = partnershipsColumns.getByRole("row", { name: /care_model_type/ });
  await expect(typeRow).toContainText("Required");
  await expect(typeRow).toContainText("Urgent and emergency care (urgent_emergency)");
  await expect(partnershipsColumns.getByRole("row", { name: /cohort_size/ })).toContainText(
    "Optional",
  );
  await expect(partnershipsColumns.getByRole("row", { name: /planned_go_live/ })).toContainText(
    "31/03/2016, 31 March 2016, 31 Mar 2016 or 2016-03-31",
  );
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download an empty partnerships template (CSV)" }).click(),
  ]);
  expect(fs.readFileSync(await download.path(), "utf8")).toBe(
    "slug,name,place,lead_organisation,organisations,cohort,cohort_size,care_model_type,status,planned_go_live,actual_go_live,description,contacts\n",
  );
  await expectAccessible(page);

  // One deliberately bad row: a care model type that is not in the list.
  const bad = vanguards.replace(
    "Vitality (Birmingham and Sandwell),Birmingham and Sandwell,Multispecialty community provider (MCP)",
    "Vitality (Birmingham and Sandwell),Birmingham and Sandwell,Integrated care",
  );
  expect(bad).not.toBe(vanguards);
  await checkFile(page, bad);
  await tickAddPlaces(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("1 row has errors. Nothing has been imported.");
  await expect(alert).toContainText(
    'Row 14 (Vitality (Birmingham and Sandwell)), care_model_type: Choose a care model type from the list. You gave "Integrated care". Allowed values: Integrated primary and acute care system (PACS) (pacs), Multispecialty community provider (MCP) (mcp), Enhanced health in care homes (care_homes), Urgent and emergency care (urgent_emergency), Acute care collaboration (acute_collaboration).',
  );
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);

  // The fixed file: every place is new, so the admin ticks to add them, then imports.
  await checkFile(page, vanguards);
  await expect(page.getByRole("alert")).toContainText("50 rows have errors.");
  await expect(page.getByRole("row", { name: /^2 / })).toContainText(
    'place: No place is called "Wirral".',
  );
  await tickAddPlaces(page);
  await expect(page.getByText("All 50 rows are ready.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^2 / })).toContainText(
    "Add Wirral Partners in a new place, Wirral",
  );
  await page.getByRole("button", { name: "Import 50 rows" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 50 rows and added 47 places.");

  // The partnerships list shows the labels and the UK dates as stored.
  await visitAccessible(page, base);
  const royalFree = page.getByRole("row", { name: /Royal Free London/ });
  await expect(royalFree).toContainText("London");
  await expect(royalFree).toContainText("Acute care collaboration");
  await expect(royalFree).toContainText(/10 Sept? 2015/);
  await expect(page.getByRole("row", { name: /Wirral Partners/ })).toContainText("10 Mar 2015");

  // The matrix at 64 partnerships: 20 at a time, then filtered by care model type.
  await visitAccessible(page, `${base}/matrix`);
  await expect(page.getByText(/Partnerships 1 to 20 of \d+\./)).toBeVisible();
  await page.getByLabel("Care model type").selectOption({ label: "Acute care collaboration" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]type=acute_collaboration/);
  const matrix = page.getByRole("region", { name: "Adoption matrix" });
  const headers = matrix.locator("thead th a");
  for (const name of ACUTE_CARE_COLLABORATIONS) {
    await expect(headers.filter({ hasText: name }), name).toHaveCount(1);
  }
  await expect(headers.filter({ hasText: "Wirral Partners" })).toHaveCount(0);
  await expect(page.getByText(/^\d+ partnerships of \d+ match the filters\.$/)).toBeVisible();
  await expectAccessible(page);

  // The key counts exactly the cells the matrix shows, by status.
  const columns = await headers.count();
  const rows = await matrix.locator("tbody tr").count();
  expect(columns).toBeGreaterThanOrEqual(ACUTE_CARE_COLLABORATIONS.length);
  const statuses: [string, string][] = [
    ["Adopted as written", "adopted"],
    ["Adapted", "adapted"],
    ["Planned", "planned"],
    ["Not applicable", "not_applicable"],
    ["Not started", "not_started"],
  ];
  let total = 0;
  for (const [label, status] of statuses) {
    const shown = await matrix.locator(`td .adoption-${status}`).count();
    expect(await keyCount(page, label), label).toBe(shown);
    total += shown;
  }
  expect(total).toBe(rows * columns);
  // Each new vanguard has set nothing yet: a whole column of "not started".
  expect(await keyCount(page, "Not started")).toBeGreaterThanOrEqual(
    rows * ACUTE_CARE_COLLABORATIONS.length,
  );

  // On a phone the page does not scroll sideways; the matrix scrolls in its own region.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/matrix`);
  await expect(page.getByRole("region", { name: "Adoption matrix" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});
