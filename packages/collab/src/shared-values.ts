// Small values several processes must agree on (who last changed a section, which documents
// have changes not yet settled): in this process's memory, or in Redis when there are several.
import type { Redis } from "ioredis";

export interface SharedValues {
  /** Keeps `value` under `key` for up to `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Reads and removes the value in one step (so two processes never both take it). */
  take(key: string): Promise<string | null>;
  get(key: string): Promise<string | null>;
  /** Adds one to a counter, kept for up to `ttlMs`; returns its new value. */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Removes the key if it still holds `value` (nobody changed it meanwhile). */
  removeIf(key: string, value: string): Promise<void>;
}

export function inProcessValues(): SharedValues {
  const values = new Map<string, { value: string; until: number }>();
  const read = (key: string) => {
    const entry = values.get(key);
    if (entry && entry.until < Date.now()) values.delete(key);
    return values.get(key)?.value ?? null;
  };
  return {
    async set(key, value, ttlMs) {
      values.set(key, { value, until: Date.now() + ttlMs });
    },
    async take(key) {
      const value = read(key);
      values.delete(key);
      return value;
    },
    async get(key) {
      return read(key);
    },
    async increment(key, ttlMs) {
      const next = Number(read(key) ?? 0) + 1;
      values.set(key, { value: String(next), until: Date.now() + ttlMs });
      return next;
    },
    async removeIf(key, value) {
      if (read(key) === value) values.delete(key);
    },
  };
}

const REMOVE_IF = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`;

export function redisValues(redis: Redis, prefix: string): SharedValues {
  const name = (key: string) => `${prefix}:value:${key}`;
  return {
    async set(key, value, ttlMs) {
      await redis.set(name(key), value, "PX", ttlMs);
    },
    take: (key) => redis.getdel(name(key)),
    get: (key) => redis.get(name(key)),
    async increment(key, ttlMs) {
      const [[, value]] = (await redis
        .multi()
        .incr(name(key))
        .pexpire(name(key), ttlMs)
        .exec()) as [[Error | null, number]];
      return value;
    },
    async removeIf(key, value) {
      await redis.eval(REMOVE_IF, 1, name(key), value);
    },
  };
}
