// Full-text search over one programme, showing only records the person's role may see, a page
// at a time with the count of every match. The engine is the database's own (SQLite FTS5 or
// PostgreSQL tsvector, see search-engines/); both mark matches with control characters in
// otherwise raw text: we escape everything, then turn only those characters into <mark>.
import { dbProvider, type Db, type Role } from "@coproduce/db";
import { escapeHtml } from "@coproduce/editor/headless";
import { PERMISSIONS, roleCan, type Permission } from "../permissions.js";
import { SEARCH_SOURCES } from "./search-sources.js";
import { MARK_END, MARK_START } from "./search-engines/search-engine.js";
import { searchSqlite } from "./search-engines/sqlite-fts5.js";
import { searchPostgresql } from "./search-engines/postgresql-tsvector.js";

export interface SearchResult {
  kind: string;
  kindLabel: string;
  recordId: string;
  href: string;
  /** Safe HTML: escaped text with <mark> around matches. */
  titleHtml: string;
  snippetHtml: string;
}

export interface SearchResults {
  results: SearchResult[];
  /** How many records match in all (every page). */
  total: number;
  page: number;
  pageSize: number;
}

/** The words of what someone typed: letters and digits only, so no query syntax gets through. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
}

/** Escapes the text, then turns the engine's match markers (and only those) into <mark>. */
export function markedHtml(text: string): string {
  let open = false;
  let html = "";
  const markers = new RegExp(`(${MARK_START}|${MARK_END})`);
  for (const part of escapeHtml(text).split(markers)) {
    if (part === MARK_START && !open) {
      html += "<mark>";
      open = true;
    } else if (part === MARK_END && open) {
      html += "</mark>";
      open = false;
    } else if (part !== MARK_START && part !== MARK_END) {
      html += part;
    }
  }
  return open ? `${html}</mark>` : html;
}

export async function searchProgramme(
  db: Db,
  access: { programmeId: string; programmeSlug: string; role: Role },
  text: string,
  { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {},
): Promise<SearchResults> {
  const words = searchWords(text);
  if (words.length === 0) return { results: [], total: 0, page, pageSize };
  const scopes = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    roleCan(access.role, permission),
  );
  const engine = dbProvider(db) === "postgresql" ? searchPostgresql : searchSqlite;
  const { rows, total } = await engine(db, {
    words,
    programmeId: access.programmeId,
    scopes,
    kinds: Object.keys(SEARCH_SOURCES),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const results = rows.map((row) => {
    const source = SEARCH_SOURCES[row.kind]!;
    return {
      kind: row.kind,
      kindLabel: source.label,
      recordId: row.recordId,
      href: source.href(access.programmeSlug, row),
      titleHtml: markedHtml(row.title),
      snippetHtml: markedHtml(row.snippet),
    };
  });
  return { results, total, page, pageSize };
}
