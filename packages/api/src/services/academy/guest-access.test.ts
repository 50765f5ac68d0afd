import { describe, expect, it } from "vitest";
import { createTestDb } from "../../test/test-db.js";
import { createProgrammeFixture } from "../../test/fixtures.js";
import { createAcademySession, createGuest } from "../../test/academy-fixtures.js";
import { findGuest, guestAccessValid, guestCookie, guestExpiry } from "./guest-access.js";
import { JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from "./join-code.js";

describe("guest access", { timeout: 30_000 }, () => {
  it("expires two hours after the session ends", () => {
    const endsAt = new Date("2030-01-01T12:00:00Z");
    const expiresAt = guestExpiry(endsAt);
    expect(expiresAt.toISOString()).toBe("2030-01-01T14:00:00.000Z");
    expect(guestAccessValid(expiresAt, new Date("2030-01-01T13:59:59Z"))).toBe(true);
    expect(guestAccessValid(expiresAt, new Date("2030-01-01T14:00:00Z"))).toBe(false);
  });

  it("finds a guest by cookie token only while access lasts, and stores only the hash", async () => {
    const db = await createTestDb();
    const f = await createProgrammeFixture(db);
    const { session } = await createAcademySession(db, f.programme.id);
    const expiresAt = new Date("2030-01-01T14:00:00Z");
    await createGuest(db, session.id, "a-guest-token-123", expiresAt);
    expect(await db.academyGuest.count({ where: { tokenHash: "a-guest-token-123" } })).toBe(0);
    const before = await findGuest(db, "a-guest-token-123", new Date("2030-01-01T13:00:00Z"));
    expect(before?.sessionId).toBe(session.id);
    expect(await findGuest(db, "a-guest-token-123", expiresAt)).toBeNull();
    expect(await findGuest(db, "another-token-456", new Date("2030-01-01T13:00:00Z"))).toBeNull();
    expect(await findGuest(db, undefined, new Date())).toBeNull();
    await db.$disconnect();
  });

  it("scopes the cookie to the session's join page", () => {
    const cookie = guestCookie("ACDEFG", "t", new Date("2030-01-01T14:00:00Z"), true);
    expect(cookie).toContain("Path=/join/ACDEFG");
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
  });

  it("makes six-character codes without look-alike characters", () => {
    for (let i = 0; i < 50; i++) {
      const code = newJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(code).not.toMatch(/[0O1IL5S2Z8B]/);
    }
    expect(normaliseJoinCode(" acd-efg ")).toBe("ACDEFG");
  });
});
