// Picks and builds the export a download address asks for.
import {
  releaseToDocx,
  releaseToHtml,
  releaseToMarkdown,
  type ExportRelease,
  type ExportSection,
} from "@coproduce/api/exports";

interface ReleaseFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** Only names the exporters produce: anything else is a 404, never a path. */
export async function buildReleaseFile(
  release: ExportRelease,
  sections: ExportSection[],
  requested: string,
): Promise<ReleaseFile | null> {
  const base = `${release.toolbox.programme.slug}-toolbox-${release.version}`;
  if (requested === "toolbox.html") {
    return {
      fileName: `${base}.html`,
      contentType: "text/html; charset=utf-8",
      body: Buffer.from(releaseToHtml(release, sections), "utf8"),
    };
  }
  if (requested === "toolbox.docx") {
    return {
      fileName: `${base}.docx`,
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      body: await releaseToDocx(release, sections),
    };
  }
  const markdown = releaseToMarkdown(release, sections).find((file) => file.fileName === requested);
  if (!markdown) return null;
  return {
    fileName: markdown.fileName,
    contentType: "text/markdown; charset=utf-8",
    body: Buffer.from(markdown.content, "utf8"),
  };
}
