// What a phone downloads for one page: the HTML and every script and style sheet it names, as
// sent over the wire with the browser's usual `Accept-Encoding` (so compression counts).
// Scripts a page imports later (on a click) are not counted; those it preloads or imports at
// start are.
import http from "node:http";
import zlib from "node:zlib";

export interface PageBytes {
  /** Compressed bytes as sent, and the encoding the server chose for the HTML. */
  html: number;
  js: number;
  css: number;
  total: number;
  encoding: string;
  assets: number;
}

function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; encoding: string; raw: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "br, gzip", ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: String(response.headers["content-encoding"] ?? "identity"),
            raw: Buffer.concat(chunks),
          }),
        );
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

function decoded(raw: Buffer, encoding: string): string {
  if (encoding === "br") return zlib.brotliDecompressSync(raw).toString("utf8");
  if (encoding === "gzip") return zlib.gunzipSync(raw).toString("utf8");
  return raw.toString("utf8");
}

export async function measurePageBytes(pageUrl: string, cookie?: string): Promise<PageBytes> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const page = await get(pageUrl, headers);
  const html = decoded(page.raw, page.encoding);
  // Module preloads, module imports in the inline boot script, and style sheets.
  const assets = new Set(
    [...html.matchAll(/["'](\/assets\/[^"']+\.(?:js|css))["']/g)].map((m) => m[1]!),
  );
  const origin = new URL(pageUrl).origin;
  let js = 0;
  let css = 0;
  for (const asset of assets) {
    const { raw } = await get(origin + asset, {});
    if (asset.endsWith(".css")) css += raw.byteLength;
    else js += raw.byteLength;
  }
  return {
    html: page.raw.byteLength,
    js,
    css,
    total: page.raw.byteLength + js + css,
    encoding: page.encoding,
    assets: assets.size,
  };
}
