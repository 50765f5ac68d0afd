// Planning a Change Academy session: times are entered and shown in UK time, a facilitator changes
// the details after creating the session (not once it has ended), and reorders the agenda by drag
// and drop as well as with the buttons, which still work without JavaScript.
import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

const academy = `/p/${DEMO_PROGRAMME}/academy`;

/** Axe at desktop and phone width, no sideways scrolling on the phone, and a screenshot of each. */
async function checkBothWidths(page: Page, name: string) {
  await expectAccessible(page);
  await page.screenshot({ path: `test-results/screens/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling at 390 px").toBe(false);
  await page.screenshot({ path: `test-results/screens/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The page's post of a dropped row, answered. */
function savedMove(page: Page) {
  return page.waitForResponse(
    (response) => response.request().method() === "POST" && response.status() === 200,
  );
}

/** "09:30 Close" etc.: each row's start time and title, in order. */
async function agendaRows(page: Page) {
  return page.locator("ol.agenda > li strong").allTextContents();
}

test("a facilitator plans in UK time, changes the details and drags the agenda", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Carers' voices ${Date.now()}`;
  await signIn(page, "facilitator@example.org");
  await visitAccessible(page, academy);
  await page.getByText("Plan a session").click();
  await page.getByLabel("Title").fill(title);
  // 1 June is British Summer Time: 10:00 in the UK is 09:00 UTC.
  await page.getByLabel("Starts (UK time)").fill("2030-06-01T10:00");
  await page.getByLabel("Ends (UK time)").fill("2030-06-01T12:00");
  await page.getByLabel("Place").fill("Town hall");
  await page.getByLabel("Template").selectOption("ideas");
  await page.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const planUrl = page.url();
  await expect(page.locator(".answers")).toContainText("Sat, 1 June 2030, 10:00–12:00 UK time");
  await expect
    .poll(() => agendaRows(page))
    .toEqual(["10:00 Welcome and purpose", "10:10 Ideas", "10:30 Vote", "10:40 Close"]);
  await checkBothWidths(page, "academy-session");

  // Bad details: clear messages beside the fields, and nothing changes.
  await page.getByText("Change the details").click();
  const details = page.locator("details", { hasText: "Change the details" });
  await expect(details.getByLabel("Starts (UK time)")).toHaveValue("2030-06-01T10:00");
  await details.getByLabel("Title").fill("");
  await details.getByLabel("Ends (UK time)").fill("2030-06-01T09:00");
  await details.getByLabel("Online link (optional)").fill("http://insecure.example.org");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByText("Please correct the highlighted answers.")).toBeVisible();
  await expect(details.getByText("Enter a title.")).toBeVisible();
  await expect(details.getByText("The session must end after it starts.")).toBeVisible();
  await expect(details.getByText("Online links start with https://.")).toBeVisible();
  await checkBothWidths(page, "academy-session-details-errors");
  await page.goto(planUrl);
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.locator(".answers")).toContainText("10:00–12:00 UK time");

  // Good details: 15 January is GMT, so UK time and UTC agree.
  const renamed = `${title}, winter`;
  await page.getByText("Change the details").click();
  await details.getByLabel("Title").fill(renamed);
  await details.getByLabel("Starts (UK time)").fill("2030-01-15T09:30");
  await details.getByLabel("Ends (UK time)").fill("2030-01-15T11:00");
  await details.getByLabel("Place").fill("Riverside Community Centre");
  await details.getByLabel("Online link (optional)").fill("https://meet.example.org/carers");
  await details.getByLabel("Facilitators").fill("Priya and Tom");
  await details.getByLabel("Capacity (optional)").fill("12");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { name: renamed, level: 1 })).toBeVisible();
  await expect(page.getByText("Details saved.")).toBeVisible();
  const answers = page.locator(".answers");
  await expect(answers).toContainText("Tue, 15 January 2030, 09:30–11:00 UK time");
  await expect(answers).toContainText("Riverside Community Centre");
  await expect(answers).toContainText("Priya and Tom");
  await expect(answers).toContainText("0 attending of 12");
  await expect(answers.getByRole("link", { name: "online link" })).toHaveAttribute(
    "href",
    "https://meet.example.org/carers",
  );
  await expectAccessible(page);

  // Drag and drop, once the page's script is running: Close to the top, then Welcome to the end.
  const rows = page.locator("ol.agenda > li");
  await expect(rows.first()).toHaveAttribute("draggable", "true");
  await expect(page.getByText("Drag an activity to move it")).toBeVisible();
  let saved = savedMove(page);
  await rows.filter({ hasText: "Close" }).dragTo(rows.first(), { targetPosition: { x: 40, y: 4 } });
  await expect(rows.first()).toContainText("Close");
  await saved;
  await page.reload();
  await expect
    .poll(() => agendaRows(page))
    .toEqual(["09:30 Close", "09:35 Welcome and purpose", "09:45 Ideas", "10:05 Vote"]);
  await expect(rows.first()).toHaveAttribute("draggable", "true");
  const last = rows.last();
  const lastBox = (await last.boundingBox())!;
  saved = savedMove(page);
  await rows
    .filter({ hasText: "Welcome and purpose" })
    .dragTo(last, { targetPosition: { x: 40, y: lastBox.height - 4 } });
  await expect(rows.last()).toContainText("Welcome and purpose");
  await saved;
  await page.reload();
  await expect
    .poll(() => agendaRows(page))
    .toEqual(["09:30 Close", "09:35 Ideas", "09:55 Vote", "10:05 Welcome and purpose"]);
  await checkBothWidths(page, "academy-session-edited");

  // UK time on the record, its export and the guests' join page too.
  await visitAccessible(page, `${planUrl}/record`);
  await expect(page.getByText("Tue, 15 January 2030, 09:30–11:00 UK time")).toBeVisible();
  const markdown = await page.request.get(`${planUrl}/export/record.md`);
  expect(await markdown.text()).toContain("2030-01-15 09:30–11:00 UK time");
  await page.goto(planUrl);
  const code = (await page.locator(".join-code").textContent())!.trim();
  const guest = await browser.newContext();
  const g = await guest.newPage();
  await visitAccessible(g, `/join/${code}`);
  await expect(g.getByText("Tue, 15 January 2030, 09:30–11:00 UK time")).toBeVisible();
  await guest.close();
});

