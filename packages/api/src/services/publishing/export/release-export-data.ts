// What every export format is built from: a release and its frozen sections in reading order.
// Every format starts with cleanExport, so no stored text can carry a control character into a
// file (they are invalid in XML, and one made a Word download fail) and no stored HTML anything
// but the tags our renderer makes (safe-html.ts).
import { cleanMultiLineText, cleanSingleLineText } from "../../../text/control-characters.js";
import { safeSectionHtml } from "../safe-html.js";
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

/** The release and sections with control characters removed from every text. */
export function cleanExport(
  release: ExportRelease,
  sections: ExportSection[],
): { release: ExportRelease; sections: ExportSection[] } {
  const line = cleanSingleLineText;
  return {
    release: {
      ...release,
      version: line(release.version),
      notes: cleanMultiLineText(release.notes),
      toolbox: {
        title: line(release.toolbox.title),
        programme: {
          name: line(release.toolbox.programme.name),
          slug: line(release.toolbox.programme.slug),
        },
      },
    },
    sections: sections.map((section) => ({
      ...section,
      sectionId: line(section.sectionId),
      documentSlug: line(section.documentSlug),
      documentTitle: line(section.documentTitle),
      title: line(section.title),
      html: safeSectionHtml(cleanMultiLineText(section.html)),
      markdown: cleanMultiLineText(section.markdown),
    })),
  };
}
