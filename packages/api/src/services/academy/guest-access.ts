// Guests join one session with its code and get a cookie for that session only. Like sign-in
// sessions, only the token's hash is stored; access ends two hours after the session ends.
import { serialize } from "cookie";
import type { Db } from "@coproduce/db";
import { hashToken } from "../tokens.js";

export const GUEST_COOKIE = "coproduce_guest";
/** Long enough to fill in the evaluation afterwards, short enough not to linger. */
export const GUEST_GRACE_MS = 2 * 60 * 60 * 1000;

export function guestExpiry(sessionEndsAt: Date): Date {
  return new Date(sessionEndsAt.getTime() + GUEST_GRACE_MS);
}

export function guestAccessValid(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

/** Scoped by path to the session's own join page, so it is sent nowhere else. */
export function guestCookie(joinCode: string, token: string, expiresAt: Date, secure: boolean) {
  return serialize(GUEST_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: `/join/${joinCode}`,
    expires: expiresAt,
  });
}

export interface GuestIdentity {
  id: string;
  sessionId: string;
  displayName: string;
  stakeholderGroupId: string | null;
}

/** The guest a cookie token belongs to, or null when unknown or expired. */
export async function findGuest(
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<GuestIdentity | null> {
  if (!token) return null;
  const guest = await db.academyGuest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      sessionId: true,
      displayName: true,
      stakeholderGroupId: true,
      expiresAt: true,
    },
  });
  if (!guest || !guestAccessValid(guest.expiresAt, now)) return null;
  return {
    id: guest.id,
    sessionId: guest.sessionId,
    displayName: guest.displayName,
    stakeholderGroupId: guest.stakeholderGroupId,
  };
}
