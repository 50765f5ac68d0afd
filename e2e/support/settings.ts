// Where the end-to-end server runs and which database it uses; shared by the Playwright
// config (which starts the server) and the test helpers (which prepare data in that database).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
/** The test's own SMTP server (support/mail.ts) listens here; the e2e server sends to it. */
export const E2E_SMTP_PORT = E2E_PORT + 1000;
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const E2E_DATABASE_URL = `file:${path.join(repoRoot, "e2e/.data/e2e.db")}`;

/** Debian's Chromium where it is installed; otherwise Playwright's own browser. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}
