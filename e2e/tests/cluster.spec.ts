// Two app processes on PostgreSQL and Redis (support/cluster.ts), as `npm run start:cluster`
// runs them: people on different processes co-edit one section and see each other; a process
// killed mid-edit loses nothing that was acknowledged, and its browser reconnects through the
// balancer to the other; a Change Academy board and its votes work across the two.
import { expect, test, type Browser, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, waitUntilSaved } from "../support/editing";
import { DEMO_PROGRAMME, signIn } from "../support/people";
import {
  BALANCER_URL,
  PROCESS_PORTS,
  processUrl,
  startCluster,
  type Cluster,
} from "../support/cluster";

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

async function personAt(browser: Browser, baseURL: string, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Open websockets per app process, as the balancer counts them. */
async function websocketsThroughBalancer(page: Page): Promise<Record<string, number>> {
  const response = await page.request.get(`${BALANCER_URL}/__balancer/websockets`);
  return (await response.json()) as Record<string, number>;
}

test("people on two processes co-edit a section, and a crashed process loses nothing", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // Helen through the balancer (her websocket goes to the first process, which has none yet);
  // Amira straight to the second process.
  const a = await personAt(browser, BALANCER_URL, "editor@example.org");
  const b = await personAt(browser, processUrl(1), "admin@example.org");
  const url = new URL(await newSection(a.page, `Shared care records ${Date.now()}`));
  await b.page.goto(url.pathname);
  for (const { page } of [a, b]) {
    await expect(editorText(page)).toBeVisible();
    await waitUntilSaved(page);
  }
  await expect
    .poll(() => websocketsThroughBalancer(a.page))
    .toEqual({ [`127.0.0.1:${PROCESS_PORTS[0]}`]: 1, [`127.0.0.1:${PROCESS_PORTS[1]}`]: 0 });

  // Presence and carets cross between the processes.
  await expect(a.page.getByRole("list", { name: /Here now/ })).toContainText("Amira Shah");
  await expect(b.page.getByRole("list", { name: /Here now/ })).toContainText("Dr Helen Price");

  await editorText(a.page).click();
  await a.page.keyboard.press("Control+Home");
  await editorText(b.page).click();
  await b.page.keyboard.press("Control+End");
  await Promise.all([
    a.page.keyboard.type("Helen on one. "),
    (async () => {
      await b.page.keyboard.press("Enter");
      await b.page.keyboard.type("Amira on two.");
    })(),
  ]);
  for (const { page } of [a, b]) {
    await expect(editorText(page)).toContainText("Helen on one.");
    await expect(editorText(page)).toContainText("Amira on two.");
    await waitUntilSaved(page);
  }
  await expect
    .poll(() => editorText(a.page).innerText())
    .toBe(await editorText(b.page).innerText());
  await expect(
    a.page.locator(".editor-cursors").getByText("Amira Shah", { exact: true }),
  ).toBeVisible();
  await expectAccessible(a.page);

  // The first process dies while Helen is typing. What was acknowledged is in the log; what was
  // not is still in her browser, which reconnects through the balancer to the second process
  // and sends it again.
  await a.page.keyboard.type("Saved before the crash. ");
  await waitUntilSaved(a.page);
  await Promise.all([
    a.page.keyboard.type("Typed during the crash. ", { delay: 40 }),
    (async () => {
      await a.page.waitForTimeout(200);
      await cluster.kill(0);
    })(),
  ]);
  await a.page.keyboard.type("Typed after it.");
  await expect
    .poll(() => websocketsThroughBalancer(a.page), { timeout: 30_000 })
    .toEqual({ [`127.0.0.1:${PROCESS_PORTS[0]}`]: 0, [`127.0.0.1:${PROCESS_PORTS[1]}`]: 1 });
  await waitUntilSaved(a.page);
  for (const text of ["Saved before the crash.", "Typed during the crash.", "Typed after it."]) {
    await expect(editorText(b.page)).toContainText(text);
  }
  await expect
    .poll(() => editorText(b.page).innerText())
    .toBe(await editorText(a.page).innerText());

  // Stored, not only live: a fresh page from the surviving process has it all.
  const expected = await editorText(b.page).innerText();
  await a.page.reload();
  await expect(editorText(a.page)).toBeVisible();
  await expect.poll(() => editorText(a.page).innerText()).toBe(expected);
  await a.context.close();
  await b.context.close();
});

