// Search on PostgreSQL: the SearchIndex table's stored tsvector with a GIN index (see the
// PostgreSQL search migration), ranked with title words weighing more than body words, and
// matches marked with the same characters FTS5 uses so search.ts treats both alike.
import type { Db } from "@coproduce/db";
import { MARK_START, type SearchPage, type SearchQuery, type SearchRow } from "./search-engine.js";

/** tsquery syntax for the words: each a prefix (`word:*`), all required. */
export function toTsQuery(words: string[]): string {
  return words.map((word) => `${word}:*`).join(" & ");
}

// The whole text, marked: ts_headline's own excerpts drop what looks like markup at their edges,
// so the excerpt is cut here instead (excerptAroundMatch).
const MARKS = "StartSel=\u0002, StopSel=\u0003, HighlightAll=true";

export async function searchPostgresql(db: Db, query: SearchQuery): Promise<SearchPage> {
  const filter = `"words" @@ to_tsquery('coproduce', $1)
        AND "programmeId" = $2
        AND scope = ANY($3::text[])
        AND kind = ANY($4::text[])
        AND NOT (kind = 'section' AND "recordId" IN (SELECT "variantSectionId" FROM "SectionVariant"))`;
  const params = [toTsQuery(query.words), query.programmeId, query.scopes, query.kinds];
  const [rows, counted] = await Promise.all([
    db.$queryRawUnsafe<SearchRow[]>(
      `SELECT kind, "recordId", scope,
              ts_headline('coproduce', title, to_tsquery('coproduce', $1), '${MARKS}') AS title,
              ts_headline('coproduce', body, to_tsquery('coproduce', $1), '${MARKS}') AS snippet
         FROM "SearchIndex"
        WHERE ${filter}
        ORDER BY ts_rank("words", to_tsquery('coproduce', $1)) DESC, kind, "recordId"
        LIMIT $5 OFFSET $6`,
      ...params,
      query.limit,
      query.offset,
    ),
    db.$queryRawUnsafe<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM "SearchIndex" WHERE ${filter}`,
      ...params,
    ),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, snippet: excerptAroundMatch(row.snippet) })),
    total: counted[0]?.total ?? 0,
  };
}

/**
 * About 16 words of marked text around its first match, with "…" where the text is cut short,
 * as FTS5's snippet() gives.
 */
export function excerptAroundMatch(marked: string, words = 16): string {
  const tokens = marked.split(/\s+/).filter((token) => token !== "");
  if (tokens.length <= words) return tokens.join(" ");
  const firstMatch = Math.max(
    0,
    tokens.findIndex((token) => token.includes(MARK_START)),
  );
  const start = Math.max(0, Math.min(firstMatch - 3, tokens.length - words));
  const end = start + words;
  return `${start > 0 ? "…" : ""}${tokens.slice(start, end).join(" ")}${end < tokens.length ? "…" : ""}`;
}
