// Secrets people type or follow (a six-character join code; reset, invitation and feedback
// links) must not be guessable by trying many: each network address has one budget of wrong
// guesses across all of them. Only wrong guesses count, so a room of guests behind one address
// joining with the right code is never slowed down.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { tooManyAttempts } from "./wait-text.js";

export const GUESS_LIMIT = { perIp: 20, windowMinutes: 10 } as const;

export type GuessKind = "join-code" | "reset-link" | "invitation-link" | "feedback-link";

async function refuseIfOverLimit(db: Db, ip: string, now: Date) {
  const windowMs = GUESS_LIMIT.windowMinutes * 60_000;
  const recent = await db.guessAttempt.findMany({
    where: { ip, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: GUESS_LIMIT.perIp,
    select: { createdAt: true },
  });
  if (recent.length < GUESS_LIMIT.perIp) return;
  // Free again once the oldest of the last perIp guesses leaves the window.
  const freeAt = recent[recent.length - 1]!.createdAt.getTime() + windowMs;
  throw new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message: tooManyAttempts(freeAt - now.getTime()),
  });
}

/**
 * Looks a secret up for this address: refused while the address has used its budget; a miss
 * (null) is counted against it.
 */
export async function guarded<T>(
  ctx: { db: Db; ip: string; now: () => Date },
  kind: GuessKind,
  lookUp: () => Promise<T | null>,
): Promise<T | null> {
  const now = ctx.now();
  await refuseIfOverLimit(ctx.db, ctx.ip, now);
  const found = await lookUp();
  if (found === null) {
    await ctx.db.guessAttempt.create({ data: { kind, ip: ctx.ip, createdAt: now } });
    // Old guesses are no use to the limit; dropping this address's keeps the table small.
    const old = new Date(now.getTime() - 24 * 60 * 60_000);
    await ctx.db.guessAttempt.deleteMany({ where: { ip: ctx.ip, createdAt: { lt: old } } });
  }
  return found;
}
