// The real server with SMTP_URL set: it says so at start-up, and a password reset asked for
// over HTTP arrives at the test's SMTP server with a link on PUBLIC_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { hashPassword } from "@coproduce/api";
import { startTestSmtpServer, type TestSmtpServer } from "@coproduce/api/testing/smtp-server";
import { startRealServer, type RealServer } from "./testing/real-server.js";

let server: RealServer | undefined;
let smtp: TestSmtpServer | undefined;
afterEach(async () => {
  server?.process.kill("SIGKILL");
  await smtp?.close();
});

describe("email on the real server", () => {
  it("sends a password reset through SMTP when SMTP_URL is set", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-email-"));
    const databaseUrl = `file:${path.join(dir, "email.db")}`;
    migrateDatabase(databaseUrl);
    const setup = await createDb(databaseUrl);
    await setup.user.create({
      data: {
        email: "sam@example.org",
        name: "Sam",
        passwordHash: await hashPassword("x".repeat(12)),
      },
    });
    await setup.$disconnect();

    smtp = await startTestSmtpServer();
    server = await startRealServer(databaseUrl, {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Coproduce <help@coproduce.example.org>",
      PUBLIC_URL: "https://coproduce.example.org",
      DEV_OUTBOX: undefined,
    });
    expect(server.output()).toContain(`Email: SMTP to ${new URL(smtp.url).host}`);

    const response = await fetch(`${server.origin}/api/trpc/auth.requestPasswordReset`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: server.origin },
      body: JSON.stringify({ email: "sam@example.org" }),
    });
    expect(response.status).toBe(200);
    const deadline = Date.now() + 30_000;
    while (smtp.received.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe("Reset your Coproduce password");
    expect(smtp.received[0]!.from?.text).toContain("help@coproduce.example.org");
    expect(smtp.received[0]!.text).toMatch(
      /https:\/\/coproduce\.example\.org\/reset-password\/\S+/,
    );
  }, 180_000);
});
