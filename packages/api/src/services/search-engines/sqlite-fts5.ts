// Search on SQLite: the FTS5 table SearchText holds the words, ranked by bm25 with title words
// weighing 8 times body words; each match is then looked up by its id in the plain table
// SearchIndex, which says what it is, whose it is and who may see it (see the
// search_rows_in_a_plain_table migration: filtering inside FTS5 read every match's whole
// body). A partnership's local version is a section the triggers index too, but not a core
// section: it is left out here, so pages and the total agree (its partnership's page lists it).
import type { Db } from "@coproduce/db";
import type { SearchPage, SearchQuery, SearchRow } from "./search-engine.js";

/** FTS5 query syntax for the words: each quoted (no operators, no syntax errors), as a prefix. */
export function toMatchQuery(words: string[]): string {
  return words.map((word) => `"${word}"*`).join(" ");
}

interface Statement {
  sql: string;
  values: unknown[];
}

/** The page of ranked matches and the count of all of them (exported for the plan's tests). */
export function searchStatements(query: SearchQuery): { page: Statement; count: Statement } {
  // CROSS JOIN keeps this order: the words first, then one lookup by id per match.
  const matches = `SearchText CROSS JOIN SearchIndex AS entry ON entry.id = SearchText.rowid
        WHERE SearchText MATCH ?
          AND entry.programmeId = ?
          AND entry.scope IN (${query.scopes.map(() => "?").join(", ")})
          AND entry.kind IN (${query.kinds.map(() => "?").join(", ")})
          AND NOT (entry.kind = 'section'
                   AND entry.recordId IN (SELECT variantSectionId FROM SectionVariant))`;
  const values = [toMatchQuery(query.words), query.programmeId, ...query.scopes, ...query.kinds];
  return {
    page: {
      sql: `SELECT entry.kind, entry.recordId, entry.scope,
                   highlight(SearchText, 0, char(2), char(3)) AS title,
                   snippet(SearchText, 1, char(2), char(3), '…', 16) AS snippet
              FROM ${matches}
             ORDER BY bm25(SearchText, 8.0, 1.0), entry.kind, entry.recordId
             LIMIT ? OFFSET ?`,
      values: [...values, query.limit, query.offset],
    },
    count: { sql: `SELECT count(*) AS total FROM ${matches}`, values },
  };
}

export async function searchSqlite(db: Db, query: SearchQuery): Promise<SearchPage> {
  const { page, count } = searchStatements(query);
  const [rows, counted] = await Promise.all([
    db.$queryRawUnsafe<SearchRow[]>(page.sql, ...page.values),
    db.$queryRawUnsafe<{ total: number | bigint }[]>(count.sql, ...count.values),
  ]);
  return { rows, total: Number(counted[0]?.total ?? 0) };
}
