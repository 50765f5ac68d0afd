// A release as one self-contained HTML page: styles inline, no scripts, no outside requests, so
// it can be emailed, archived or opened offline.
import { escapeHtml } from "@coproduce/editor/headless";
import {
  cleanExport,
  groupByDocument,
  releaseDateText,
  type ExportRelease,
  type ExportSection,
} from "./release-export-data.js";

const STYLES = `
body { font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #0b0c0c; max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
a { color: #1d4f91; }
nav ol { padding-left: 1.25rem; }
blockquote { border-left: 4px solid #b1b4b6; margin-left: 0; padding-left: 1rem; }
table { border-collapse: collapse; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: left; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print { nav { display: none; } section { break-inside: avoid-page; } }
`;

/** Content headings sit two levels under the section title (h3) in the single page. */
function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([23])\b/g, (_match, slash: string, level: string) => {
    return `<${slash}h${Number(level) + 2}`;
  });
}

function anchor(section: ExportSection): string {
  return `section-${escapeHtml(section.sectionId)}`;
}

export function releaseToHtml(unclean: ExportRelease, uncleanSections: ExportSection[]): string {
  const { release, sections } = cleanExport(unclean, uncleanSections);
  const documents = groupByDocument(sections);
  const title = `${release.toolbox.title} – release ${release.version}`;
  const contents = documents
    .map(
      (document) =>
        `<li>${escapeHtml(document.title)}<ol>${document.sections
          .map((s) => `<li><a href="#${anchor(s)}">${escapeHtml(s.title)}</a></li>`)
          .join("")}</ol></li>`,
    )
    .join("");
  const body = documents
    .map(
      (document) =>
        `<h2>${escapeHtml(document.title)}</h2>\n${document.sections
          .map(
            (s) =>
              `<section id="${anchor(s)}" aria-labelledby="${anchor(s)}-title"><h3 id="${anchor(s)}-title">${escapeHtml(s.title)}</h3>\n${demoteHeadings(s.html)}</section>`,
          )
          .join("\n")}`,
    )
    .join("\n");
  const notes = release.notes
    ? `<h2>Release notes</h2>\n${release.notes
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
        .join("\n")}`
    : "";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(release.toolbox.title)}</h1>
<p>${escapeHtml(release.toolbox.programme.name)}. Release ${escapeHtml(release.version)}, published ${escapeHtml(releaseDateText(release.publishedAt))}.</p>
</header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav>
<main>
${notes}
${body}
</main>
</body>
</html>
`;
}
