// Export builders for published releases, for the web app's download routes.
export { releaseToHtml } from "./services/publishing/export/release-html.js";
export { releaseToMarkdown } from "./services/publishing/export/release-markdown.js";
export { releaseToDocx } from "./services/publishing/export/release-docx.js";
export type {
  ExportRelease,
  ExportSection,
} from "./services/publishing/export/release-export-data.js";
