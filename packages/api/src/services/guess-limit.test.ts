// Short codes and private links cannot be guessed by trying many: one address gets 20 wrong
// guesses in 10 minutes across join codes and reset, invitation and feedback links, then even
// the right one waits. Other addresses, and right answers, are not affected.
import { beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { createTestDb } from "../test/test-db.js";
import { callerFor, createProgrammeFixture } from "../test/fixtures.js";
import { createAcademySession } from "../test/academy-fixtures.js";

let db: Db;
const code = "ACDEFG";
const start = new Date();
const minutes = (m: number) => new Date(start.getTime() + m * 60_000);

beforeEach(async () => {
  db = await createTestDb();
  const fixture = await createProgrammeFixture(db);
  await createAcademySession(db, fixture.programme.id, { joinCode: code });
});

/** What the server answers: "ok", the error code, or the rate limit's message. */
async function outcome(call: () => Promise<unknown>) {
  try {
    await call();
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.code === "TOO_MANY_REQUESTS" ? error.message : error.code;
  }
}

const from = (ip: string, at = start) => callerFor(db, null, { ip, now: () => at });

describe("guessing secrets", () => {
  it("refuses an address after 20 wrong join codes in 10 minutes, even with the right code", async () => {
    const guesser = await from("203.0.113.5");
    // Right codes never count: a room of guests may share one address.
    for (let i = 0; i < 30; i++)
      expect(await outcome(() => guesser.academyGuest.joinInfo({ code }))).toBe("ok");
    for (let i = 0; i < 20; i++) {
      const wrong = `QQQQ${String(i).padStart(2, "3")}`;
      expect(await outcome(() => guesser.academyGuest.joinInfo({ code: wrong }))).toBe("NOT_FOUND");
    }
    expect(await outcome(() => guesser.academyGuest.joinInfo({ code }))).toBe(
      "Too many attempts. Wait 10 minutes and try again.",
    );
    const join = { code, displayName: "Pat", stakeholderGroupKey: null, consent: true as const };
    expect(await outcome(() => guesser.academyGuest.join(join))).toMatch(/^Too many attempts/);
    expect(await db.academyGuest.count()).toBe(0);

    // Another address is not affected; and once the window has passed, this one may try again.
    expect(
      await outcome(async () => (await from("198.51.100.1")).academyGuest.joinInfo({ code })),
    ).toBe("ok");
    const later = await from("203.0.113.5", minutes(10.1));
    expect(await outcome(() => later.academyGuest.joinInfo({ code }))).toBe("ok");
  });

  it("shares one budget across reset, invitation and feedback links and join codes", async () => {
    const guesser = await from("203.0.113.6");
    const token = (i: number) => `not-a-real-token-${i}-xxxxxxxxxxxxxxxxxxxxxxxxxxxx`;
    for (let i = 0; i < 5; i++) {
      expect(await outcome(() => guesser.auth.resetPasswordTokenValid({ token: token(i) }))).toBe(
        "ok",
      );
      expect(
        await outcome(() =>
          guesser.auth.resetPassword({ token: token(i), password: "long-new-password" }),
        ),
      ).toBe("BAD_REQUEST");
      expect(await outcome(() => guesser.invitations.preview({ token: token(i) }))).toBe(
        "NOT_FOUND",
      );
      expect(await outcome(() => guesser.feedback.track({ token: token(i) }))).toBe("NOT_FOUND");
    }
    const refused = "Too many attempts. Wait 10 minutes and try again.";
    expect(await outcome(() => guesser.academyGuest.joinInfo({ code }))).toBe(refused);
    expect(await outcome(() => guesser.feedback.track({ token: token(9) }))).toBe(refused);
    expect(await outcome(() => guesser.invitations.preview({ token: token(9) }))).toBe(refused);
    expect(await outcome(() => guesser.auth.resetPasswordTokenValid({ token: token(9) }))).toBe(
      refused,
    );
    expect(await db.guessAttempt.count({ where: { ip: "203.0.113.6" } })).toBe(20);
  });
});
