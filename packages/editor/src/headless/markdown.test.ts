import { describe, expect, it } from "vitest";
import type { SerializedEditorState } from "lexical";
import { serializedStateToMarkdown } from "./markdown.js";

type Node = Record<string, unknown>;
const text = (value: string, format = 0): Node => ({ type: "text", text: value, format });
const paragraph = (...children: Node[]): Node => ({ type: "paragraph", children });
const link = (url: string, ...children: Node[]): Node => ({ type: "link", url, children });
const markdownOf = (...children: Node[]) =>
  serializedStateToMarkdown({
    root: { type: "root", children },
  } as unknown as SerializedEditorState);

describe("Markdown from a section", () => {
  it("keeps web and email links, and turns any other link into its words", () => {
    expect(markdownOf(paragraph(link("https://example.org/a b", text("Guide"))))).toBe(
      "[Guide](<https://example.org/a%20b>)",
    );
    expect(markdownOf(paragraph(link("mailto:team@example.org", text("Email us"))))).toBe(
      "[Email us](<mailto:team@example.org>)",
    );
    for (const url of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      `https://example.org/${"a".repeat(5000)}`,
    ]) {
      expect(markdownOf(paragraph(link(url, text("Click"))))).toBe("Click");
    }
  });

  it("escapes text that looks like Markdown, so it cannot become a link, image or tag", () => {
    const hostile = [
      "[click](javascript:alert(1))",
      "![x](https://evil.example/x.png)",
      "<https://evil.example>",
      "<img src=x onerror=alert(1)>",
      "&lt;script&gt;",
      "**not bold** _not em_ `not code` ~~not struck~~ | not a cell",
    ].join(" ");
    const markdown = markdownOf(paragraph(text(hostile)));
    expect(markdown).not.toMatch(/(^|[^\\])[[<&`*_|~]/);
    expect(markdown).toContain("\\[click\\](javascript:alert(1))");
  });

  it("escapes block markers at the start of every line", () => {
    const markdown = markdownOf(
      paragraph(
        text("# not a heading"),
        { type: "linebreak" },
        text("- not a list"),
        { type: "linebreak" },
        text("1. not numbered"),
        { type: "linebreak" },
        text("> not a quote"),
        { type: "linebreak" },
        text("    not code"),
        { type: "linebreak" },
        text("==="),
      ),
    );
    expect(markdown.split("\n")).toEqual([
      "\\# not a heading\\",
      "\\- not a list\\",
      "1\\. not numbered\\",
      "\\> not a quote\\",
      "not code\\",
      "\\===",
    ]);
  });

  it("writes formatting, lists, quotes, code and tables", () => {
    expect(
      markdownOf(
        { type: "heading", tag: "h2", children: [text("Plan")] },
        paragraph(text("Be "), text("clear ", 1), text("and kind", 2)),
        {
          type: "list",
          listType: "number",
          start: 1,
          children: [
            { type: "listitem", children: [text("First")] },
            {
              type: "listitem",
              children: [
                {
                  type: "list",
                  listType: "bullet",
                  children: [{ type: "listitem", children: [text("Inner")] }],
                },
              ],
            },
          ],
        },
        { type: "quote", children: [text("Said")] },
        { type: "code", language: "js", children: [text("a ``` b")] },
        {
          type: "table",
          children: [
            {
              type: "tablerow",
              children: [{ type: "tablecell", children: [paragraph(text("A|B"))] }],
            },
            { type: "tablerow", children: [] },
            {
              type: "tablerow",
              children: [
                { type: "tablecell", children: [paragraph(text("1"))] },
                { type: "tablecell", children: [] },
              ],
            },
          ],
        },
      ),
    ).toBe(
      [
        "## Plan",
        "Be **clear** *and kind*",
        "1. First\n   - Inner",
        "> Said",
        "````js\na ``` b\n````",
        "| A\\|B |  |\n| --- | --- |\n| 1 |  |",
      ].join("\n\n"),
    );
  });

  it("writes nothing for empty tables, rows, lists and paragraphs, and never fails", () => {
    expect(
      markdownOf(
        { type: "table", children: [] },
        { type: "table", children: [{ type: "tablerow", children: [] }] },
        { type: "list", listType: "bullet", children: [] },
        { type: "list", listType: "bullet", children: [{ type: "listitem", children: [] }] },
        paragraph(),
        { type: "heading", tag: "h9", children: [] },
        { type: "quote", children: [] },
        { type: "mystery" },
        { type: "mystery", children: [{ type: "mystery", text: "kept" }] },
        paragraph(link("javascript:x")),
      ),
    ).toBe("kept");
  });
});
