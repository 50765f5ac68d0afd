// A person with an account hears about an invitation in the app and accepts it from their
// account page, without the emailed link; and chooses whether notifications also come by email.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, uniqueEmail, visitAccessible } from "../support/people";

test("an invitation shows in the app for someone with an account, who joins from their account page and turns emails off", async ({
  browser,
}) => {
  const email = uniqueEmail("has-account");
  const personContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await personContext.newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Robin Already");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@example.org");
  await admin.goto(`/p/${DEMO_PROGRAMME}/admin/members`);
  const inviteForm = admin.locator("form", {
    has: admin.getByRole("button", { name: "Send invitation" }),
  });
  await inviteForm.getByLabel("Email address").fill(email);
  await inviteForm.getByLabel("Role").selectOption("contributor");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toContainText(`Invitation sent to ${email}`);

  // In the app: the notification leads to the account page, which accepts it.
  await visitAccessible(page, "/notifications");
  await page
    .getByRole("button", { name: /invited you to join Whole Systems Integrated Care/ })
    .click();
  await expect(page).toHaveURL(/\/account#invitations$/);
  const invitations = page.getByRole("region", { name: "Invitations waiting for you" });
  await expect(invitations).toContainText("as contributor");
  await expectAccessible(page);
  await invitations.getByRole("button", { name: "Join Whole Systems Integrated Care" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${DEMO_PROGRAMME}$`));
  await expect(page.getByText("Your role: Contributor")).toBeVisible();

  // Emails on by default; turned off, the choice is kept.
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Invitations waiting for you" })).toHaveCount(0);
  const emails = page.getByLabel(`Also send them to me by email, at ${email}`);
  await expect(emails).toBeChecked();
  await emails.uncheck();
  await page.getByRole("button", { name: "Save email choice" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Saved. Notifications will show here in Coproduce only, not by email.",
  );
  await page.reload();
  await expect(page.getByLabel(`Also send them to me by email, at ${email}`)).not.toBeChecked();
  await expectAccessible(page);
  await personContext.close();
  await adminContext.close();
});
