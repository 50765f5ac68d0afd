// What our patches to Prisma keep between calls (docs/decisions/0022): the query compiler's plans
// for reads (patches/@prisma+client+6.19.3.patch) and each SQLite connection's prepared
// statements (patches/@prisma+adapter-better-sqlite3+6.19.3.patch). For tests and the bench,
// which check that the same work is done once; nothing else reads or changes them.

export interface PrismaPlanCache {
  /** Kept plans by the query's JSON, least recently used first. */
  readonly plans: Map<string, unknown>;
  /** How many plans are kept at most; the least recently used goes first. */
  limit: number;
  /** Queries whose JSON is longer than this are compiled every time and never kept. */
  keyLimit: number;
  /** Plans compiled since the process started (each question the cache did not know). */
  readonly compiled: number;
}

export interface SqliteStatementCache {
  /** How many prepared statements each connection keeps at most. */
  limit: number;
  /** Statements prepared since the process started (each SQL text a connection did not keep). */
  readonly prepared: number;
}

const kept = <T>(name: string) =>
  (globalThis as Record<symbol, T | undefined>)[Symbol.for(`coproduce.${name}`)];

/** The patched Prisma client's plan cache, or undefined if the patch is not applied. */
export function prismaPlanCache(): PrismaPlanCache | undefined {
  return kept<PrismaPlanCache>("prismaPlanCache");
}

/** The patched SQLite adapter's statement cache, once the adapter is loaded with its patch. */
export function sqliteStatementCache(): SqliteStatementCache | undefined {
  return kept<SqliteStatementCache>("sqliteStatementCache");
}
