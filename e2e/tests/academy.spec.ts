// Change Academy end to end: a facilitator plans and runs a workshop; a member and a guest who
// joins by code follow it live, add notes, group them and vote; an output linked to a toolkit
// section shows on that section; the record shows it all.
import { expect, test, type Browser, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

async function member(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** A datetime-local value in UK time (what the form asks for), minutes from now. */
function ukInput(minutesFromNow: number) {
  const when = new Date(Date.now() + minutesFromNow * 60_000);
  // Sweden's format is ISO-like: "2026-11-29 10:05:00".
  return when.toLocaleString("sv-SE", { timeZone: "Europe/London" }).slice(0, 16).replace(" ", "T");
}

async function expectAccessibleOnPhone(page: Page) {
  await expectAccessible(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling at 390 px").toBe(false);
  if (size) await page.setViewportSize(size);
}

const nowHeading = (page: Page) => page.getByRole("heading", { name: /^Now: / });

test("a facilitator runs a live workshop with a member and a guest", async ({ browser }) => {
  // Three people and eleven axe checks: on a loaded 2-core machine each check takes seconds.
  test.setTimeout(300_000);
  const title = `Discharge workshop ${Date.now()}`;

  // Plan: a session from the ideas template; reorder the agenda with the keyboard buttons.
  const facilitator = await member(browser, "facilitator@example.org");
  const f = facilitator.page;
  await visitAccessible(f, `/p/${DEMO_PROGRAMME}/academy`);
  await f.getByText("Plan a session").click();
  await f.getByLabel("Title").fill(title);
  await f.getByLabel("Purpose").fill("Ideas for leaving hospital.");
  await f.getByLabel("Starts (UK time)").fill(ukInput(-5));
  await f.getByLabel("Ends (UK time)").fill(ukInput(120));
  await f.getByLabel("Place").fill("Town hall");
  await f.getByLabel("Template").selectOption("ideas");
  await f.getByRole("button", { name: "Plan session" }).click();
  await expect(f.getByRole("heading", { name: title })).toBeVisible();
  await expectAccessible(f);
  const agenda = f.locator("ol.agenda > li");
  await expect(agenda.first()).toContainText("Welcome and purpose");
  await f.getByRole("button", { name: "Move down: Welcome and purpose" }).click();
  await expect(agenda.first()).toContainText("Ideas");
  await f.getByRole("button", { name: "Move up: Welcome and purpose" }).focus();
  await f.keyboard.press("Enter");
  await expect(agenda.first()).toContainText("Welcome and purpose");
  const code = (await f.locator(".join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expect(f.locator(".join-qr svg")).toBeVisible();
  const planUrl = f.url();
  await f.getByRole("link", { name: "Run the session" }).first().click();
  await expect(f.getByRole("heading", { name: "Facilitator controls" })).toBeVisible();

  // Join: a member from their account, a guest with the code.
  const contributor = await member(browser, "contributor@example.org");
  const m = contributor.page;
  await m.goto(planUrl);
  await m.getByRole("button", { name: "Join the session" }).click();
  await expect(
    m.getByRole("heading", { name: "Waiting for the facilitator to start" }),
  ).toBeVisible();

  const guestContext = await browser.newContext();
  const g = await guestContext.newPage();
  await visitAccessible(g, "/join");
  // A mistyped code is explained, and what they typed stays there to correct.
  await g.getByLabel("Session code").fill(`${code}!`);
  await g.getByRole("button", { name: "Continue" }).click();
  await expect(g.getByLabel("Session code")).toHaveAccessibleDescription(/Enter the code/);
  await expect(g.getByLabel("Session code")).toHaveValue(`${code}!`);
  await g.getByLabel("Session code").fill(code.toLowerCase());
  await g.getByRole("button", { name: "Continue" }).click();
  await expect(g.getByRole("heading", { name: title })).toBeVisible();
  await expectAccessible(g);
  await g.getByLabel("Name to show").fill("Maureen");
  await g.getByLabel("I am taking part as").selectOption({ label: "Carer" });
  await g.getByLabel(/I agree/).check();
  await g.getByRole("button", { name: "Join the session" }).click();
  await expect(
    g.getByRole("heading", { name: "Waiting for the facilitator to start" }),
  ).toBeVisible();

  // Run: the facilitator moves through the agenda; everyone follows, also after an undo.
  await f.getByRole("button", { name: "Start the session" }).click();
  for (const page of [f, m, g])
    await expect(nowHeading(page)).toHaveText("Now: Welcome and purpose");
  await f.getByRole("button", { name: "Next activity" }).click();
  for (const page of [m, g]) await expect(nowHeading(page)).toHaveText("Now: Ideas");
  await f.getByRole("button", { name: "Back to previous activity" }).click();
  for (const page of [m, g]) await expect(nowHeading(page)).toHaveText("Now: Welcome and purpose");
  await f.getByRole("button", { name: "Next activity" }).click();
  await f.getByLabel("Timer minutes").fill("5");
  await f.getByRole("button", { name: "Start timer" }).click();
  for (const page of [m, g]) {
    await expect(nowHeading(page)).toHaveText("Now: Ideas");
    await expect(page.getByTestId("countdown")).toContainText(/Time left: [45]:\d\d/);
  }

  // Ideas board: a shared live document. Notes from each person appear for everyone at once.
  for (const page of [f, m, g]) {
    await expect(page.getByTestId("board-status")).toHaveText(/^Live:/);
  }
  const notes = { f: "Tell carers the date early", m: "One phone number", g: "Explain medicines" };
  for (const [page, text] of [
    [f, notes.f],
    [m, notes.m],
    [g, notes.g],
  ] as const) {
    await page.getByLabel("Your note").fill(text);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByLabel("Your note")).toHaveValue("");
  }
  for (const page of [f, m, g]) {
    for (const text of Object.values(notes)) {
      await expect(page.locator(".sticky-note", { hasText: text })).toBeVisible();
    }
  }
  await expect(f.locator(".sticky-note", { hasText: notes.g })).toContainText("By Maureen");
  // An empty note is refused with a message, and nothing is added.
  await g.getByRole("button", { name: "Add note" }).click();
  await expect(g.getByRole("alert")).toContainText("Write something on the note.");
  await expect(f.locator(".sticky-note")).toHaveCount(3);

  // Clustering syncs: the guest makes a group, the facilitator moves a note into it with the
  // keyboard controls, and the member drags her own note into it.
  await g.getByLabel("New group title").fill("Before leaving");
  await g.getByRole("button", { name: "Add group" }).click();
  for (const page of [f, m, g]) {
    await expect(page.getByRole("heading", { name: "Before leaving" })).toBeVisible();
  }
  await f.getByLabel(`Group for: ${notes.g}`).selectOption({ label: "Before leaving" });
  await f.getByRole("button", { name: `Move: ${notes.g}` }).click();
  // A tall window, so the note and the group are both on screen while dragging.
  await m.setViewportSize({ width: 1280, height: 1600 });
  // Picked up by the note's edge (not by a button or list on it), as a person would.
  await m
    .locator(".sticky-note", { hasText: notes.m })
    .dragTo(m.getByRole("region", { name: "Before leaving" }), {
      sourcePosition: { x: 4, y: 4 },
    });
  for (const page of [f, m, g]) {
    const group = page.getByRole("region", { name: "Before leaving" });
    await expect(group).toContainText(notes.g);
    await expect(group).toContainText(notes.m);
  }

  // The facilitator locks the board: participants can no longer add notes until it opens.
  await f.getByLabel("Lock the board").check();
  await f.getByRole("button", { name: "Save board settings" }).click();
  await expect(g.getByText("The board is locked.")).toBeVisible();
  await expect(g.getByLabel("Your note")).toHaveCount(0);
  await f.getByLabel("Lock the board").uncheck();
  await f.getByRole("button", { name: "Save board settings" }).click();
  await expect(g.getByLabel("Your note")).toBeVisible();

  // Accessible on both views, also on a phone.
  await expectAccessibleOnPhone(f);
  await expectAccessibleOnPhone(g);

  // Dot voting: two votes each; the budget is kept; results when the facilitator reveals them.
  await f.getByText("Dot voting").click();
  await f.getByLabel("Votes per person").fill("2");
  await f.getByRole("button", { name: "Start a voting round" }).click();
  await expect(g.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");
  await g.getByRole("button", { name: `Vote for: ${notes.g}`, exact: true }).click();
  await expect(g.getByTestId("vote-status")).toContainText("1 of 2 votes left");
  await g.getByRole("button", { name: `Vote for: ${notes.g}`, exact: true }).click();
  await expect(g.getByTestId("vote-status")).toContainText("0 of 2 votes left");
  await expect(g.getByRole("button", { name: `Vote for: ${notes.m}`, exact: true })).toBeDisabled();
  await expect(m.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");
  await m.getByRole("button", { name: `Vote for: ${notes.g}`, exact: true }).click();
  await expect(m.getByTestId("vote-status")).toContainText("1 of 2 votes left");
  await expect(f.locator(".facilitator-controls")).toContainText("3 votes cast so far.");
  await f.getByRole("button", { name: "Reveal the results" }).click();
  for (const page of [f, m, g]) {
    await expect(page.locator(".sticky-note", { hasText: notes.g })).toContainText("3 votes");
  }

  // Outputs: an action from the guest's note, linked to a toolkit section.
  const guestNote = f.locator(".sticky-note", { hasText: notes.g });
  await guestNote.getByText("Make an output").click();
  await guestNote.getByLabel("Kind").selectOption("action");
  await guestNote.getByLabel("Title").fill(`Explain medicines before discharge ${Date.now()}`);
  const outputTitle = await guestNote.getByLabel("Title").inputValue();
  await guestNote.getByLabel("Owner (actions)").fill("Ward pharmacist");
  await guestNote.getByLabel("Due date (actions)").fill("2027-01-31");
  await guestNote
    .getByLabel("Toolkit section")
    .selectOption({ label: "Integrated Care Toolkit: Workforce" });
  await guestNote.getByRole("button", { name: "Save output" }).click();
  await expect(f.getByRole("status")).toHaveText("Output recorded.");
  await expect(g.getByRole("region", { name: "Outputs" })).toContainText(outputTitle);

  // After: the session ends; the guest can still give an evaluation.
  await f.getByRole("button", { name: "End the session" }).click();
  await expect(g.getByRole("heading", { name: "This session has ended" })).toBeVisible();
  await g.getByLabel("4", { exact: true }).check();
  await g.getByRole("button", { name: "Send" }).click();
  await expect(g.getByRole("status")).toHaveText("Thank you for your feedback.");

  // The record shows the agenda as run, attendance, board, votes and outputs.
  await visitAccessible(f, `${planUrl}/record`);
  await expect(f.getByRole("heading", { name: `Record: ${title}` })).toBeVisible();
  await expect(f.locator("ol.agenda")).toContainText(/Ideas \(20 min\): started \d\d:\d\d/);
  await expect(f.getByRole("table", { name: "Attendance by stakeholder group" })).toContainText(
    "Carer",
  );
  await expect(f.getByText("2 people took part.")).toBeVisible();
  await expect(f.getByRole("region", { name: "Board group: Before leaving" })).toContainText(
    notes.g,
  );
  await expect(f.getByRole("region", { name: "Voting round 1" })).toContainText(
    `${notes.g}: 3 votes`,
  );
  await expect(f.getByText(`Action: ${outputTitle}`)).toBeVisible();
  await expect(f.getByText("1 evaluation, average rating 4.0 out of 5.")).toBeVisible();
  // PDF is the browser's print to PDF: the print layout keeps the record, not the buttons.
  await expect(f.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await f.emulateMedia({ media: "print" });
  await expect(f.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(f.getByText(`Action: ${outputTitle}`)).toBeVisible();
  await f.emulateMedia({ media: "screen" });
  const csv = await f.request.get(`${planUrl}/export/outputs.csv`);
  expect(await csv.text()).toContain(`action,${outputTitle},Ward pharmacist,2027-01-31,open`);

  // The output shows on its toolkit section.
  await f.getByRole("link", { name: "Workforce" }).click();
  await expect(f.getByRole("heading", { name: "From the Change Academy" })).toBeVisible();
  await expect(f.locator(".academy-outputs")).toContainText(outputTitle);
  await expectAccessible(f);

  // The guest's cookie opens nothing else: not the programme, not another session.
  await g.goto(`/p/${DEMO_PROGRAMME}/academy`);
  await expect(g).toHaveURL(/\/sign-in/);
  const other = await g.request.get("/join/MVP7CX/live", { maxRedirects: 0 });
  expect(other.status()).toBe(302);

  for (const context of [facilitator.context, contributor.context, guestContext]) {
    await context.close();
  }
});

test("the record keeps the votes when the facilitator ends before revealing them", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `Carers' priorities ${Date.now()}`;
  const { page: f, context } = await member(browser, "facilitator@example.org");
  await f.goto(`/p/${DEMO_PROGRAMME}/academy`);
  await f.getByText("Plan a session").click();
  await f.getByLabel("Title").fill(title);
  await f.getByLabel("Starts (UK time)").fill(ukInput(-5));
  await f.getByLabel("Ends (UK time)").fill(ukInput(60));
  await f.getByLabel("Place").fill("Library");
  await f.getByLabel("Template").selectOption("ideas");
  await f.getByRole("button", { name: "Plan session" }).click();
  await expect(f.getByRole("heading", { name: title })).toBeVisible();
  const planUrl = f.url();
  await f.getByRole("link", { name: "Run the session" }).first().click();
  await f.getByRole("button", { name: "Start the session" }).click();
  await f.getByRole("button", { name: "Next activity" }).click();
  await expect(nowHeading(f)).toHaveText("Now: Ideas");
  await expect(f.getByTestId("board-status")).toHaveText(/^Live:/);
  const note = "A named contact on the ward";
  await f.getByLabel("Your note").fill(note);
  await f.getByRole("button", { name: "Add note" }).click();
  await expect(f.locator(".sticky-note", { hasText: note })).toBeVisible();

  await f.getByText("Dot voting").click();
  await f.getByLabel("Votes per person").fill("2");
  await f.getByRole("button", { name: "Start a voting round" }).click();
  await f.getByRole("button", { name: `Vote for: ${note}`, exact: true }).click();
  await expect(f.getByTestId("vote-status")).toContainText("1 of 2 votes left");
  await f.getByRole("button", { name: `Vote for: ${note}`, exact: true }).click();
  await expect(f.locator(".facilitator-controls")).toContainText("2 votes cast so far.");

  // Ended without "Reveal the results": the record still shows the counts.
  await f.getByRole("button", { name: "End the session" }).click();
  await expect(f.getByRole("heading", { name: "This session has ended" })).toBeVisible();
  await visitAccessible(f, `${planUrl}/record`);
  const round = f.getByRole("region", { name: "Voting round 1" });
  await expect(round).toContainText(`${note}: 2 votes`);
  await expect(round).not.toContainText("Results were not revealed");
  const markdown = await f.request.get(`${planUrl}/export/record.md`);
  expect(await markdown.text()).toContain(`- 2 × ${note}`);
  await context.close();
});

test("on a phone, board cards are compact: vote and move from each note's menu", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const title = `Phone board ${Date.now()}`;
  const { page: f, context } = await member(browser, "facilitator@example.org");
  await f.goto(`/p/${DEMO_PROGRAMME}/academy`);
  await f.getByText("Plan a session").click();
  await f.getByLabel("Title").fill(title);
  await f.getByLabel("Starts (UK time)").fill(ukInput(-5));
  await f.getByLabel("Ends (UK time)").fill(ukInput(60));
  await f.getByLabel("Place").fill("Surgery");
  await f.getByLabel("Template").selectOption("ideas");
  await f.getByRole("button", { name: "Plan session" }).click();
  await expect(f.getByRole("heading", { name: title })).toBeVisible();
  await f.getByRole("link", { name: "Run the session" }).first().click();
  await f.getByRole("button", { name: "Start the session" }).click();
  await f.getByRole("button", { name: "Next activity" }).click();
  await expect(f.getByTestId("board-status")).toHaveText(/^Live:/);
  const notes = [
    "Ring before a home visit",
    "One named contact",
    "Letters in plain English",
    "Transport to appointments",
  ] as const;
  for (const text of notes) {
    await f.getByLabel("Your note").fill(text);
    await f.getByRole("button", { name: "Add note" }).click();
    await expect(f.locator(".sticky-note", { hasText: text })).toBeVisible();
  }
  await f.getByLabel("New group title").fill("Contact");
  await f.getByRole("button", { name: "Add group" }).click();
  await f.getByText("Dot voting").click();
  await f.getByLabel("Votes per person").fill("3");
  await f.getByRole("button", { name: "Start a voting round" }).click();
  await expect(f.getByTestId("vote-status")).toContainText("3 of 3 votes left");
  await f.getByText("Dot voting").click(); // fold the facilitator's voting panel again

  await f.setViewportSize({ width: 390, height: 844 });
  const board = f.getByRole("region", { name: "Not grouped" });
  // Each note shows its text; its actions wait in its menu.
  await expect(
    board.getByRole("button", { name: `Vote for: ${notes[1]}`, exact: true }),
  ).toBeHidden();
  const boardHeight = await board.evaluate((element) => element.getBoundingClientRect().height);
  expect(boardHeight, "four notes in two short rows").toBeLessThan(600);
  await expectAccessible(f);
  const overflow = await f.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling at 390 px").toBe(false);
  await f.screenshot({ path: "test-results/screens/academy-board-390.png", fullPage: true });

  // Vote from the menu, then move the note into the group from the same menu.
  const card = f.locator(".sticky-note", { hasText: notes[1] });
  await card.getByText("Vote or move").click();
  await card.getByRole("button", { name: `Vote for: ${notes[1]}`, exact: true }).click();
  await expect(f.getByTestId("vote-status")).toContainText("2 of 3 votes left");
  await expect(card).toContainText("(your votes: 1)");
  await expectAccessible(f);
  if (!(await card.getByLabel(`Group for: ${notes[1]}`).isVisible())) {
    await card.getByText("Vote or move").click(); // the reload after the vote closed it
  }
  await card.getByLabel(`Group for: ${notes[1]}`).selectOption({ label: "Contact" });
  await card.getByRole("button", { name: `Move: ${notes[1]}` }).click();
  await expect(f.getByRole("region", { name: "Contact" })).toContainText(notes[1]);
  await context.close();
});

test("the demo programme has a past session with outputs and an upcoming one", async ({
  browser,
}) => {
  const { page, context } = await member(browser, "viewer@example.org");
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/academy`);
  await expect(page.getByRole("link", { name: "Care at home: ideas workshop" })).toBeVisible();
  await page.getByRole("link", { name: "Coming home from hospital: EBCD workshop" }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Session record" }).click();
  await expect(page.getByText("Action: Ring carers two days before discharge")).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
