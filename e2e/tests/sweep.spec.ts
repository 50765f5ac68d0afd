// Every page a person can reach, for each role, on a phone (390 px) and a desktop (1280 px): no
// page may scroll sideways, log an error in the console (a hydration error, a failed request) or
// have a serious or critical accessibility problem. One browser per role; slow on purpose.
import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn } from "../support/people";

const WIDTHS = [390, 1280];
const P = `/p/${DEMO_PROGRAMME}`;
/** The demo's upcoming Change Academy session, which guests join by its code. */
const GUEST_CODE = "MVP7CX";

/** Records console errors and uncaught exceptions while the page is open. */
function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** The first link on `path` whose address matches `pattern`: a real id to visit next. */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${path}`).toBeTruthy();
  return href!;
}

async function sweep(page: Page, paths: string[], errors: string[]) {
  const problems: string[] = [];
  for (const path of paths) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
      await page.waitForLoadState("networkidle");
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scrollWidth > innerWidth) {
        problems.push(`${path} at ${width} px is ${scrollWidth} px wide`);
      }
      await expectAccessible(page);
    }
  }
  expect(problems, "pages that scroll sideways").toEqual([]);
  expect(errors, "console errors").toEqual([]);
}

/** Addresses with real ids, found by following links as a person would. */
async function programmePaths(page: Page) {
  const section = await firstLink(page, `${P}/toolbox`, /\/toolbox\/(?!releases)[^/?]+$/);
  const partnership = await firstLink(
    page,
    `${P}/delivery-models`,
    /\/delivery-models\/(?!matrix|milestones|benefits|readiness|data|export|places|template)[^/]+$/,
  );
  const session = await firstLink(page, `${P}/academy`, /\/academy\/[^/]+$/);
  return { section, partnership, session };
}

const SIGNED_IN = (ids: { section: string; partnership: string; session: string }) => [
  P,
  `${P}/toolbox`,
  `${P}/toolbox/releases`,
  ids.section,
  `${ids.section}/versions`,
  `${ids.section}/compare`,
  `${P}/search?q=care`,
  `${P}/delivery-models`,
  `${P}/delivery-models/matrix`,
  `${P}/delivery-models/milestones`,
  `${P}/delivery-models/benefits`,
  `${P}/delivery-models/readiness`,
  `${P}/delivery-models/data`,
  `${P}/delivery-models/places`,
  ids.partnership,
  `${P}/academy`,
  ids.session,
  `${P}/feedback`,
  `${P}/representation`,
  `${P}/people`,
  `${P}/decisions`,
  "/account",
  "/notifications",
];

/** Pages only some roles may open (the server answers 403 to the others). */
const BY_ROLE: Record<string, (ids: { partnership: string; session: string }) => string[]> = {
  admin: (ids) => [`${P}/admin/members`, `${ids.partnership}/readiness`, `${ids.session}/live`],
  facilitator: (ids) => [`${ids.partnership}/readiness`, `${ids.session}/live`],
  editor: (ids) => [`${ids.partnership}/readiness`],
  contributor: () => [],
  viewer: () => [],
};

for (const role of Object.keys(BY_ROLE)) {
  test(`every page a ${role} can reach fits a phone and a desktop, without errors`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await signIn(page, `${role}@example.org`);
    const ids = await programmePaths(page);
    const paths = [...SIGNED_IN(ids), ...BY_ROLE[role]!(ids)];
    if (role !== "viewer") {
      paths.push(await firstLink(page, `${P}/feedback`, /\/feedback\/[^/?]+$/));
    }
    const errors = watchErrors(page);
    await sweep(page, paths, errors);
  });
}

test("every public page fits a phone and a desktop, without errors", async ({ page }) => {
  test.setTimeout(600_000);
  const section = await firstLink(
    page,
    `/toolbox/${DEMO_PROGRAMME}`,
    /\/toolbox\/[^/]+\/sections\/[^/]+$/,
  );
  const errors = watchErrors(page);
  await sweep(
    page,
    [
      "/",
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      `/toolbox/${DEMO_PROGRAMME}`,
      section,
      `/feedback/${DEMO_PROGRAMME}`,
      `/feedback/${DEMO_PROGRAMME}/give`,
      `/feedback/${DEMO_PROGRAMME}/easy-read`,
      "/join",
      `/join/${GUEST_CODE}`,
    ],
    errors,
  );
});

test("a Change Academy guest's pages fit a phone and a desktop, without errors", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await page.goto(`/join/${GUEST_CODE}`);
  await page.getByLabel("Name to show").fill("Sweep guest");
  await page.getByLabel("I am taking part as").selectOption({ label: "Carer" });
  await page.getByLabel(/I agree/).check();
  await page.getByRole("button", { name: "Join the session" }).click();
  await page.waitForURL(/\/live$/);
  await sweep(page, [`/join/${GUEST_CODE}/live`], errors);
});
