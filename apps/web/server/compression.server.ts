// Compresses what the server renders per request (pages, tRPC JSON, downloads) with brotli or
// gzip, whichever the browser prefers (the `compression` package). Files under /assets are
// compressed once at build and sent as they are: a response that already has a
// Content-Encoding is left alone. Brotli at quality 4 costs about as much CPU as gzip's default
// and gives smaller pages; the highest qualities are for build time only.
import zlib from "node:zlib";
import compression from "compression";

export function compressResponses() {
  return compression({
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    // An event stream must reach the browser as it is written.
    filter: (req, res) =>
      !String(res.getHeader("Content-Type") ?? "").includes("text/event-stream") &&
      compression.filter(req, res),
  });
}
