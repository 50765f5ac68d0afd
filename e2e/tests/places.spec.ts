// An admin builds the places of a programme as a tree (system › place › neighbourhood):
// adds, nests and renames places, and is told clearly when a nesting is not possible.
import { expect, test, type Page } from "../support/test";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { expectAccessible } from "../support/accessibility";

const places = `/p/${DEMO_PROGRAMME}/delivery-models/places`;

async function addPlace(page: Page, name: string, level: string, inside?: string) {
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a place" }) });
  await form.getByLabel("Name of the place").fill(name);
  await form.getByLabel("Level").selectOption({ label: level });
  if (inside) await form.getByLabel("Inside").selectOption({ label: inside });
  await form.getByRole("button", { name: "Add place" }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} added.`);
}

test("an admin adds, nests and renames places, and cannot put a place inside a smaller one", async ({
  page,
}) => {
  const n = Date.now();
  const system = `Cheshire and Merseyside ${n}`;
  const place = `West Chesire ${n}`;
  const renamed = `West Cheshire ${n}`;
  const hood = `Ellesmere Port ${n}`;
  await visitAccessible(page, "/");
  await signIn(page, "admin@example.org");
  await visitAccessible(page, places);
  // The demo programme's own tree: a system, its boroughs, localities and neighbourhoods.
  await expect(page.getByRole("row", { name: /Mill Lane/ })).toContainText("Neighbourhood");

  await addPlace(page, system, "Integrated care system");
  await addPlace(page, place, "Place", system);
  await addPlace(page, hood, "Neighbourhood", `– ${place}`);

  // Rename the misspelt place.
  await page.getByRole("link", { name: `Change ${place}`, exact: true }).click();
  const change = page.getByRole("region", { name: `Change ${place}` });
  await change.getByLabel("Name").fill(renamed);
  await change.getByRole("button", { name: `Save ${place}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${renamed} saved.`);

  // Tree order: the system, then the place inside it, then its neighbourhood.
  const names = await page.locator("tbody th").allInnerTexts();
  const at = names.indexOf(system);
  expect(names.slice(at, at + 3)).toEqual([system, renamed, hood]);
  await expect(page.getByRole("row", { name: new RegExp(hood) })).toContainText(renamed);
  await expectAccessible(page);

  // A system cannot go inside its own neighbourhood.
  await page.getByRole("link", { name: `Change ${system}`, exact: true }).click();
  const systemForm = page.getByRole("region", { name: `Change ${system}` });
  await systemForm.getByLabel("Inside").selectOption({ label: `– – ${hood}` });
  await systemForm.getByRole("button", { name: `Save ${system}` }).click();
  await expect(systemForm.getByRole("alert")).toHaveText(
    "A place cannot sit inside itself or one of its own sub-places.",
  );
  await expectAccessible(page);
  await visitAccessible(page, places);
  await expect(page.getByRole("row", { name: new RegExp(`^${system}`) })).toContainText("–");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("a viewer sees the places tree without the admin forms, and it fits the screen", async ({
    page,
  }) => {
    await visitAccessible(page, "/");
    await signIn(page, "viewer@example.org");
    await visitAccessible(page, places);
    await expect(page.getByRole("row", { name: /^Northbridge North/ })).toContainText("Locality");
    await expect(page.getByRole("heading", { name: "Add a place" })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Change" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
