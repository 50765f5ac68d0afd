// "You said, we did" reaches a person who gave feedback without an account: they leave an
// email address for the reply, the facilitator responds, and a real SMTP server (started here)
// receives the email whose private link shows the reply.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";
import { openInbox } from "../support/mail";

test("a visitor who left an email address gets the programme's reply by email, with a link to read it", async ({
  browser,
}) => {
  test.slow();
  const inbox = await openInbox();
  try {
    const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const address = `pat-${unique}@example.net`;
    const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const visitor = await visitorContext.newPage();
    await visitAccessible(visitor, `/feedback/${DEMO_PROGRAMME}/give`);
    await visitor
      .getByLabel("What would you like to tell us?")
      .fill(`Who do I call at night? (${unique})`);
    await visitor.getByLabel("Your name (optional)").fill("Pat");
    await expect(visitor.getByLabel("Email me the reply (optional)")).toHaveAccessibleDescription(
      /We use this address for nothing else/,
    );
    await visitor.getByLabel("Email me the reply (optional)").fill("not an address");
    await visitor.getByRole("checkbox").check();
    await visitor.getByRole("button", { name: "Send feedback" }).click();
    await expect(visitor.getByLabel("Email me the reply (optional)")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    // The page that shows the mistake keeps what they wrote (it has no scripts).
    await expect(visitor.getByLabel("What would you like to tell us?")).toHaveValue(
      `Who do I call at night? (${unique})`,
    );
    await expectAccessible(visitor);
    await visitor.getByLabel("Email me the reply (optional)").fill(address);
    await visitor.getByRole("checkbox").check();
    await visitor.getByRole("button", { name: "Send feedback" }).click();
    await expect(
      visitor.getByRole("heading", { name: "Thank you. We have your feedback." }),
    ).toBeVisible();

    const facilitatorContext = await browser.newContext();
    const facilitator = await facilitatorContext.newPage();
    await signIn(facilitator, "facilitator@example.org");
    await facilitator.goto(`/p/${DEMO_PROGRAMME}/feedback`);
    await facilitator.locator(".feedback-row", { hasText: unique }).getByRole("link").click();
    await facilitator.getByLabel("Status").selectOption("change_planned");
    const response = `We are adding the night number to every care plan (${unique}).`;
    await facilitator.getByLabel("Response", { exact: true }).fill(response);
    await facilitator.getByRole("button", { name: "Save response" }).click();
    await expect(facilitator.getByRole("status")).toContainText("Response saved.");

    const mail = await inbox.waitFor(address);
    expect(mail.subject).toMatch(/has replied to your feedback$/);
    expect(mail.text).toContain("Hello Pat.");
    expect(mail.text).toContain(response);
    const link = mail.text?.match(/(http:\/\/localhost:\d+\/feedback\/track\/\S+)/)?.[1];
    expect(link, "the private link in the email").toBeTruthy();

    // The link in the email opens the person's feedback with the reply (not yet published).
    await visitAccessible(visitor, new URL(link!).pathname);
    await expect(visitor.getByTestId("feedback-response")).toHaveText(response);
    await expect(visitor.getByTestId("feedback-status")).toHaveText("Change planned");
    await visitorContext.close();
    await facilitatorContext.close();
  } finally {
    await inbox.close();
  }
});
