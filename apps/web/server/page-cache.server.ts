// Where rendered public pages are kept between requests (see public-page-cache.server.ts for
// which pages and when). One small interface, so that a store shared by several server
// processes (Redis: a generation counter plus pub/sub to drop local copies) can replace the
// in-process one without touching its callers.

export interface CachedPage {
  status: number;
  /** The rendered response's own headers (Content-Type, Content-Disposition, …). */
  headers: [string, string][];
  etag: string;
  cacheControl: string;
  /** The body as rendered, and compressed once when stored: brotli and gzip. */
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** Taken before rendering; a page rendered from data older than the last write is not kept. */
export type CacheTicket = number;

export interface PageCache {
  get(key: string): Promise<CachedPage | undefined>;
  /** Call before reading the data a page shows. */
  ticket(): Promise<CacheTicket>;
  /** Keeps the page unless something was written since `ticket` was taken. */
  set(key: string, page: CachedPage, ticket: CacheTicket): Promise<void>;
  /** Something public may have changed: forget every page. */
  invalidateAll(): Promise<void>;
}

/**
 * One process's memory, up to `maxBytes` of pages (each kept as it is and compressed twice); when full, the pages stored
 * longest ago go first.
 */
export function inProcessPageCache({ maxBytes = 64 * 1024 * 1024 } = {}): PageCache {
  const pages = new Map<string, CachedPage>();
  let generation = 0;
  let bytes = 0;
  const sizeOf = (page: CachedPage) =>
    page.identity.byteLength + page.br.byteLength + page.gzip.byteLength;
  const remove = (key: string) => {
    const page = pages.get(key);
    if (!page) return;
    bytes -= sizeOf(page);
    pages.delete(key);
  };
  return {
    async get(key) {
      return pages.get(key);
    },
    async ticket() {
      return generation;
    },
    async set(key, page, ticket) {
      if (ticket !== generation || sizeOf(page) > maxBytes) return;
      remove(key);
      pages.set(key, page);
      bytes += sizeOf(page);
      for (const oldest of pages.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    async invalidateAll() {
      generation++;
      pages.clear();
      bytes = 0;
    },
  };
}
