// The public page cache for several processes on one Redis. Pages stay in each process's own
// memory (the in-process cache: no page crosses the network on a hit); what the processes share
// is a generation counter. A write anywhere increments it and publishes the new value, and every
// process then forgets its pages. A page is kept only if the shared generation has not moved
// since its ticket was taken, read from Redis at that moment, so a page rendered while another
// process wrote is never kept. Between a write and the message arriving (a few milliseconds),
// another process may still serve a page it rendered before the write.
import { Redis } from "ioredis";
import { quietlyReconnecting } from "@coproduce/collab";
import { inProcessPageCache, type PageCache } from "./page-cache.server.js";

export interface RedisPageCache extends PageCache {
  /** Rejects when Redis does not answer: /healthz then says this process cannot serve. */
  ping(): Promise<void>;
  close(): void;
}

export function redisPageCache(
  redisUrl: string,
  { prefix = "coproduce", maxBytes }: { prefix?: string; maxBytes?: number } = {},
): RedisPageCache {
  const generationKey = `${prefix}:page-cache:generation`;
  const channel = `${prefix}:page-cache:invalidated`;
  const redis = quietlyReconnecting(new Redis(redisUrl, { maxRetriesPerRequest: 3 }));
  const subscriber = quietlyReconnecting(new Redis(redisUrl));
  const local = inProcessPageCache({ maxBytes });
  // Nothing is kept until we listen for invalidations: a missed one would keep stale pages.
  let listening = false;
  subscriber.on("message", () => void local.invalidateAll());
  subscriber.on("ready", () => {
    void subscriber.subscribe(channel).then(() => {
      listening = true;
    });
  });
  // A lost subscription may have missed messages: forget everything and listen again.
  subscriber.on("close", () => {
    listening = false;
    void local.invalidateAll();
  });
  const generation = async () => Number((await redis.get(generationKey)) ?? 0);

  return {
    get: (key) => local.get(key),
    async ticket() {
      return generation();
    },
    async set(key, page, ticket) {
      // The local ticket first: an invalidation arriving from now on makes local.set refuse.
      const localTicket = await local.ticket();
      if (!listening || (await generation()) !== ticket) return;
      await local.set(key, page, localTicket);
    },
    async invalidateAll() {
      await local.invalidateAll();
      const next = await redis.incr(generationKey);
      await redis.publish(channel, String(next));
    },
    async ping() {
      await redis.ping();
    },
    close() {
      subscriber.disconnect(false);
      redis.disconnect(false);
    },
  };
}
