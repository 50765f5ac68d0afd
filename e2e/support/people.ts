// Helpers that act as a person would: sign in through the form.
import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";

export const DEMO_PASSWORD = "coproduce-demo";
export const DEMO_PROGRAMME = "whole-systems";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("summary", { hasText: "Account menu" })).toBeVisible();
}

export async function visitAccessible(page: Page, path: string) {
  const response = await page.goto(path);
  await expectAccessible(page);
  return response;
}

/** A unique email address so tests never collide with each other or the demo data. */
export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Signs out from the account page and waits until the signed-out start page shows. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(
    page.getByRole("heading", { name: "Co-design integrated care, together" }),
  ).toBeVisible();
}
