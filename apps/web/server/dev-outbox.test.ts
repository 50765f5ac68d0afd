// The outbox lists password-reset links: a fresh production server must not serve it, and when
// a developer turns it on it must still be refused to anyone not on this machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDatabase } from "@coproduce/db/migrate";
import { startRealServer, type RealServer } from "./testing/real-server.js";

let server: RealServer | undefined;
afterEach(() => {
  server?.process.kill("SIGKILL");
  server = undefined;
});

function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-outbox-"));
  const url = `file:${path.join(dir, "outbox.db")}`;
  migrateDatabase(url);
  return url;
}

const outboxQuery = "/api/trpc/dev.outbox";

describe("/dev/outbox on the real server", () => {
  it("answers 404 on a fresh production server (NODE_ENV=production, DEV_OUTBOX unset)", async () => {
    server = await startRealServer(freshDatabase(), { DEV_OUTBOX: undefined, SMTP_URL: undefined });
    const statuses: Record<string, number> = {};
    for (const url of [outboxQuery, "/dev/outbox", "/dev/outbox.data", "/DEV/Outbox/"]) {
      statuses[url] = (await fetch(server.origin + url)).status;
    }
    expect(statuses).toEqual({
      [outboxQuery]: 404,
      "/dev/outbox": 404,
      "/dev/outbox.data": 404,
      "/DEV/Outbox/": 404,
    });
    expect(server.output()).toMatch(/Email: none/);
  }, 180_000);

  it("with DEV_OUTBOX=on, lists messages to this machine only, never through a proxy", async () => {
    server = await startRealServer(freshDatabase(), {
      DEV_OUTBOX: "on",
      SMTP_URL: undefined,
      TRUST_PROXY: "true",
    });
    const direct = await fetch(server.origin + outboxQuery);
    expect(direct.status).toBe(200);
    // A proxy on the same machine forwards a visitor from elsewhere.
    const statuses: Record<string, number> = {};
    for (const url of [outboxQuery, "/dev/outbox"]) {
      const proxied = await fetch(server.origin + url, {
        headers: { "X-Forwarded-For": "203.0.113.7" },
      });
      statuses[url] = proxied.status;
    }
    expect(statuses).toEqual({ [outboxQuery]: 404, "/dev/outbox": 404 });
    expect(server.output()).toMatch(/Email: dev outbox/);
  }, 180_000);
});
