// Runs after `react-router build`: writes a .br and a .gz beside every script, style sheet and
// SVG in build/client, at the highest settings (done once per build, not once per request).
// The server sends them (express-static-gzip) to browsers that accept them.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../build/client");
const COMPRESSIBLE = /\.(js|css|svg|json|txt|html|map)$/;
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.test(entry.name)) yield full;
  }
}

let count = 0;
let before = 0;
let after = 0;
for (const file of files(client)) {
  const content = fs.readFileSync(file);
  if (content.byteLength < MIN_BYTES) continue;
  const br = zlib.brotliCompressSync(content, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
    },
  });
  const gz = zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  count++;
  before += content.byteLength;
  after += br.byteLength;
}
console.log(
  `Pre-compressed ${count} files: ${Math.round(before / 1024)} KiB, ${Math.round(after / 1024)} KiB with brotli.`,
);