/** A datetime-local value in UK time (what the form asks for), minutes from now. */
function ukInput(minutesFromNow: number) {
  const when = new Date(Date.now() + minutesFromNow * 60_000);
  return when.toLocaleString("sv-SE", { timeZone: "Europe/London" }).slice(0, 16).replace(" ", "T");
}

test("a Change Academy board and its votes work across two processes", async ({ browser }) => {
  test.setTimeout(180_000);
  // The first process was killed by the test above; both people are on the second one and a
  // restarted first one.
  await cluster.restart(0);
  const facilitator = await personAt(browser, processUrl(0), "facilitator@example.org");
  const contributor = await personAt(browser, processUrl(1), "contributor@example.org");
  const f = facilitator.page;
  const m = contributor.page;
  const title = `Cluster workshop ${Date.now()}`;

  await f.goto(`/p/${DEMO_PROGRAMME}/academy`);
  await f.getByText("Plan a session").click();
  await f.getByLabel("Title").fill(title);
  await f.getByLabel("Purpose").fill("Ideas across two servers.");
  await f.getByLabel("Starts (UK time)").fill(ukInput(-5));
  await f.getByLabel("Ends (UK time)").fill(ukInput(120));
  await f.getByLabel("Place").fill("Town hall");
  await f.getByLabel("Template").selectOption("ideas");
  await f.getByRole("button", { name: "Plan session" }).click();
  await expect(f.getByRole("heading", { name: title })).toBeVisible();
  const planPath = new URL(f.url()).pathname;
  await f.getByRole("link", { name: "Run the session" }).first().click();
  await expect(f.getByRole("heading", { name: "Facilitator controls" })).toBeVisible();

  await m.goto(planPath);
  await m.getByRole("button", { name: "Join the session" }).click();
  await expect(
    m.getByRole("heading", { name: "Waiting for the facilitator to start" }),
  ).toBeVisible();

  // Everyone follows: the facilitator's process signals the member's process.
  await f.getByRole("button", { name: "Start the session" }).click();
  await expect(m.getByRole("heading", { name: /^Now: / })).toHaveText("Now: Welcome and purpose");
  await f.getByRole("button", { name: "Next activity" }).click();
  await expect(m.getByRole("heading", { name: /^Now: / })).toHaveText("Now: Ideas");

  const notes = { f: "Same day transport", m: "A named contact" };
  for (const page of [f, m]) await expect(page.getByTestId("board-status")).toHaveText(/^Live:/);
  for (const [page, text] of [
    [f, notes.f],
    [m, notes.m],
  ] as const) {
    await page.getByLabel("Your note").fill(text);
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByLabel("Your note")).toHaveValue("");
  }
  for (const page of [f, m]) {
    for (const text of Object.values(notes)) {
      await expect(page.locator(".sticky-note", { hasText: text })).toBeVisible();
    }
  }

  await f.getByText("Dot voting").click();
  await f.getByLabel("Votes per person").fill("2");
  await f.getByRole("button", { name: "Start a voting round" }).click();
  await expect(m.getByTestId("vote-status")).toContainText("you have 2 of 2 votes left");
  await m.getByRole("button", { name: `Vote for: ${notes.f}`, exact: true }).click();
  await expect(m.getByTestId("vote-status")).toContainText("1 of 2 votes left");
  await expect(f.locator(".facilitator-controls")).toContainText("1 votes cast so far.");
  await f.getByRole("button", { name: "Reveal the results" }).click();
  await expect(m.locator(".sticky-note", { hasText: notes.f })).toContainText("1 vote");
  await expectAccessible(m);
  await facilitator.context.close();
  await contributor.context.close();
});
