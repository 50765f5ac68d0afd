// Every spec imports from here instead of @playwright/test (ESLint enforces it): each test
// fails if a page it opened broke the Content Security Policy. The server enforces the policy,
// so a violation is something the app tried to do and could not (a script without the nonce, an
// inline handler, a request to another site), which a person would see as a broken page.
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

export interface CspViolations {
  /** Takes the violations seen so far, for a test that provokes one on purpose. */
  take(): string[];
}

const MARK = "[csp-violation]";

async function watch(context: BrowserContext, seen: string[]) {
  // Every violation fires this event in the page, naming the directive and what it blocked.
  await context.addInitScript((mark) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const source = event.sourceFile ? ` (${event.sourceFile})` : "";
      console.error(`${mark} ${event.effectiveDirective} blocked ${event.blockedURI}${source}`);
    });
  }, MARK);
  // Chromium also reports each violation in the console, also where the event cannot run.
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(MARK) || /Content Security Policy/i.test(text)) {
      seen.push(`${message.page()?.url() ?? "?"}: ${text}`);
    }
  });
}

/** Watches the test's own context and every context it opens for other people. */
async function watchAll(browser: Browser, context: BrowserContext, seen: string[]) {
  await watch(context, seen);
  const newContext = browser.newContext;
  browser.newContext = async function (this: Browser, ...args) {
    const opened = await newContext.apply(this, args);
    await watch(opened, seen);
    return opened;
  };
  return () => {
    browser.newContext = newContext;
  };
}

export const test = base.extend<{ csp: CspViolations }>({
  csp: [
    async ({ browser, context }, use) => {
      const seen: string[] = [];
      const stopWatching = await watchAll(browser, context, seen);
      try {
        await use({ take: () => seen.splice(0) });
      } finally {
        stopWatching();
      }
      expect(seen, "Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
