// What a search engine is asked and what it answers: one interface over SQLite FTS5 and
// PostgreSQL tsvector, so search.ts (access, links, escaping) is the same on both.
export interface SearchQuery {
  /** Words as typed (letters and digits only); every one must match, each as a prefix. */
  words: string[];
  programmeId: string;
  /** Permissions the reader has: a row is shown only when its scope is one of them. */
  scopes: string[];
  kinds: string[];
  limit: number;
  offset: number;
}

/** One match; `title` and `snippet` mark matched words with \u0002 … \u0003. */
export interface SearchRow {
  kind: string;
  recordId: string;
  scope: string;
  title: string;
  snippet: string;
}

export interface SearchPage {
  rows: SearchRow[];
  /** How many rows match in all, not only on this page. */
  total: number;
}

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";
