import { expect, test, type Locator, type Page } from "../support/test";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { expectAccessible } from "../support/accessibility";

const base = `/p/${DEMO_PROGRAMME}/delivery-models`;

// Long journeys with an accessibility scan on every page: allow for a busy machine.
test.describe.configure({ timeout: 240_000 });

/** The <details> whose summary reads `summary`, opened. */
async function openDetails(page: Page, summary: string | RegExp): Promise<Locator> {
  const details = page.locator("details", {
    has: page.locator("summary", { hasText: summary }),
  });
  const box = details.last();
  // Click until it is open: a page that is still settling after the last save can move the
  // summary away between the scroll and the click, so the click lands on its neighbour.
  await expect(async () => {
    if (!(await box.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await box.locator("summary").first().click({ timeout: 5_000 });
    }
    expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  }).toPass({ timeout: 30_000 });
  return box;
}

async function setCell(
  page: Page,
  section: string,
  status: string,
  fill?: (form: Locator) => Promise<void>,
) {
  const form = await openDetails(page, `adoption of ${section}`);
  await form.getByLabel(`Status of ${section}`).selectOption({ label: status });
  if (fill) await fill(form);
  await form.getByRole("button", { name: `Save adoption of ${section}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Adoption of "${section}" saved.`);
}

test("an admin builds a partnership's delivery model: adoption, a slipped milestone, benefits and readiness", async ({
  page,
}) => {
  const name = `E2E Partnership ${Date.now()}`;
  await visitAccessible(page, "/");
  await signIn(page, "admin@example.org");
  await visitAccessible(page, base);

  // Create a partnership.
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Place").selectOption({ label: "Northbridge" });
  await page.getByLabel("People in the cohort").fill("12000");
  await page.getByLabel("Care model type").selectOption("mcp");
  await page.getByLabel("Local delivery model").fill("Neighbourhood teams for people over 65.");
  await page.getByRole("button", { name: "Add partnership" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);

  // Three adoption cells, one adapted with its local variation.
  await setCell(page, "Our shared vision", "Adopted as written");
  await setCell(page, "Co-design with service users and carers", "Adapted", async (form) => {
    await form
      .getByLabel("Local variation (if adapted)")
      .fill("Carers co-chair every design group.");
    await form.getByLabel("Evidence links").fill("https://example.org/terms-of-reference");
  });
  await setCell(page, "Population segmentation", "Planned", async (form) => {
    await form.getByLabel("Planned for (if planned)").fill("2027-01-15");
  });
  await expect(
    page.getByText("Local variation: Carers co-chair every design group."),
  ).toBeVisible();
  await expect(page.getByText("Planned for 15 Jan 2027")).toBeVisible();
  // Other tests add toolkit sections while this one runs: count the rows rather than assume 9.
  const rows = await page
    .getByRole("table", { name: `How far ${name} has adopted each toolkit section` })
    .locator("tbody tr")
    .count();
  await expect(page.getByText(`2 of ${rows} sections adopted or adapted.`)).toBeVisible();
  await expectAccessible(page);

  // A milestone that slips: forecast six weeks after the original plan.
  const milestone = await openDetails(page, "Add a milestone");
  await milestone.getByLabel("Milestone", { exact: true }).fill("Care co-ordinators in post");
  await milestone.getByLabel("Milestone status").selectOption({ label: "At risk" });
  await milestone.getByLabel("Planned date").fill("2026-03-01");
  await milestone.getByLabel("Forecast date").fill("2026-04-15");
  await milestone.getByRole("button", { name: "Add milestone" }).click();
  await expect(page.getByRole("status")).toHaveText("Milestone added.");
  const row = page.getByRole("row", { name: /Care co-ordinators in post/ });
  await expect(row.getByRole("cell", { name: "45 days late" })).toBeVisible();

  // A benefit measure with actuals, shown as an SPC chart with a table alternative.
  const measure = await openDetails(page, "Add a measure");
  await measure.getByLabel("Measure name").fill("Falls needing an ambulance");
  await measure.getByLabel("Unit", { exact: true }).fill("per month");
  await measure.getByLabel("Which way is good").selectOption("lower");
  await measure.getByLabel("Baseline").fill("40");
  await measure.getByLabel("Target (optional)").fill("30");
  await measure.getByRole("button", { name: "Add measure" }).click();
  await expect(page.getByRole("status")).toHaveText("Measure added.");
  for (const [month, value] of [
    ["2026-01-01", "41"],
    ["2026-02-01", "38"],
    ["2026-03-01", "36"],
  ]) {
    await page.getByLabel("Month or date").fill(month!);
    await page.getByLabel("Value", { exact: true }).fill(value!);
    await page.getByRole("button", { name: "Record value" }).click();
    await expect(page.getByRole("status")).toHaveText("Value recorded.");
  }
  const chart = page.locator("figure", { hasText: "Falls needing an ambulance (per month)" });
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.locator(".chart-summary")).toContainText("3 values, mean 38.3");
  await chart.getByText("Show the data as a table").click();
  await expect(chart.getByRole("cell", { name: "36" })).toBeVisible();
  await expectAccessible(page);

  // A readiness assessment, then the radar chart.
  await page.getByRole("link", { name: "Start a readiness assessment" }).click();
  await expect(page.getByRole("heading", { name: "Readiness assessment" })).toBeVisible();
  await expectAccessible(page);
  const groups = page.locator("fieldset");
  const count = await groups.count();
  expect(count).toBe(12);
  for (let i = 0; i < count; i++) {
    await groups
      .nth(i)
      .getByRole("radio", { name: /^3: Developing/ })
      .check();
  }
  await groups
    .first()
    .getByLabel(/^Evidence for/)
    .fill("Board minutes, March");
  await page.getByRole("button", { name: "Save assessment" }).click();
  const radar = page.locator("figure", { hasText: `Readiness of ${name}` });
  await expect(radar.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(radar.locator(".chart-summary")).toContainText("Readiness 50%");
  await expectAccessible(page);

  // The programme-wide views show it too.
  await visitAccessible(page, `${base}/matrix`);
  await expect(page.getByRole("columnheader", { name })).toBeVisible();
  await page
    .getByRole("rowheader", { name: "Co-design with service users and carers" })
    .getByRole("link")
    .click();
  await expect(
    page.getByRole("heading", { name: "Co-design with service users and carers" }),
  ).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(
    "Carers co-chair every design group.",
  );
  await expectAccessible(page);
  await visitAccessible(page, `${base}/milestones`);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: name })
      .filter({ hasText: "Care co-ordinators in post" }),
  ).toContainText("45 days late");
  await visitAccessible(page, `${base}/benefits`);
  await expect(page.locator("figure").first()).toBeVisible();
  await visitAccessible(page, `${base}/readiness`);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toBeVisible();
});

