import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn } from "../support/people";

test("pressing / opens search; a word gives ranked results with the matches marked", async ({
  page,
}) => {
  await signIn(page, "viewer@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}`);
  const searchBox = page.getByRole("searchbox", { name: /Search this programme/ });
  // The shortcut works once the page's script is running (the search box itself works without
  // it): on a busy machine that can be a moment after the page appears, so press again until then.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(searchBox).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.keyboard.type("capitated budget");
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/search\?q=capitated/);
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(
    /\d+ results? for "capitated budget", best first\./,
  );
  const results = page.locator(".search-result");
  // A match in the title ranks first; every word found is marked.
  await expect(results.first().getByRole("link")).toHaveText("Capitated budgets");
  await expect(results.first().locator("h2 mark")).toHaveText(["Capitated", "budgets"]);
  await expect(results.first().locator("p mark").first()).toHaveText(/capitated|budget/i);
  await expectAccessible(page);

  await results.first().getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Capitated budgets", level: 1 })).toBeVisible();
});

test("the search page works as a plain form and says when nothing was found", async ({ page }) => {
  await signIn(page, "contributor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/search?q=zzzyxnotaword`);
  await expect(page.getByRole("status")).toHaveText('Nothing found for "zzzyxnotaword".');
  await expectAccessible(page);
  await page
    .getByLabel("Search sections, documents, partnerships, people and sessions")
    .fill("Amira");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page.locator(".search-result").first()).toContainText("Person");
  await expect(page.locator(".search-result mark").first()).toHaveText("Amira");
  await page
    .getByLabel("Search sections, documents, partnerships, people and sessions")
    .fill("Eastmoor");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(
    page.locator(".search-result", { hasText: "Eastmoor Integrated Care Partnership" }),
  ).toContainText("Partnership");
});

test("/ typed inside the section editor stays in the text", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  await page.getByRole("link", { name: "Our shared vision" }).click();
  const editor = page.getByRole("textbox", { name: "Section text" });
  await editor.click();
  await page.keyboard.press("/");
  await expect(editor).toBeFocused();
  await expect(page.getByRole("searchbox", { name: /Search this programme/ })).not.toBeFocused();
  await page.keyboard.press("Backspace");
});

test("search says how many match and pages through them", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/search?q=care`);
  const status = page.getByRole("status");
  await expect(status).toContainText(/^\d+ results for "care", best first\. Showing 1 to 20\.$/);
  const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
  expect(total).toBeGreaterThan(20);
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(20);
  const firstPage = await results.allTextContents();
  await expectAccessible(page);

  const pages = page.getByRole("navigation", { name: "Pages of results" });
  await expect(pages).toContainText(`Page 1 of ${Math.ceil(total / 20)}`);
  await pages.getByRole("link", { name: "More results" }).click();
  await page.waitForURL(/[?&]page=2/);
  await expect(status).toContainText(`Showing 21 to ${Math.min(40, total)}.`);
  await expect(results).toHaveCount(Math.min(20, total - 20));
  // No result appears on both pages.
  for (const text of await results.allTextContents()) expect(firstPage).not.toContain(text);

  await pages.getByRole("link", { name: "Previous results" }).click();
  await expect(status).toContainText("Showing 1 to 20.");
});

test("search finds a Change Academy session and leads to it", async ({ page }) => {
  await signIn(page, "contributor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/search`);
  await page
    .getByLabel("Search sections, documents, partnerships, people and sessions")
    .fill("leaving hospital");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  // Other tests add sessions of their own; this one is the demo's.
  const session = page
    .locator(".search-result", { hasText: "Change Academy session" })
    .filter({ hasText: "Coming home from hospital: EBCD workshop" });
  await expect(session.getByRole("link")).toHaveText("Coming home from hospital: EBCD workshop");
  await expect(session.locator("p mark").first()).toHaveText(/leaving|hospital/i);
  await session.getByRole("link").click();
  await expect(
    page.getByRole("heading", { name: "Coming home from hospital: EBCD workshop", level: 1 }),
  ).toBeVisible();
});
