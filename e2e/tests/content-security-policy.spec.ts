// The Content Security Policy is enforced, and the check every test runs (support/test.ts)
// catches a page that breaks it.
import { expect, test, type Page } from "../support/test";
import type { CspViolations } from "../support/test";
import { BASE_URL } from "../support/settings";

/** Adds a script element to the page, as injected markup would. */
async function inject(page: Page, code: string, withPageNonce = false) {
  await page.evaluate(
    ({ code, withPageNonce }) => {
      const script = document.createElement("script");
      // Browsers hide a nonce from attributes but keep it readable on the element.
      if (withPageNonce) script.nonce = document.querySelector<HTMLScriptElement>("script")!.nonce;
      script.textContent = code;
      document.body.append(script);
    },
    { code, withPageNonce },
  );
}

async function violationsUntil(csp: CspViolations, directive: string) {
  const seen: string[] = [];
  await expect
    .poll(() => {
      seen.push(...csp.take());
      return seen.join("\n");
    })
    .toContain(directive);
  return seen;
}

test("pages carry the policy and the other security headers", async ({ page, request }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  for (const directive of [
    `script-src 'self' 'nonce-${nonce}'`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // A fresh nonce for every response.
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);
  // Pages whose address holds a secret give other sites no Referer at all.
  const tracking = await request.get("/feedback/track/not-a-real-token");
  expect(tracking.headers()["referrer-policy"]).toBe("same-origin");
});

test("the page's own scripts run: the sign-in form works with JavaScript", async ({ page }) => {
  await page.goto("/sign-in");
  await inject(page, "window.ranWithNonce = true", true);
  await expect.poll(() => page.evaluate(() => "ranWithNonce" in window)).toBe(true);
});

test("an injected inline script is blocked and reported", async ({ page, csp }) => {
  await page.goto("/sign-in");
  await inject(page, "window.injected = true");
  const seen = await violationsUntil(csp, "script-src-elem");
  expect(seen.join("\n")).toContain("script-src-elem blocked inline");
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
});

test("an injected event handler attribute is blocked and reported", async ({ page, csp }) => {
  await page.goto("/sign-in");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.injected = true");
    image.src = "/no-such-image.png";
    document.body.append(image);
  });
  await violationsUntil(csp, "script-src-attr");
  expect(await page.evaluate(() => "injected" in window)).toBe(false);
});

test("a page from another site cannot frame the app", async ({ page, csp }) => {
  await page.setContent(`<iframe title="app" src="${BASE_URL}/sign-in"></iframe>`);
  await page.waitForTimeout(1000);
  // Chromium may report the refusal on the framing page: that is the policy working.
  csp.take();
  await expect(page.frameLocator("iframe").getByLabel("Email address")).toHaveCount(0);
});

// The guard itself: a test whose page breaks the policy fails even though none of its own
// assertions do.
test.fail("the check fails a test whose page breaks the policy", async ({ page }) => {
  await page.goto("/sign-in");
  await inject(page, "window.injected = true");
  await page.waitForTimeout(500);
});
