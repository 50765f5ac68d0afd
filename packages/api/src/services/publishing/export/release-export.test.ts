import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { HtmlValidate } from "html-validate";
import * as Y from "yjs";
import {
  createYDocFromPlainText,
  renderYDoc,
  updateReplacingContent,
} from "@coproduce/editor/headless";
import { releaseToHtml } from "./release-html.js";
import { releaseToMarkdown } from "./release-markdown.js";
import { releaseToDocx } from "./release-docx.js";
import type { ExportRelease, ExportSection } from "./release-export-data.js";
import { escapeHtmlInMarkdown, safeMarkdown } from "../markdown-safety.js";

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

// Content no format may fail on or pass through unsafely: structures a paste or a raw Yjs
// client can leave behind (empty tables and rows, empty and nested lists), hostile links and
// text, and control characters. Built as Lexical nodes in a real section document.
describe("every export format, fed hostile and degenerate content", () => {
  const base = { version: 1, format: "", indent: 0, direction: null };
  const t = (text: string, format = 0) => ({
    type: "text",
    version: 1,
    text,
    format,
    detail: 0,
    mode: "normal",
    style: "",
  });
  const p = (...children: object[]) => ({
    ...base,
    type: "paragraph",
    textFormat: 0,
    textStyle: "",
    children,
  });
  const link = (url: string, ...children: object[]) => ({
    ...base,
    type: "link",
    url,
    rel: null,
    target: null,
    title: null,
    children,
  });
  const list = (...children: object[]) => ({
    ...base,
    type: "list",
    listType: "bullet",
    start: 1,
    tag: "ul",
    children,
  });
  const item = (...children: object[]) => ({ ...base, type: "listitem", value: 1, children });
  const table = (...rows: object[]) => ({ ...base, type: "table", children: rows });
  const row = (...cells: object[]) => ({ ...base, type: "tablerow", height: 0, children: cells });
  const cell = (...children: object[]) => ({
    ...base,
    type: "tablecell",
    headerState: 0,
    colSpan: 1,
    rowSpan: 1,
    backgroundColor: null,
    children,
  });
  const CONTROL = "Bell\u0007 nul\u0000 escape\u001b vertical\u000b end";

  function hostileSection(): ExportSection {
    const doc = createYDocFromPlainText(["placeholder"]);
    const content = {
      root: {
        ...base,
        type: "root",
        children: [
          table(),
          table(row()),
          table(row(cell(p(t("A"))), cell(p(t("B")))), row(), row(cell())),
          list(),
          list(item(), item(list()), item(list(item()))),
          p(link("javascript:alert(1)", t("script link"))),
          p(link("data:text/html,<script>alert(1)</script>", t("data link"))),
          p(link(`https://example.org/${"x".repeat(100_000)}`, t("huge link"))),
          p(link("https://example.org/ok", t("good link"))),
          p(t("[click](javascript:alert(3)) ![i](javascript:alert(4)) <javascript:alert(5)>")),
          p(t(CONTROL)),
          p(),
        ],
      },
    };
    Y.applyUpdate(doc, updateReplacingContent(Y.encodeStateAsUpdate(doc), content as never));
    const rendered = renderYDoc(doc);
    return {
      sectionId: "hostile",
      documentSlug: "toolkit",
      documentTitle: `Toolkit ${CONTROL}`,
      documentOrder: 0,
      depth: 0,
      title: `Edge cases ${CONTROL}`,
      html: rendered.html,
      markdown: safeMarkdown(rendered.markdown),
    };
  }

  /** A section frozen before the renderers were hardened, straight from the database. */
  const legacy: ExportSection = {
    sectionId: "legacy",
    documentSlug: "toolkit",
    documentTitle: "Toolkit",
    documentOrder: 0,
    depth: 1,
    title: "Pasted",
    html: `<table></table><table><tbody><tr></tr></tbody></table><ul><li></li></ul><p><a href="javascript:alert(1)">x</a>${CONTROL}</p>`,
    markdown: `[x](javascript:alert(1)) [y](<javascript:alert(2)>) ![z](data:image/png,AAAA "t") [ok](https://example.org) ${CONTROL}`,
  };
  const UNSAFE = /javascript:|data:|vbscript:/i;
  // eslint-disable-next-line no-control-regex
  const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

  it("HTML (and the print view): valid, with no unsafe link and no control character", async () => {
    const html = releaseToHtml(release, [hostileSection(), legacy]);
    const report = await new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-dup-id": "error" },
    }).validateString(html);
    // The legacy HTML is stored as it was rendered then; only our own structure is validated.
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).not.toContain(
      "parser-error",
    );
    expect(html).toContain('href="https://example.org/ok"');
    expect(html).toContain("good link");
    expect(html).not.toMatch(/href="(?!https:\/\/example\.org\/ok"|#)/);
    expect(html).not.toMatch(CONTROL_CHARACTERS);
  });

  it("Markdown: unsafe links are words, link-like text is escaped, no control character", () => {
    const [file] = releaseToMarkdown(release, [hostileSection(), legacy]);
    const content = file!.content;
    expect(content).toContain("[good link](<https://example.org/ok>)");
    expect(content).toContain("[ok](https://example.org)");
    // Every remaining "](" is one of the two good links.
    expect([...content.matchAll(/(?<!\\)\]\(/g)]).toHaveLength(2);
    expect(content).toContain("\\[click\\](javascript:alert(3))");
    expect(content).not.toMatch(/(?<!\\)<javascript/);
    expect(content).not.toMatch(/(?<!\\)\]\(<?(javascript|data):/i);
    expect(content).not.toMatch(CONTROL_CHARACTERS);
    expect(content).toContain("Bell nul escape vertical end");
  });

  it("Word: the file is made, reads back, and has no unsafe link or control character", async () => {
    const docx = await releaseToDocx(release, [hostileSection(), legacy]);
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(xml).toContain("good link");
    expect(xml).toContain("script link");
    expect(rels).toContain("https://example.org/ok");
    expect(rels).not.toMatch(UNSAFE);
    expect(xml + rels).not.toMatch(CONTROL_CHARACTERS);
    // The one table with cells is kept, its short rows padded to two columns.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml.match(/<w:tc>/g)).toHaveLength(4);
  });
});
