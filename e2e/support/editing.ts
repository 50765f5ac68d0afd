// Helpers for the co-editing tests: a fresh section, a signed-in person in their own browser,
// the editor's text box and its save indicator.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PROGRAMME, signIn } from "./people";

/** A fresh section for each test, so tests never type into each other's text. */
export async function newSection(page: Page, title: string) {
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  const handbook = page.locator("section.card", {
    has: page.getByRole("heading", { name: "Financial flows handbook" }),
  });
  await handbook.getByLabel(/New section in/).fill(title);
  await handbook.getByRole("button", { name: "Add section" }).click();
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/toolbox\/[^/]+$/);
  return page.url();
}

/** Someone signed in in a browser of their own (a separate context: own cookies, own tabs). */
export async function person(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

export const editorText = (page: Page) => page.getByRole("textbox", { name: "Section text" });

export async function waitUntilSaved(page: Page) {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

/** Pastes HTML into the editor as a word processor's clipboard would. */
export async function pasteHtml(page: Page, html: string, plain: string) {
  await editorText(page).evaluate(
    (element, { html, plain }) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", plain);
      element.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { html, plain },
  );
}
