// A release as Markdown, one file per document: the document title, then each section's title
// (nested by its depth) and its text.
import { escapeHtmlInMarkdown } from "../markdown-safety.js";
import {
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
  return escapeHtmlInMarkdown(text.replace(/([\\`*_[\]#|])/g, "\\$1"));
}

export function releaseToMarkdown(
  release: ExportRelease,
  sections: ExportSection[],
): MarkdownFile[] {
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
        section.markdown.trim(),
      );
    }
    return {
      fileName: `${document.slug}-${release.version}.md`,
      content: `${lines.join("\n").trimEnd()}\n`,
    };
  });
}
