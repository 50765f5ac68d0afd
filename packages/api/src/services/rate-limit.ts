import type { Db } from "@coproduce/db";

/** Failed sign-ins allowed per email address, and per network address, in one window. */
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 30, windowMinutes: 15 } as const;

/**
 * Whether another sign-in attempt is allowed. Counts live in the database so the limit holds
 * however many server processes there are.
 */
export async function signInAllowed(db: Db, email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60 * 1000);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return byEmail < SIGN_IN_LIMITS.perEmail && byIp < SIGN_IN_LIMITS.perIp;
}

export async function recordSignInAttempt(
  db: Db,
  attempt: { email: string; ip: string; succeeded: boolean; now: Date },
) {
  await db.loginAttempt.create({
    data: {
      email: attempt.email,
      ip: attempt.ip,
      succeeded: attempt.succeeded,
      createdAt: attempt.now,
    },
  });
}