test("a viewer filters the matrix by a place, typing part of its name and choosing from what fits", async ({
  page,
}) => {
  await visitAccessible(page, "/");
  await signIn(page, "viewer@example.org");
  await visitAccessible(page, `${base}/matrix`);
  const matrix = page.getByRole("region", { name: "Adoption matrix" });
  await expect(page.getByText(/^Showing all \d+ partnerships\.$/)).toBeVisible();

  // Part of a name that fits several places: the matrix offers them, and filters nothing yet.
  const place = page.getByRole("searchbox", { name: "Place" });
  await place.fill("northb");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(
    page.getByText("More than one place fits “northb”.", { exact: false }),
  ).toBeVisible();
  const fits = page.getByRole("list", { name: "Places that fit" });
  await expect(fits.getByRole("link")).toHaveText([
    "Northbridge",
    "Northbridge North",
    "Northbridge Riverside",
  ]);
  await expect(fits).toContainText("Northbridge North (in Northbridge)");
  await expect(page.getByText(/^Showing all \d+ partnerships\.$/)).toBeVisible();
  await expectAccessible(page);

  // Choosing one filters the matrix to the partnerships there and in the places inside it.
  await fits.getByRole("link", { name: "Northbridge", exact: true }).click();
  await expect(place).toHaveValue("Northbridge");
  await expect(page.getByText(/^\d+ partnerships? of \d+ match the filters\.$/)).toBeVisible();
  await expect(matrix.getByRole("columnheader", { name: "Northbridge Together" })).toBeVisible();
  await expect(
    matrix.getByRole("columnheader", { name: "Eastmoor Integrated Care Partnership" }),
  ).toHaveCount(0);
  await expectAccessible(page);

  // A full name needs no choosing; a name that fits nothing says so and shows every place.
  await place.fill("eastmoor");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(place).toHaveValue("Eastmoor");
  await expect(
    matrix.getByRole("columnheader", { name: "Eastmoor Integrated Care Partnership" }),
  ).toBeVisible();
  await expect(matrix.getByRole("columnheader", { name: "Northbridge Together" })).toHaveCount(0);
  await place.fill("Westmoor");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(
    page.getByText("No place has “Westmoor” in its name. The matrix shows every place."),
  ).toBeVisible();
  await expect(page.getByText(/^Showing all \d+ partnerships\.$/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(place).toHaveValue("");
});

test("a partnership member who is not an admin edits only their own partnership", async ({
  page,
}) => {
  await visitAccessible(page, "/");
  await signIn(page, "editor@example.org");
  await visitAccessible(page, base);
  await page.getByRole("link", { name: "Northbridge Together" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Northbridge Together" })).toBeVisible();
  await expectAccessible(page);
  await setCell(page, "Workforce", "Adapted", async (form) => {
    await form.getByLabel("Local variation (if adapted)").fill("Joint posts with the council.");
  });
  await expect(page.getByText("Local variation: Joint posts with the council.")).toBeVisible();

  await visitAccessible(page, base);
  await page.getByRole("link", { name: "Eastmoor Integrated Care Partnership" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Eastmoor Integrated Care Partnership" }),
  ).toBeVisible();
  await expectAccessible(page);
  await expect(page.locator("summary", { hasText: "Change" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start a readiness assessment" })).toHaveCount(0);
});

test("a CSV file with a bad row shows the row's error and imports nothing until it is fixed", async ({
  page,
}) => {
  await visitAccessible(page, "/");
  await signIn(page, "admin@example.org");
  await visitAccessible(page, `${base}/data`);
  const title = `Imported milestone ${Date.now()}`;
  const header = "partnership,title,owner,status,planned_date,forecast_date,actual_date";
  const file = (rows: string[]) => ({
    name: "milestones.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...rows].join("\n")),
  });
  const good = `northbridge-together,${title},Amira,in_progress,2026-12-01,2027-01-05,`;

  await page.getByLabel("What the file contains").selectOption("milestones");
  await page
    .getByLabel("CSV file")
    .setInputFiles(file([good, "northbridge-together,Bad row,Amira,done,2026-02-30,,"]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("alert")).toContainText(
    "1 row has errors. Nothing has been imported.",
  );
  const bad = page.getByRole("row", { name: /^3/ });
  await expect(bad).toContainText("status: Choose a status from the list.");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);

  await visitAccessible(page, `${base}/milestones`);
  await expect(page.getByText(title)).toHaveCount(0);

  await visitAccessible(page, `${base}/data`);
  await page.getByLabel("What the file contains").selectOption("milestones");
  await page.getByLabel("CSV file").setInputFiles(file([good]));
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 1 row.");
  await visitAccessible(page, `${base}/milestones`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("35 days late");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the delivery model pages fit a 390 px screen", async ({ page }) => {
    await visitAccessible(page, "/");
    await signIn(page, "viewer@example.org");
    for (const path of ["", "/matrix", "/milestones", "/benefits", "/readiness"]) {
      await visitAccessible(page, `${base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow, path).toBeLessThanOrEqual(390);
    }
    await page.goto(base);
    await page.getByRole("link", { name: "Northbridge Together" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Northbridge Together" }),
    ).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
