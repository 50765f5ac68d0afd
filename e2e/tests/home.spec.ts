// The programme home says what needs the person: a facilitator who was mentioned in a comment
// and has feedback to moderate sees both on the home page, with how long the feedback waited,
// and reaches each in one tap.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, person, waitUntilSaved } from "../support/editing";
import { DEMO_PROGRAMME } from "../support/people";

test.describe.configure({ timeout: 180_000 });

test("the home page shows a mention and a piece of feedback waiting for moderation", async ({
  browser,
}) => {
  const unique = `${Date.now()}`;
  // A visitor sends feedback, no account needed.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/feedback/${DEMO_PROGRAMME}/give`);
  await visitor
    .getByLabel("What would you like to tell us?")
    .fill(`Evening sessions would help carers (${unique}).`);
  await visitor.getByRole("checkbox").check();
  await visitor.getByRole("button", { name: "Send feedback" }).click();
  await expect(
    visitor.getByRole("heading", { name: "Thank you. We have your feedback." }),
  ).toBeVisible();

  // An editor mentions the facilitator (Tom Okafor) in a comment.
  const editor = await person(browser, "editor@example.org");
  const title = `Home news ${unique}`;
  await newSection(editor.page, title);
  await waitUntilSaved(editor.page);
  await editorText(editor.page).click();
  await editor.page.keyboard.type("Words to talk about.");
  await waitUntilSaved(editor.page);
  await editor.page.keyboard.press("Shift+Home"); // select the words to comment on
  const panel = editor.page.getByRole("region", { name: "Comments" });
  const box = panel.getByLabel("Your comment");
  await box.fill("Can you look at this, @Tom");
  await panel.getByRole("option", { name: "Tom Okafor" }).click();
  await box.pressSequentially("please?");
  await panel.getByRole("button", { name: "Add comment" }).click();
  await expect(panel.locator("article.comment-thread", { hasText: "please?" })).toBeVisible();

  // The facilitator's home says what needs them, on a phone and on a desktop.
  const facilitator = await person(browser, "facilitator@example.org");
  for (const width of [390, 1280]) {
    await facilitator.page.setViewportSize({ width, height: 900 });
    await facilitator.page.goto(`/p/${DEMO_PROGRAMME}`);
    await expect(facilitator.page.getByRole("heading", { name: "What needs you" })).toBeVisible();
    const mentions = facilitator.page.getByRole("region", { name: /Mentions and replies/ });
    await expect(
      mentions.getByRole("link", {
        name: `Dr Helen Price mentioned you in a comment on “${title}”`,
      }),
    ).toBeVisible();
    const moderation = facilitator.page.getByRole("region", {
      name: /Feedback waiting for moderation/,
    });
    // Oldest first, each with how long it has waited (the demo has older ones than ours).
    await expect(moderation.locator("li").first()).toContainText(
      /Sent (today|yesterday|\d+ days ago|\d+ weeks ago)/,
    );
    await expect(moderation.locator(".count-badge")).toHaveText(/^\d+$/);
    await expect(
      facilitator.page.getByRole("region", { name: /Waiting for your review/ }),
    ).toContainText("No suggestions or reviews are waiting for you.");
    await expectAccessible(facilitator.page);
    const overflow = await facilitator.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
  }
  // One tap from the home to the feedback, and to the comment.
  await facilitator.page
    .getByRole("region", { name: /Feedback waiting for moderation/ })
    .locator("li")
    .first()
    .getByRole("link")
    .click();
  await expect(facilitator.page.getByRole("heading", { level: 1 })).toContainText("Feedback about");
  await facilitator.page.goBack();
  await facilitator.page
    .getByRole("link", { name: `Dr Helen Price mentioned you in a comment on “${title}”` })
    .click();
  await expect(facilitator.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // A viewer does not moderate, so their home has no moderation panel.
  const viewer = await person(browser, "viewer@example.org");
  await viewer.page.goto(`/p/${DEMO_PROGRAMME}`);
  await expect(viewer.page.getByRole("heading", { name: "What needs you" })).toBeVisible();
  await expect(
    viewer.page.getByRole("region", { name: /Feedback waiting for moderation/ }),
  ).toHaveCount(0);
  for (const p of [visitorContext, editor.context, facilitator.context, viewer.context]) {
    await p.close();
  }
});
