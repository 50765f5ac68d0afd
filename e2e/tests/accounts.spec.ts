import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { signIn, signOut, uniqueEmail, visitAccessible } from "../support/people";

test("a person signs up, fixing mistakes the form points out", async ({ page }) => {
  await visitAccessible(page, "/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Please correct the highlighted answers");
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();
  await expectAccessible(page);

  const email = uniqueEmail("signup");
  await page.getByLabel("Your name").fill("Pat Newcomer");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters for your password.")).toBeVisible();

  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  // Not in a programme yet: the account page says what to do next.
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText("Ask a programme admin to invite you")).toBeVisible();
  await expectAccessible(page);

  // Signing up again with the same email is refused with a clear message.
  await signOut(page);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Pat Again");
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("An account with this email already exists");
});

test("a wrong password gets a clear message, and the right one signs in", async ({ page }) => {
  await visitAccessible(page, "/sign-in");
  await page.getByLabel("Email address").fill("viewer@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("That email and password do not match");
  await expectAccessible(page);
  await signIn(page, "viewer@example.org");
  await expect(page).toHaveURL(/\/p\/whole-systems$/);
});

test("a forgotten password is reset through the link in the outbox", async ({ page }) => {
  const email = uniqueEmail("reset");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Forgetful Person");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("my first password");
  await page.getByRole("button", { name: "Create account" }).click();
  await signOut(page);

  await visitAccessible(page, "/forgot-password");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If there is an account");
  await page.getByRole("link", { name: "Open the outbox" }).click();
  await expectAccessible(page);
  const message = page.getByRole("listitem").filter({ hasText: email });
  await message.getByRole("link", { name: "Open the link in this message" }).first().click();

  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New password").fill("my second password");
  await page.getByRole("button", { name: "Save password and sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  await signOut(page);
  await signInExpectingAccountPage(page, email, "my second password");
});

async function signInExpectingAccountPage(
  page: import("@playwright/test").Page,
  email: string,
  password: string,
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
}

test("after five wrong passwords the person is told how long to wait, in plain words", async ({
  page,
}) => {
  const email = uniqueEmail("slowed");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Slow Down");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("the right password");
  await page.getByRole("button", { name: "Create account" }).click();
  await signOut(page);

  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill("a wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("That email and password do not match");
  }
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText(
    /Too many attempts\. Wait \d+ seconds and try again\./,
  );
  await expectAccessible(page);
});
