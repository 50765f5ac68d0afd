// Sign-in limits, as OWASP advises: slow guessing down instead of locking the owner out.
// Failures are counted per account *and* address together: past a few, each further try from
// that address must wait, and the wait doubles. Failures from other addresses never affect the
// owner's own. A generous cap per address, across all accounts, stops one address spraying
// guesses. Counts live in the database, so the limits hold however many processes there are.
import type { Db } from "@coproduce/db";

export const SIGN_IN_LIMITS = {
  /** Failures for one account from one address before tries must wait. */
  freeFailures: 5,
  firstWaitSeconds: 30,
  maxWaitMinutes: 15,
  /** How far back an account's failures from one address count (reset by a success). */
  memoryHours: 24,
  /** Failures one address may make across all accounts in one window. */
  perIp: 100,
  windowMinutes: 15,
} as const;

/** The wait after `failures` failures for one account from one address. */
export function waitAfterFailures(failures: number): number {
  if (failures < SIGN_IN_LIMITS.freeFailures) return 0;
  const seconds = SIGN_IN_LIMITS.firstWaitSeconds * 2 ** (failures - SIGN_IN_LIMITS.freeFailures);
  return Math.min(seconds * 1000, SIGN_IN_LIMITS.maxWaitMinutes * 60_000);
}

/** How long this address must wait before trying this account again; 0 when it may now. */
export async function signInWait(db: Db, email: string, ip: string, now: Date): Promise<number> {
  const windowMs = SIGN_IN_LIMITS.windowMinutes * 60_000;
  const fromAddress = await db.loginAttempt.findMany({
    where: { ip, succeeded: false, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: SIGN_IN_LIMITS.perIp,
    select: { createdAt: true },
  });
  const addressWait =
    fromAddress.length < SIGN_IN_LIMITS.perIp
      ? 0
      : fromAddress[fromAddress.length - 1]!.createdAt.getTime() + windowMs - now.getTime();

  const remembered = new Date(now.getTime() - SIGN_IN_LIMITS.memoryHours * 3_600_000);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, ip, succeeded: true, createdAt: { gt: remembered } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since =
    lastSuccess && lastSuccess.createdAt > remembered ? lastSuccess.createdAt : remembered;
  const where = { email, ip, succeeded: false, createdAt: { gt: since } };
  const [failures, lastFailure] = await Promise.all([
    db.loginAttempt.count({ where }),
    db.loginAttempt.findFirst({
      where,
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
  ]);
  const accountWait = lastFailure
    ? lastFailure.createdAt.getTime() + waitAfterFailures(failures) - now.getTime()
    : 0;
  return Math.max(0, addressWait, accountWait);
}

/**
 * Records a try as failed before the password is checked (hashing takes a while), so that tries
 * sent all at once cannot slip past the count; markSignInSucceeded corrects it.
 */
export async function recordSignInAttempt(
  db: Db,
  attempt: { email: string; ip: string; now: Date },
) {
  const { id } = await db.loginAttempt.create({
    data: { email: attempt.email, ip: attempt.ip, succeeded: false, createdAt: attempt.now },
    select: { id: true },
  });
  return id;
}

export async function markSignInSucceeded(db: Db, attemptId: string) {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
