// What the search index holds, one entry per kind of record. The index itself (the table
// SearchIndex: FTS5 on SQLite, tsvector on PostgreSQL) is filled by triggers on each source
// table (see the *search* migrations of both histories); this says how to show and link a result
// of each kind. Adding a source: triggers in both histories that write its rows with the
// permission needed to see them as `scope`, and one entry here.
export interface SearchSource {
  /** Shown beside the result, e.g. "Section". */
  label: string;
  /** Where the result leads. */
  href(programmeSlug: string, row: { recordId: string; scope: string }): string;
}

export const SEARCH_SOURCES: Record<string, SearchSource> = {
  section: {
    label: "Section",
    // Archived sections (scope toolbox:edit) are listed, and restored, on the Toolbox page.
    href: (slug, row) =>
      row.scope === "toolbox:read" ? `/p/${slug}/toolbox/${row.recordId}` : `/p/${slug}/toolbox`,
  },
  document: { label: "Document", href: (slug) => `/p/${slug}/toolbox` },
  partnership: { label: "Partnership", href: (slug) => `/p/${slug}/delivery-models` },
  member: { label: "Person", href: (slug) => `/p/${slug}/people` },
  comment: {
    label: "Comment",
    // recordId is "<sectionId>/<threadId>/<commentId>".
    href: (slug, row) => {
      const [sectionId, threadId] = row.recordId.split("/");
      return `/p/${slug}/toolbox/${sectionId}#thread-${threadId}`;
    },
  },
  session: {
    label: "Change Academy session",
    href: (slug, row) => `/p/${slug}/academy/${row.recordId}`,
  },
  output: {
    label: "Session output",
    // recordId is "<sessionId>/<outputId>": the outputs are listed on the session's record.
    href: (slug, row) => `/p/${slug}/academy/${row.recordId.split("/")[0]}/record`,
  },
  published: {
    label: "Published section",
    // recordId is "<version>/<sectionId>": the latest release, as the public reads it.
    href: (slug, row) => {
      const [version, sectionId] = row.recordId.split("/");
      return `/toolbox/${slug}/releases/${version}/sections/${sectionId}`;
    },
  },
};
