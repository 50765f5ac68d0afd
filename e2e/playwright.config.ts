import { defineConfig } from "@playwright/test";
import {
  BASE_URL,
  chromiumPath,
  E2E_DATABASE_URL,
  E2E_PORT,
  E2E_SMTP_PORT,
  repoRoot,
} from "./support/settings";

/** The test files that publish releases of the demo programme's Toolbox. */
const RELEASE_TESTS = [
  "**/publishing.spec.ts",
  "**/local-versions.spec.ts",
  "**/co-production.spec.ts",
];

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry on CI for live, polling pages on a busy machine; a test that fails twice fails.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  // Whole journeys (several people, many pages, axe on each) on a 2-core machine.
  timeout: 120_000,
  // A busy 2-core machine can take a while to answer a form; a real failure still fails.
  expect: { timeout: 20_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // Releases are numbered per programme and the sign-off test changes the programme's rule, so the
  // files that publish run one at a time, beside the rest (which use the other worker).
  projects: [
    { name: "pages", testIgnore: RELEASE_TESTS },
    { name: "releases", testMatch: RELEASE_TESTS, workers: 1 },
  ],
  // A fresh database with the demo seed, the production build, and the real server.
  webServer: {
    command: "npm run db:reset && npm run build && npm run serve",
    cwd: repoRoot,
    url: `${BASE_URL}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(E2E_PORT),
      DEV_OUTBOX: "on",
      // Real email: a test that reads mail starts an SMTP server here (support/mail.ts). While
      // none listens, messages wait in the queue and the outbox page still lists them.
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      PUBLIC_URL: BASE_URL,
      TURBO_TELEMETRY_DISABLED: "1",
    },
  },
});
