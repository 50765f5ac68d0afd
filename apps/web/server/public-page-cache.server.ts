// Public pages are the same for everyone, and most of them change rarely: a published release
// never changes at all, and "you said, we did" changes when a moderator publishes something.
// So they are rendered once, kept (page-cache.server.ts) and sent again with a strong ETag,
// until a write may have changed them: every write request that was not refused (a tRPC
// mutation, a page's form post) forgets every kept page. Refusals (4xx) change nothing, as
// every procedure promises, so they keep the cache. Live editing and boards go over the
// websocket and never reach public pages, which show releases only.
//
// Only pages that send no scripts are kept (see app/lib/page-scripts.ts): the HTML then holds
// no inline script that needs this response's CSP nonce, so one copy serves every response
// whatever its nonce. A page that turns out to contain a script is sent and not kept.
import { createHash } from "node:crypto";
import zlib from "node:zlib";
import type { NextFunction, Request, Response } from "express";
import type { CachedPage, PageCache } from "./page-cache.server.js";

/** The published Toolbox (pages and downloads), "you said, we did" and the join page. */
const KEPT = [/^\/toolbox\/[^/]+(\/.*)?$/, /^\/feedback\/[^/]+$/, /^\/join$/];
/**
 * A given release's downloads: frozen when it was published. Its pages are not quite: they say
 * when a newer release has come out and list the others.
 */
const FROZEN = /^\/toolbox\/[^/]+\/releases\/[^/]+\/download\/[^/]+$/;

export function isKept(path: string): boolean {
  return KEPT.some((pattern) => pattern.test(path));
}

/**
 * A release's downloads may be reused for a day without asking (not for ever: a later fix to
 * how files are made should reach people); every kept page is checked each time, which costs a
 * 304 and no rendering while nothing changed.
 */
export function cacheControlFor(path: string): string {
  return FROZEN.test(path) ? "public, max-age=86400" : "public, no-cache";
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function sendCached(req: Request, res: Response, page: CachedPage) {
  res.setHeader("ETag", page.etag);
  res.setHeader("Cache-Control", page.cacheControl);
  res.setHeader("Vary", "Accept-Encoding");
  if (matchesEtag(req.get("If-None-Match"), page.etag)) {
    res.status(304).end();
    return;
  }
  res.status(page.status);
  for (const [name, value] of page.headers) res.append(name, value);
  const encoding = req.acceptsEncodings("br", "gzip", "identity");
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : page.identity;
  if (encoding === "br" || encoding === "gzip") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.byteLength);
  res.end(req.method === "HEAD" ? undefined : body);
}

// Headers that belong to one response, not to the page.
const NOT_KEPT_HEADERS = new Set(["content-length", "content-encoding", "etag", "cache-control"]);

/**
 * Turns a rendered response into a page to keep, or null when it must not be kept: not a
 * plain 200, it sets a cookie, or it is HTML with a script in it.
 */
export async function pageToKeep(path: string, response: globalThis.Response) {
  if (response.status !== 200 || response.headers.has("Set-Cookie") || !response.body) return null;
  let body = Buffer.from(await response.arrayBuffer());
  const headers = [...response.headers.entries()].filter(
    ([name]) => !NOT_KEPT_HEADERS.has(name.toLowerCase()),
  );
  if (response.headers.get("Content-Type")?.startsWith("text/html")) {
    const html = body.toString("utf8");
    if (/<script/i.test(html)) return { keep: null, body };
    // React Router puts the render's nonce on <link> elements too: a kept copy carries none,
    // so it never shows an old nonce and its ETag is the same on every render.
    body = Buffer.from(html.replace(/ nonce="[^"]*"/g, ""), "utf8");
  }
  const page: CachedPage = {
    status: 200,
    headers,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
    cacheControl: cacheControlFor(path),
    identity: body,
    // Quality 9 once per page is worth it; 11 would take too long on a large release.
    br: zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
    gzip: zlib.gzipSync(body, { level: 9 }),
  };
  return { keep: page, body };
}

/** Forgets every kept page after each write request that was not refused. */
export function forgetPagesOnWrite(cache: PageCache) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS") {
      res.on("finish", () => {
        if (res.statusCode < 400 || res.statusCode >= 500) void cache.invalidateAll();
      });
    }
    next();
  };
}
