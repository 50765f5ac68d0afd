import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../../test/test-db.js";
import { callerFor, storedDocuments, TEST_PASSWORD } from "../../test/fixtures.js";
import { createContext } from "../../context.js";
import { createCaller } from "../../router.js";
import { createSession, SESSION_DAYS } from "../../services/sessions.js";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
});

async function expectError(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

describe("sign up", () => {
  it("creates an account, signs the person in and sets an httpOnly cookie", async () => {
    const cookies: string[] = [];
    const caller = await callerFor(db, null, { cookies });
    const user = await caller.auth.signUp({
      name: "Jo Bloggs",
      email: "Jo@Example.org",
      password: TEST_PASSWORD,
    });
    expect(user.email).toBe("jo@example.org");
    expect(cookies[0]).toMatch(/^coproduce_session=.+; .*HttpOnly/);
    expect(cookies[0]).toMatch(/SameSite=Lax/);
    expect(await db.session.count()).toBe(1);
    const stored = await db.user.findUniqueOrThrow({ where: { email: "jo@example.org" } });
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ name: "", email: "a@example.org", password: TEST_PASSWORD }, /Enter your name/],
    [{ name: "A", email: "not-an-email", password: TEST_PASSWORD }, /email address like/],
    [{ name: "A", email: "a@example.org", password: "short" }, /at least 10 characters/],
    [{ name: "x".repeat(101), email: "a@example.org", password: TEST_PASSWORD }, /at most 100/],
    [{ name: "A", email: `${"a".repeat(250)}@example.org`, password: TEST_PASSWORD }, /too long/],
    [{ name: 42, email: "a@example.org", password: TEST_PASSWORD }, /Enter your name/],
  ])("refuses bad input %# with a clear message and stores nothing", async (input, message) => {
    const caller = await callerFor(db, null);
    // @ts-expect-error -- deliberately wrong types reach the server from a hand-made request
    await expectError(caller.auth.signUp(input), "BAD_REQUEST", message);
    expect(await db.user.count()).toBe(0);
  });

  it("refuses a duplicate email, whatever its case", async () => {
    const caller = await callerFor(db, null);
    await caller.auth.signUp({ name: "A", email: "dup@example.org", password: TEST_PASSWORD });
    await expectError(
      caller.auth.signUp({ name: "B", email: "DUP@example.org", password: TEST_PASSWORD }),
      "CONFLICT",
      /already exists/,
    );
    expect(await db.user.count()).toBe(1);
  });
});

describe("sign in", () => {
  beforeEach(async () => {
    const caller = await callerFor(db, null);
    await caller.auth.signUp({ name: "Sam", email: "sam@example.org", password: TEST_PASSWORD });
  });

  it("signs in with the right password", async () => {
    const cookies: string[] = [];
    const caller = await callerFor(db, null, { cookies });
    await caller.auth.signIn({ email: "sam@example.org", password: TEST_PASSWORD });
    expect(cookies).toHaveLength(1);
  });

  it("refuses a wrong password with the same message as an unknown email", async () => {
    const caller = await callerFor(db, null);
    await expectError(
      caller.auth.signIn({ email: "sam@example.org", password: "wrong-password" }),
      "UNAUTHORIZED",
      /do not match/,
    );
    await expectError(
      caller.auth.signIn({ email: "nobody@example.org", password: "wrong-password" }),
      "UNAUTHORIZED",
      /do not match/,
    );
  });
  // Limits on repeated failures: sign-in-limits.test.ts.
});

describe("sessions", () => {
  it("expire: after its end date a session is anonymous and is deleted", async () => {
    const user = await db.user.create({
      data: { email: "old@example.org", name: "Old", passwordHash: "x" },
    });
    const { token, expiresAt } = await createSession(db, user.id, new Date());
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan((SESSION_DAYS - 1) * 86_400_000);

    const contextAt = (now: Date) =>
      createContext({
        db,
        sessionToken: token,
        ip: "127.0.0.1",
        secure: false,
        setCookie: () => {},
        devOutbox: false,
        documents: storedDocuments(db),
        now: () => now,
      });
    const before = createCaller(await contextAt(new Date(expiresAt.getTime() - 1000)));
    expect(await before.auth.me()).toMatchObject({ email: "old@example.org" });

    const after = createCaller(await contextAt(new Date(expiresAt.getTime() + 1000)));
    expect(await after.auth.me()).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("sign out ends the session", async () => {
    const user = await db.user.create({
      data: { email: "out@example.org", name: "Out", passwordHash: "x" },
    });
    const caller = await callerFor(db, user.id);
    await caller.auth.signOut();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("password reset", () => {
  it("sends a link to the outbox, sets the new password once, and signs other browsers out", async () => {
    const anon = await callerFor(db, null);
    await anon.auth.signUp({ name: "Ray", email: "ray@example.org", password: TEST_PASSWORD });
    await anon.auth.requestPasswordReset({ email: "ray@example.org" });
    const [message] = await db.outboxMessage.findMany();
    const token = message!.link!.split("/").pop()!;
    expect(await anon.auth.resetPasswordTokenValid({ token })).toEqual({ valid: true });

    await anon.auth.resetPassword({ token, password: "a-brand-new-password" });
    await expectError(
      anon.auth.resetPassword({ token, password: "another-new-password" }),
      "BAD_REQUEST",
      /expired or has been used/,
    );
    await expect(
      anon.auth.signIn({ email: "ray@example.org", password: "a-brand-new-password" }),
    ).resolves.toBeTruthy();
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const anon = await callerFor(db, null);
    expect(await anon.auth.requestPasswordReset({ email: "ghost@example.org" })).toEqual({
      sent: true,
    });
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it("sends at most 3 reset emails an hour to one account, so the form cannot flood an inbox", async () => {
    await (
      await callerFor(db, null)
    ).auth.signUp({
      name: "Flo",
      email: "flo@example.org",
      password: "a-long-enough-password",
    });
    const start = Date.now();
    for (let i = 0; i < 5; i++) {
      const anon = await callerFor(db, null, { ip: `10.0.0.${i}`, now: () => new Date(start + i) });
      expect(await anon.auth.requestPasswordReset({ email: "flo@example.org" })).toEqual({
        sent: true,
      });
    }
    expect(await db.outboxMessage.count()).toBe(3);
    const later = await callerFor(db, null, { now: () => new Date(start + 61 * 60_000) });
    await later.auth.requestPasswordReset({ email: "flo@example.org" });
    expect(await db.outboxMessage.count()).toBe(4);
  });
});
