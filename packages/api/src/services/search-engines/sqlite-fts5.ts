// Search on SQLite: the FTS5 table SearchIndex (see the versions_and_search migration), ranked
// by bm25 with title words weighing 8 times body words. A partnership's local version is a
// section the triggers index too, but not a core section: it is left out here, so pages and the
// total agree (its partnership's page lists it).
import type { Db } from "@coproduce/db";
import type { SearchPage, SearchQuery, SearchRow } from "./search-engine.js";

/** FTS5 query syntax for the words: each quoted (no operators, no syntax errors), as a prefix. */
export function toMatchQuery(words: string[]): string {
  return words.map((word) => `"${word}"*`).join(" ");
}

export async function searchSqlite(db: Db, query: SearchQuery): Promise<SearchPage> {
  const filter = `SearchIndex MATCH ?
        AND programmeId = ?
        AND scope IN (${query.scopes.map(() => "?").join(", ")})
        AND kind IN (${query.kinds.map(() => "?").join(", ")})
        AND NOT (kind = 'section' AND recordId IN (SELECT variantSectionId FROM SectionVariant))`;
  const params = [toMatchQuery(query.words), query.programmeId, ...query.scopes, ...query.kinds];
  const [rows, counted] = await Promise.all([
    db.$queryRawUnsafe<SearchRow[]>(
      `SELECT kind, recordId, scope,
              highlight(SearchIndex, 0, char(2), char(3)) AS title,
              snippet(SearchIndex, 1, char(2), char(3), '…', 16) AS snippet
         FROM SearchIndex
        WHERE ${filter}
        ORDER BY bm25(SearchIndex, 8.0, 1.0), kind, recordId
        LIMIT ? OFFSET ?`,
      ...params,
      query.limit,
      query.offset,
    ),
    db.$queryRawUnsafe<{ total: number | bigint }[]>(
      `SELECT count(*) AS total FROM SearchIndex WHERE ${filter}`,
      ...params,
    ),
  ]);
  return { rows, total: Number(counted[0]?.total ?? 0) };
}
