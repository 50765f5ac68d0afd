// Work that must run once per document however many processes serve it (initial content,
// compaction, settled callbacks): each runs under a named lock. In one process a lock only
// orders the work; with Redis it is a key held by one process at a time (SET NX PX, released
// only by its holder), and it expires by itself if that process dies.
import crypto from "node:crypto";
import type { Redis } from "ioredis";

export interface LockOptions {
  /** How long to keep trying before giving up (0: try once). */
  waitMs: number;
  /** How long the lock lasts if its holder never releases it (a killed process). */
  ttlMs?: number;
}

export interface DocumentLocks {
  /** Runs `work` holding `key`; resolves `{ ran: false }` if another holder kept it past waitMs. */
  withLock<T>(
    key: string,
    options: LockOptions,
    work: () => Promise<T>,
  ): Promise<{ ran: true; value: T } | { ran: false }>;
}

/** One process: the work for one key runs one at a time, in order. */
export function inProcessLocks(): DocumentLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock(key, _options, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      const run = previous.catch(() => {}).then(work);
      tails.set(key, run);
      try {
        return { ran: true, value: await run };
      } finally {
        if (tails.get(key) === run) tails.delete(key);
      }
    },
  };
}

// Deletes the key only if it still holds our token: an expired lock taken by someone else stays.
const RELEASE = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

/** Shared by every process on the same Redis. */
export function redisLocks(redis: Redis, prefix: string): DocumentLocks {
  const local = inProcessLocks();
  return {
    withLock(key, options, work) {
      // Ordered here first, so one process never competes with itself for Redis.
      return local
        .withLock(key, options, async () => {
          const name = `${prefix}:lock:${key}`;
          const token = crypto.randomUUID();
          const ttl = options.ttlMs ?? 30_000;
          const deadline = Date.now() + options.waitMs;
          while ((await redis.set(name, token, "PX", ttl, "NX")) !== "OK") {
            if (Date.now() >= deadline) return { ran: false as const };
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
          try {
            return { ran: true as const, value: await work() };
          } finally {
            await redis.eval(RELEASE, 1, name, token).catch(() => {});
          }
        })
        .then((result) => (result.ran ? result.value : result));
    },
  };
}
