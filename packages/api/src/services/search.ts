// Full-text search over one programme (SQLite FTS5, ranked by bm25), showing only records the
// person's role may see. Snippets are built from escaped text: SQLite marks matches with
// control characters, we escape everything, then turn only those characters into <mark>.
import type { Db, Role } from "@coproduce/db";
import { escapeHtml } from "@coproduce/editor/headless";
import { PERMISSIONS, roleCan, type Permission } from "../permissions.js";
import { SEARCH_SOURCES } from "./search-sources.js";

const MARK_START = "\u0002";
const MARK_END = "\u0003";

export interface SearchResult {
  kind: string;
  kindLabel: string;
  recordId: string;
  href: string;
  /** Safe HTML: escaped text with <mark> around matches. */
  titleHtml: string;
  snippetHtml: string;
}

/**
 * Turns what someone typed into an FTS5 query: words only (no operators, so no syntax errors),
 * each as a prefix, all required.
 */
export function toMatchQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(" ");
}

/** Escapes the text, then turns SQLite's match markers (and only those) into <mark>. */
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

interface Row {
  kind: string;
  recordId: string;
  scope: string;
  title: string;
  snippet: string;
}

export async function searchProgramme(
  db: Db,
  access: { programmeId: string; programmeSlug: string; role: Role },
  text: string,
  limit = 20,
): Promise<SearchResult[]> {
  const match = toMatchQuery(text);
  if (!match) return [];
  const scopes = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) =>
    roleCan(access.role, permission),
  );
  const kinds = Object.keys(SEARCH_SOURCES);
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT kind, recordId, scope,
            highlight(SearchIndex, 0, char(2), char(3)) AS title,
            snippet(SearchIndex, 1, char(2), char(3), '…', 16) AS snippet
       FROM SearchIndex
      WHERE SearchIndex MATCH ?
        AND programmeId = ?
        AND scope IN (${scopes.map(() => "?").join(", ")})
        AND kind IN (${kinds.map(() => "?").join(", ")})
      ORDER BY bm25(SearchIndex, 8.0, 1.0)
      LIMIT ?`,
    match,
    access.programmeId,
    ...scopes,
    ...kinds,
    limit,
  );
  return rows.map((row) => {
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
}
