// What every export format is built from: a release and its frozen sections in reading order.
export interface ExportRelease {
  version: string;
  notes: string;
  publishedAt: Date;
  toolbox: { title: string; programme: { name: string; slug: string } };
}

export interface ExportSection {
  sectionId: string;
  documentSlug: string;
  documentTitle: string;
  documentOrder: number;
  depth: number;
  title: string;
  /** Safe HTML from the editor's renderer: only known tags, every text escaped. */
  html: string;
  markdown: string;
}

export interface DocumentGroup {
  slug: string;
  title: string;
  sections: ExportSection[];
}

/** Sections grouped by the document they came from, in document order. */
export function groupByDocument(sections: ExportSection[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const section of [...sections].sort((a, b) => a.documentOrder - b.documentOrder)) {
    const group = groups.get(section.documentSlug) ?? {
      slug: section.documentSlug,
      title: section.documentTitle,
      sections: [],
    };
    group.sections.push(section);
    groups.set(section.documentSlug, group);
  }
  return [...groups.values()];
}

export function releaseDateText(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" }).format(
    date,
  );
}
