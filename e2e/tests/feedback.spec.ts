import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

const PHONE = { width: 390, height: 844 };

/** Fails the test if anything the page shows ever runs script (an alert or similar dialog). */
function forbidDialogs(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`A dialog opened: ${dialog.message()}`);
  });
}

async function next(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
}

test("a visitor gives easy read feedback on a published section; a facilitator redacts, tags, responds and publishes it; the visitor sees the response", async ({
  browser,
}) => {
  test.slow(); // a whole journey across two people and many pages
  const unique = Date.now();
  const visitorContext = await browser.newContext({ viewport: PHONE });
  const visitor = await visitorContext.newPage();
  forbidDialogs(visitor);

  // The visitor reads a published section and chooses easy read.
  await visitAccessible(visitor, `/toolbox/${DEMO_PROGRAMME}`);
  const sectionLink = visitor.locator(".toolbox-contents a").first();
  const sectionTitle = (await sectionLink.textContent())!.trim();
  await sectionLink.click();
  await expect(visitor.getByRole("heading", { level: 1, name: sectionTitle })).toBeVisible();
  await visitor.getByRole("link", { name: "Easy read: one question at a time" }).click();

  // One question per page.
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(sectionTitle);
  await expectAccessible(visitor);
  await visitor.getByLabel("Good", { exact: true }).check();
  await next(visitor);

  await expect(
    visitor.getByRole("heading", { name: "What do you want to tell us?" }),
  ).toBeVisible();
  await next(visitor); // nothing written yet
  await expect(visitor.getByRole("alert")).toContainText(
    "Please write something before you go on.",
  );
  await expectAccessible(visitor);
  const words = `Ask for Margaret at night (${unique}). Call me on 07700 900123. <img src=x onerror=alert(1)><script>alert(2)</script>`;
  await visitor.getByLabel("What do you want to tell us?").fill(words);
  await next(visitor);

  await expect(visitor.getByRole("heading", { name: "Who are you?" })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.getByLabel("Carer", { exact: true }).check();
  await next(visitor);

  await expect(visitor.getByRole("heading", { name: "Where do you live?" })).toBeVisible();
  await visitor.getByRole("radio").first().check();
  await next(visitor);

  await expect(
    visitor.getByRole("heading", { name: "Your name and how to contact you" }),
  ).toBeVisible();
  await expectAccessible(visitor);
  // Anonymous is allowed; contact details typed on this page are kept.
  await visitor.getByLabel("Email or phone number").fill("Ring the ward desk");
  await next(visitor);

  // Email for the reply: only if the person wants it, and only a real address.
  await expect(
    visitor.getByRole("heading", { name: "Do you want us to email you our reply?" }),
  ).toBeVisible();
  await visitor.getByLabel("Your email address").fill("07700 900123");
  await next(visitor);
  await expect(visitor.getByRole("alert")).toContainText("Please check the email address.");
  await expectAccessible(visitor);
  await visitor.getByLabel("Your email address").fill("");
  await next(visitor);

  await expect(visitor.getByRole("heading", { name: "Can we keep what you said?" })).toBeVisible();
  await next(visitor);
  await expect(visitor.getByRole("alert")).toContainText("Please tick the box if you agree.");
  await visitor.getByRole("checkbox").check();
  await next(visitor);

  await expect(visitor.getByRole("heading", { name: "Check your answers" })).toBeVisible();
  await expect(visitor.locator(".answers")).toContainText(words);
  await expect(visitor.locator(".answers")).toContainText("Carer");
  await expect(visitor.locator(".answers")).toContainText("Ring the ward desk");
  await expectAccessible(visitor);
  // Back keeps the answers.
  await visitor.getByRole("button", { name: "Back" }).click();
  await expect(visitor.getByRole("checkbox")).toBeChecked();
  await next(visitor);
  await visitor.getByRole("button", { name: "Send" }).click();

  await expect(
    visitor.getByRole("heading", { name: "Thank you. We have your feedback." }),
  ).toBeVisible();
  await expectAccessible(visitor);
  const privateLink = (await visitor.locator(".private-link a").textContent())!;
  await expect(visitor.getByTestId("feedback-status")).toHaveText("Received");

  // A facilitator moderates it.
  const facilitatorContext = await browser.newContext();
  const facilitator = await facilitatorContext.newPage();
  forbidDialogs(facilitator);
  await signIn(facilitator, "facilitator@example.org");
  await visitAccessible(facilitator, `/p/${DEMO_PROGRAMME}/feedback`);
  await facilitator
    .locator(".feedback-row", { hasText: String(unique) })
    .getByRole("link")
    .click();
  await expect(
    facilitator.getByRole("heading", { name: `Feedback about ${sectionTitle}` }),
  ).toBeVisible();
  await expectAccessible(facilitator);
  const publicText = facilitator.getByLabel("Text to publish");
  // Phone numbers are already taken out; the facilitator also removes the name.
  await expect(publicText).toHaveValue(/Call me on \[phone number removed\]\./);
  const redacted = (await publicText.inputValue()).replace(
    "Ask for Margaret",
    "Ask for [name removed]",
  );
  await publicText.fill(redacted);
  await facilitator.getByLabel("Themes").fill("Out of hours");
  await facilitator.getByRole("button", { name: "Save", exact: true }).click();
  await expect(facilitator.getByRole("status")).toContainText("Saved the text to publish");

  await facilitator.getByLabel("Status").selectOption("change_planned");
  const response = `We will add the night-time number to every care plan (${unique}).`;
  await facilitator.getByLabel("Response", { exact: true }).fill(response);
  await facilitator
    .getByLabel("What changed (optional)")
    .selectOption({ label: `Toolbox section: ${sectionTitle}` });
  await facilitator.getByRole("button", { name: "Save response" }).click();
  await expect(facilitator.getByRole("status")).toContainText("Response saved.");
  await facilitator.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(facilitator.getByRole("status")).toContainText("Published on the");
  // Published: no second Publish button is offered.
  await expect(facilitator.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(facilitator.getByText("Published. Anyone can read it on")).toBeVisible();
  await expectAccessible(facilitator);

  // The visitor follows the private link and sees the response.
  await visitAccessible(visitor, privateLink);
  await expect(visitor.getByTestId("feedback-status")).toHaveText("Change planned");
  await expect(visitor.getByTestId("feedback-response")).toHaveText(response);

  // The public page shows it, redacted, at phone width.
  await visitAccessible(visitor, `/feedback/${DEMO_PROGRAMME}`);
  const item = visitor.locator(".you-said", { hasText: String(unique) });
  await expect(item).toContainText("Ask for [name removed]");
  await expect(item).toContainText("[phone number removed]");
  await expect(item).toContainText(response);
  await expect(item).toContainText("<script>alert(2)</script>");
  await expect(visitor.locator("body")).not.toContainText("Margaret");
  await expect(visitor.locator("body")).not.toContainText("07700");
  await visitor.getByRole("link", { name: /^Out of hours \(\d+\)$/ }).click();
  await expect(visitor.getByRole("heading", { name: "Out of hours", level: 2 })).toBeVisible();
  await expect(visitor.locator(".you-said", { hasText: String(unique) })).toBeVisible();
  await expectAccessible(visitor);

  await visitorContext.close();
  await facilitatorContext.close();
});

test("the standard feedback form shows clear messages and a viewer cannot moderate", async ({
  page,
}) => {
  await visitAccessible(page, `/feedback/${DEMO_PROGRAMME}/give`);
  await page.getByRole("button", { name: "Send feedback" }).click();
  await expect(page.getByLabel("What would you like to tell us?")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page);

  await signIn(page, "viewer@example.org");
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/feedback`);
  await expect(page.getByRole("heading", { name: "Moderation" })).toHaveCount(0);
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/representation`);
  await expect(page.getByRole("heading", { name: "Who is taking part" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save targets" })).toHaveCount(0);
});
