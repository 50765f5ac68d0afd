import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { HtmlValidate } from "html-validate";
import { createYDocFromPlainText, renderYDoc } from "@coproduce/editor/headless";
import { releaseToHtml } from "./release-html.js";
import { releaseToMarkdown } from "./release-markdown.js";
import { releaseToDocx } from "./release-docx.js";
import type { ExportRelease, ExportSection } from "./release-export-data.js";
import { escapeHtmlInMarkdown } from "../markdown-safety.js";

const HOSTILE = `<img src=x onerror=alert(1)> <script>alert(2)</script>`;

const release: ExportRelease = {
  version: "1.2",
  notes: `Clearer wording.\n\n${HOSTILE}`,
  publishedAt: new Date("2026-11-29T10:00:00Z"),
  toolbox: { title: "Integrated Care Toolbox", programme: { name: "Whole Systems", slug: "ws" } },
};

function section(
  id: string,
  title: string,
  paragraphs: string[],
  document = { slug: "toolkit", title: "Integrated Care Toolkit", order: 0 },
  depth = 0,
): ExportSection {
  const rendered = renderYDoc(createYDocFromPlainText(paragraphs));
  return {
    sectionId: id,
    documentSlug: document.slug,
    documentTitle: document.title,
    documentOrder: document.order,
    depth,
    title,
    html: rendered.html,
    markdown: escapeHtmlInMarkdown(rendered.markdown),
  };
}

const handbook = { slug: "financial-flows", title: "Financial flows handbook", order: 1 };
const sections = [
  section("a", "Why integrate care", [
    "People told us they repeat their story.",
    "## What we heard",
    HOSTILE,
  ]),
  section(
    "b",
    "Care model types",
    ["- Multispecialty community providers", "- Enhanced health in care homes"],
    undefined,
    1,
  ),
  section("c", `Pooled budgets ${HOSTILE}`, ["Section 75 agreements pool money."], handbook),
];

describe("release exports", () => {
  it("makes one valid, self-contained HTML page with no live markup from text", async () => {
    const html = releaseToHtml(release, sections);
    const report = await new HtmlValidate({
      extends: ["html-validate:recommended"],
    }).validateString(html);
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)),
    ).toEqual([]);
    expect(report.valid).toBe(true);
    // Self-contained: nothing is fetched from elsewhere and nothing runs.
    expect(html).not.toMatch(/<script|<img|<link|src=["']|url\(/i);
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("<h2>Financial flows handbook</h2>");
  });

  it("makes one Markdown file per document, with tag-like text escaped", () => {
    const files = releaseToMarkdown(release, sections);
    expect(files.map((f) => f.fileName)).toEqual(["toolkit-1.2.md", "financial-flows-1.2.md"]);
    const [toolkit, finance] = files.map((f) => f.content);
    expect(toolkit).toContain("# Integrated Care Toolkit");
    expect(toolkit).toContain("## Why integrate care");
    expect(toolkit).toContain("### Care model types");
    expect(finance).toContain("## Pooled budgets \\<img");
    for (const content of [toolkit, finance])
      expect(content).not.toMatch(/(^|[^\\])<(img|script)/im);
  });

  it("makes a DOCX whose headings read back as Word headings", async () => {
    const docx = await releaseToDocx(release, sections);
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const headings = [
      ...xml.matchAll(
        /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d|Title)"\/>(?:(?!<\/w:p>).)*?<\/w:p>/g,
      ),
    ].map(
      ([paragraph, style]) =>
        `${style}: ${[...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")}`,
    );
    expect(headings).toEqual([
      "Title: Integrated Care Toolbox",
      "Heading1: Integrated Care Toolkit",
      "Heading2: Why integrate care",
      "Heading5: What we heard",
      "Heading3: Care model types",
      "Heading1: Financial flows handbook",
      "Heading2: Pooled budgets &lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt;",
    ]);
  });
});
