// Two processes' page caches on one real Redis: a write in one makes the other forget its pages
// and refuse a page rendered before the write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayRedis, type ThrowawayRedis } from "@coproduce/collab/testing/redis";
import type { CachedPage } from "./page-cache.server.js";
import { redisPageCache, type RedisPageCache } from "./redis-page-cache.server.js";

let redis: ThrowawayRedis;
const caches: RedisPageCache[] = [];

beforeAll(async () => {
  redis = await startThrowawayRedis();
}, 30_000);

afterAll(async () => {
  for (const cache of caches) cache.close();
  await redis?.stop();
});

function page(text: string): CachedPage {
  const body = Buffer.from(text);
  return {
    status: 200,
    headers: [],
    etag: text,
    cacheControl: "",
    identity: body,
    br: body,
    gzip: body,
  };
}

async function twoProcesses() {
  const prefix = `pages${caches.length}`;
  const a = redisPageCache(redis.url, { prefix });
  const b = redisPageCache(redis.url, { prefix });
  caches.push(a, b);
  // Until it listens for invalidations, a cache keeps nothing.
  for (let tries = 0; tries < 100; tries++) {
    await a.set("/probe", page("probe"), await a.ticket());
    await b.set("/probe", page("probe"), await b.ticket());
    if ((await a.get("/probe")) && (await b.get("/probe"))) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { a, b };
}

const waitFor = async (check: () => Promise<boolean>) => {
  const deadline = Date.now() + 5000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("Timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("the page cache shared through Redis", () => {
  it("forgets a process's pages when another process writes", async () => {
    const { a, b } = await twoProcesses();
    await a.set("/toolbox", page("before"), await a.ticket());
    expect((await a.get("/toolbox"))?.etag).toBe("before");
    await b.invalidateAll();
    await waitFor(async () => (await a.get("/toolbox")) === undefined);
  });

  it("refuses a page rendered before another process's write", async () => {
    const { a, b } = await twoProcesses();
    const ticket = await a.ticket();
    await b.invalidateAll();
    await a.set("/toolbox", page("stale"), ticket);
    expect(await a.get("/toolbox")).toBeUndefined();
    await a.set("/toolbox", page("fresh"), await a.ticket());
    expect((await a.get("/toolbox"))?.etag).toBe("fresh");
  });
});
