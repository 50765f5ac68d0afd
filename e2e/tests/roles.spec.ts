import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

const DEMO_ROLES = ["admin", "facilitator", "editor", "contributor", "viewer"] as const;

for (const role of DEMO_ROLES) {
  test(`the demo ${role} signs in and sees the programme`, async ({ page }) => {
    await signIn(page, `${role}@example.org`);
    await expect(page).toHaveURL(new RegExp(`/p/${DEMO_PROGRAMME}$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Integrated Care");
    await expect(page.getByText(new RegExp(`Your role: ${role}`, "i"))).toBeVisible();
    await expectAccessible(page);
    for (const link of ["Toolbox", "Delivery models", "Change Academy", "Feedback", "People"]) {
      await page
        .getByRole("navigation", { name: "Programme" })
        .getByRole("link", { name: link })
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
}

test("a contributor cannot open the admin page: the server refuses", async ({ page }) => {
  await signIn(page, "contributor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/people`);
  await expect(page.getByRole("link", { name: "Manage members" })).toHaveCount(0);

  const response = await visitAccessible(page, `/p/${DEMO_PROGRAMME}/admin/members`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You cannot open this page" })).toBeVisible();

  // Calling the API directly is refused too.
  const api = await page.request.get(
    `/api/trpc/invitations.list?input=${encodeURIComponent(JSON.stringify({ programmeSlug: DEMO_PROGRAMME }))}`,
  );
  expect(api.status()).toBe(403);
});

test("someone signed out is sent to sign in, and comes back afterwards", async ({ page }) => {
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=/);
  await page.getByLabel("Email address").fill("viewer@example.org");
  await page.getByLabel("Password").fill("coproduce-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${DEMO_PROGRAMME}/toolbox$`));
  await expect(page.getByRole("heading", { name: "Integrated Care Toolkit" })).toBeVisible();
});

test("the toolbox lists the toolkit and handbooks, and a section can be read", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/toolbox`);
  await expect(page.getByRole("heading", { name: "Financial flows handbook" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Governance handbook", exact: true }),
  ).toBeVisible();
  await page.locator(".section-tree a").first().click();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeVisible();
  await expectAccessible(page);
});

test("the health check answers after checking the database", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a form posted from another website is refused and changes nothing", async ({ request }) => {
  const response = await request.post("/sign-up", {
    headers: { Origin: "https://another-site.example" },
    form: { name: "Forged", email: "forged@example.org", password: "forged password 123" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("sent from another website");
  const signIn = await request.post("/api/trpc/auth.signIn", {
    data: { email: "forged@example.org", password: "forged password 123" },
  });
  expect(signIn.status()).toBe(401);
});