test("the details of an ended session cannot be changed", async ({ page }) => {
  await signIn(page, "facilitator@example.org");
  await visitAccessible(page, academy);
  await page.getByRole("link", { name: "Coming home from hospital: EBCD workshop" }).click();
  await expect(
    page.getByText("This session has ended, so its details can no longer be changed."),
  ).toBeVisible();
  await expect(page.getByText("Change the details")).toHaveCount(0);
  await expectAccessible(page);
});

test("the agenda buttons work without JavaScript, and only facilitators can reorder", async ({
  browser,
}) => {
  // Axe runs in the page's JavaScript, so these no-script pages get no axe check here; the same
  // pages are checked with script on in the tests above.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "facilitator@example.org");
  await page.goto(academy);
  await page.getByText("Plan a session").click();
  const title = `No-script plan ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Starts (UK time)").fill("2030-03-31T10:00");
  await page.getByLabel("Ends (UK time)").fill("2030-03-31T11:00");
  await page.getByLabel("Template").selectOption("ideas");
  await page.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const planUrl = page.url();
  // The clocks went forward at 1am that day: 10:00 is BST.
  await expect(page.locator(".answers")).toContainText("Sun, 31 March 2030, 10:00–11:00 UK time");
  const rows = page.locator("ol.agenda > li");
  await expect(rows.first()).not.toHaveAttribute("draggable", "true");
  await page.getByRole("button", { name: "Move down: Welcome and purpose" }).click();
  await expect
    .poll(() => agendaRows(page))
    .toEqual(["10:00 Ideas", "10:20 Welcome and purpose", "10:30 Vote", "10:40 Close"]);
  // The details form posts as a plain form too.
  await page.getByText("Change the details").click();
  await page
    .locator("details", { hasText: "Change the details" })
    .getByLabel("Title")
    .fill(`${title}, renamed`);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { name: `${title}, renamed`, level: 1 })).toBeVisible();
  await expect(page.getByText("Details saved.")).toBeVisible();
  await context.close();

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer@example.org");
  await visitAccessible(viewer, planUrl);
  await expect(viewer.getByText("Change the details")).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^Move up/ })).toHaveCount(0);
  await expect(viewer.locator("ol.agenda > li").first()).not.toHaveAttribute("draggable", "true");
  await viewerContext.close();
});

test("after a keyboard move, focus stays on the moved activity's button", async ({ page }) => {
  await signIn(page, "facilitator@example.org");
  await page.goto(academy);
  await page.getByText("Plan a session").click();
  const title = `Keyboard plan ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Starts (UK time)").fill("2030-04-02T10:00");
  await page.getByLabel("Ends (UK time)").fill("2030-04-02T11:00");
  await page.getByLabel("Template").selectOption("ideas");
  await page.getByRole("button", { name: "Plan session" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();

  const down = page.getByRole("button", { name: "Move down: Welcome and purpose" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("ol.agenda > li strong").nth(1)).toHaveText(
    "10:20 Welcome and purpose",
  );
  await expect(down).toBeFocused();
  // Again, so a keyboard user can keep pressing Enter to move it further.
  await page.keyboard.press("Enter");
  await expect(page.locator("ol.agenda > li strong").nth(2)).toHaveText(
    "10:30 Welcome and purpose",
  );
  await expect(down).toBeFocused();
  // At the bottom, Move down is disabled: focus goes to Move up of the same activity.
  await page.keyboard.press("Enter");
  await expect(page.locator("ol.agenda > li strong").nth(3)).toHaveText(/Welcome and purpose$/);
  await expect(page.getByRole("button", { name: "Move up: Welcome and purpose" })).toBeFocused();
});
