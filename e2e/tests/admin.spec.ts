import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, uniqueEmail, visitAccessible } from "../support/people";

test("an admin invites someone, who joins; the admin then changes their role", async ({
  browser,
}) => {
  const adminContext = await browser.newContext();
  const inviteeContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const invitee = await inviteeContext.newPage();
  const email = uniqueEmail("invitee");

  await signIn(admin, "admin@example.org");
  await admin
    .getByRole("navigation", { name: "Programme" })
    .getByRole("link", { name: "People" })
    .click();
  await admin.getByRole("link", { name: "Manage members" }).click();
  await expectAccessible(admin);

  // Bad input first: a clear message, and no invitation is made.
  const inviteForm = admin.locator("form", {
    has: admin.getByRole("button", { name: "Send invitation" }),
  });
  await inviteForm.getByLabel("Email address").fill("not an email");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText("Enter an email address like name@example.org.")).toBeVisible();
  await expect(admin.getByText("Invitations waiting for an answer")).toHaveCount(0);

  await inviteForm.getByLabel("Email address").fill(email);
  await inviteForm.getByLabel("Role").selectOption("contributor");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toContainText(`Invitation sent to ${email}`);
  const link = await admin.locator(".invite-link").textContent();
  expect(link).toMatch(/^\/invite\//);
  await expect(admin.getByText(`${email} as contributor`)).toBeVisible();
  await expectAccessible(admin);

  // The invitee opens the link, creates an account and accepts.
  await visitAccessible(invitee, link!);
  await expect(invitee.getByRole("heading", { name: /Join/ })).toBeVisible();
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.getByLabel("Your name").fill("Invited Person");
  await invitee.getByLabel("Email address").fill(email);
  await invitee.getByLabel("Password").fill("invited person password");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await invitee.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/p/${DEMO_PROGRAMME}$`));
  await expect(invitee.getByText("Your role: Contributor")).toBeVisible();

  // The admin makes them an editor.
  await admin.reload();
  const row = admin.getByRole("row", { name: /Invited Person/ });
  await row.getByLabel("Role for Invited Person").selectOption("editor");
  await row.getByRole("button", { name: "Save role for Invited Person" }).click();
  await expect(admin.getByRole("status")).toContainText("Role changed to editor");

  await invitee.reload();
  await expect(invitee.getByText("Your role: Editor")).toBeVisible();

  // And finally removes them: they can no longer open the programme.
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin
    .getByRole("row", { name: /Invited Person/ })
    .getByRole("button", { name: /Remove/ })
    .click();
  await expect(admin.getByRole("status")).toContainText("Invited Person has been removed");
  const refused = await invitee.goto(`/p/${DEMO_PROGRAMME}`);
  expect(refused?.status()).toBe(404);

  await adminContext.close();
  await inviteeContext.close();
});
