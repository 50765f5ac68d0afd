// Public pages are small and served again without rendering while nothing changed: compressed
// (brotli) with hashed assets kept for good, no scripts on read-only pages, a strong ETag and
// 304 on revalidation, and a fresh page as soon as a moderator publishes a response.
import { expect, test } from "../support/test";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

const TOOLBOX = `/toolbox/${DEMO_PROGRAMME}`;
const FEEDBACK = `/feedback/${DEMO_PROGRAMME}`;

test("public pages come compressed, without scripts, and revalidate with 304", async ({
  request,
}) => {
  const first = await request.get(TOOLBOX, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers["content-encoding"]).toBe("br");
  expect(headers["vary"]).toMatch(/Accept-Encoding/i);
  expect(headers["cache-control"]).toBe("public, no-cache");
  const etag = headers["etag"]!;
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  const html = await first.text();
  expect(html).toContain("<h1");
  expect(html).not.toMatch(/<script/i);
  // The security headers still come with every answer.
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-");

  const again = await request.get(TOOLBOX, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  // A different tag gets the page.
  const other = await request.get(TOOLBOX, { headers: { "If-None-Match": '"something-else"' } });
  expect(other.status()).toBe(200);
  expect(other.headers()["etag"]).toBe(etag);

  // Without Accept-Encoding the same page comes as it is.
  const plain = await request.get(TOOLBOX, { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(html);
});

test("a release's downloads may be kept for a day, its pages revalidate; both answer 304", async ({
  request,
}) => {
  const toolbox = await (await request.get(TOOLBOX)).text();
  const download = /href="(\/toolbox\/[^"]+\/releases\/([^"/]+)\/download\/toolbox\.html)"/.exec(
    toolbox,
  );
  expect(download, "the public Toolbox offers its release as one HTML file").toBeTruthy();
  // A release's page says when a newer release has come out, so browsers must ask each time;
  // the download never changes.
  for (const [path, cacheControl] of [
    [`${TOOLBOX}/releases/${download![2]}`, "public, no-cache"],
    [download![1]!, "public, max-age=86400"],
  ] as const) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    expect(first.headers()["cache-control"]).toBe(cacheControl);
    const etag = first.headers()["etag"]!;
    expect(etag).toBeTruthy();
    expect((await request.get(path, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  }
  // The download is still a download.
  const file = await request.get(download![1]!);
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename=/);
});

test("signed-in pages and their scripts come compressed; hashed assets are kept for good", async ({
  request,
}) => {
  // Hashed assets: pre-compressed at build, kept for good.
  const signInPage = await request.get("/sign-in", { headers: { "Accept-Encoding": "br" } });
  expect(signInPage.headers()["content-encoding"]).toBe("br");
  const asset = /\/assets\/[^"]+\.js/.exec(await signInPage.text())![0];
  const script = await request.get(asset, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(script.headers()["content-encoding"]).toBe("br");
  expect(script.headers()["cache-control"]).toContain("immutable");
  expect(script.headers()["vary"]).toMatch(/Accept-Encoding/i);
});

test("the public feedback page shows a response as soon as a facilitator publishes it", async ({
  request,
  page,
  browser,
}) => {
  const before = await request.get(FEEDBACK);
  expect(before.status()).toBe(200);
  const etag = before.headers()["etag"]!;
  expect((await request.get(FEEDBACK, { headers: { "If-None-Match": etag } })).status()).toBe(304);

  // An item already on the public page.
  const published = await request.get(
    `/api/trpc/feedback.published?input=${encodeURIComponent(JSON.stringify({ programmeSlug: DEMO_PROGRAMME, page: 1 }))}`,
  );
  const items = ((await published.json()) as { result: { data: { items: { id: string }[] } } })
    .result.data.items;
  expect(items.length).toBeGreaterThan(0);

  const response = `We now phone back within two days (${Date.now()}).`;
  await signIn(page, "facilitator@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/feedback/${items[0]!.id}`);
  await page.getByLabel("Status").selectOption("change_made");
  await page.getByLabel("Response", { exact: true }).fill(response);
  await page.getByRole("button", { name: "Save response" }).click();
  await expect(page.getByRole("status")).toContainText("Response saved.");

  const after = await request.get(FEEDBACK, { headers: { "If-None-Match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);
  expect(await after.text()).toContain(response);

  // And a reader's browser shows it, on a page that meets the policy (checked for every
  // context by support/test.ts) and the accessibility bar, at phone and desktop width.
  const reader = await (await browser.newContext()).newPage();
  for (const width of [390, 1280]) {
    await reader.setViewportSize({ width, height: 900 });
    await visitAccessible(reader, FEEDBACK);
    await expect(reader.getByText(response)).toBeVisible();
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  }
  await reader.context().close();
});
