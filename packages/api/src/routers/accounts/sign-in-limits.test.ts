// Guessing passwords is slowed down, not used to lock people out (OWASP's advice): failures
// count per account and address together, each try past the free ones waits longer, and
// failures from somewhere else never stop the owner signing in from their own address.
import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, hashedTestPassword, TEST_PASSWORD } from "../../test/fixtures.js";

let db: Db;
const email = "sam@example.org";
const start = new Date("2026-06-01T09:00:00Z");
const seconds = (s: number) => new Date(start.getTime() + s * 1000);

beforeEach(async () => {
  db = await createTestDb();
  await db.user.create({ data: { email, name: "Sam", passwordHash: await hashedTestPassword() } });
});

async function signIn(ip: string, at: Date, password: string, account = email) {
  const caller = await callerFor(db, null, { ip, now: () => at });
  return caller.auth.signIn({ email: account, password }).then(
    () => "signed in",
    (error: unknown) => {
      if (!(error instanceof TRPCError)) throw error;
      return error.code === "TOO_MANY_REQUESTS" ? error.message : error.code;
    },
  );
}

describe("sign-in limits", () => {
  it("makes each try after five failures from one address wait longer, then lets the right password in", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await signIn("10.0.0.1", start, "wrong-password")).toBe("UNAUTHORIZED");
    }
    expect(await signIn("10.0.0.1", start, TEST_PASSWORD)).toBe(
      "Too many attempts. Wait 30 seconds and try again.",
    );
    expect(await signIn("10.0.0.1", seconds(10), TEST_PASSWORD)).toBe(
      "Too many attempts. Wait 20 seconds and try again.",
    );
    // The wait doubles with each further failure.
    expect(await signIn("10.0.0.1", seconds(30), "wrong-password")).toBe("UNAUTHORIZED");
    expect(await signIn("10.0.0.1", seconds(31), TEST_PASSWORD)).toBe(
      "Too many attempts. Wait 59 seconds and try again.",
    );
    expect(await signIn("10.0.0.1", seconds(90), TEST_PASSWORD)).toBe("signed in");
    // A success starts the count again.
    expect(await signIn("10.0.0.1", seconds(91), "wrong-password")).toBe("UNAUTHORIZED");
    expect(await signIn("10.0.0.1", seconds(92), TEST_PASSWORD)).toBe("signed in");
  });

  it("never lets failures from other addresses stop the owner signing in from theirs", async () => {
    for (let i = 0; i < 40; i++) {
      await signIn(`192.0.2.${i % 8}`, seconds(i), "wrong-password");
    }
    expect(await signIn("192.0.2.1", seconds(40), TEST_PASSWORD)).toMatch(/^Too many attempts/);
    expect(await signIn("10.0.0.1", seconds(40), TEST_PASSWORD)).toBe("signed in");
  });

  it("caps the failures one address may make across all accounts", async () => {
    for (let i = 0; i < 100; i++) {
      expect(await signIn("198.51.100.9", seconds(i), "guess", `person${i}@example.org`)).toBe(
        "UNAUTHORIZED",
      );
    }
    expect(await signIn("198.51.100.9", seconds(100), TEST_PASSWORD)).toMatch(
      /^Too many attempts\. Wait 14 minutes and try again\.$/,
    );
    expect(await signIn("10.0.0.1", seconds(100), TEST_PASSWORD)).toBe("signed in");
    // Once the window has passed, the address may try again.
    expect(await signIn("198.51.100.9", seconds(16 * 60), TEST_PASSWORD)).toBe("signed in");
  });
});
