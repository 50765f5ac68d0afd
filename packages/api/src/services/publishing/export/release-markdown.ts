// A release as Markdown, one file per document: the document title, then each section's title
// (nested by its depth) and its text.
import { escapeMarkdownText } from "@coproduce/editor/headless";
import { safeMarkdown } from "../markdown-safety.js";
import {
  cleanExport,
  groupByDocument,
  releaseDateText,
  type ExportRelease,
  type ExportSection,
} from "./release-export-data.js";

export interface MarkdownFile {
  fileName: string;
  content: string;
}

/** Markdown special characters in a title are escaped so it reads as plain words. */
function plainMarkdown(text: string): string {
  // "#" too: at the end of a heading line it would be read as a closing sequence.
  return escapeMarkdownText(text).replace(/#/g, "\\#");
}

export function releaseToMarkdown(
  unclean: ExportRelease,
  uncleanSections: ExportSection[],
): MarkdownFile[] {
  const { release, sections } = cleanExport(unclean, uncleanSections);
  return groupByDocument(sections).map((document) => {
    const lines = [
      `# ${plainMarkdown(document.title)}`,
      "",
      `${plainMarkdown(release.toolbox.title)}, release ${release.version}, published ${releaseDateText(release.publishedAt)}.`,
    ];
    for (const section of document.sections) {
      const level = Math.min(2 + section.depth, 6);
      lines.push(
        "",
        `${"#".repeat(level)} ${plainMarkdown(section.title)}`,
        "",
        safeMarkdown(section.markdown).trim(),
      );
    }
    return {
      fileName: `${document.slug}-${release.version}.md`.replace(/[^A-Za-z0-9._-]/g, "-"),
      content: `${lines.join("\n").trimEnd()}\n`,
    };
  });
}
