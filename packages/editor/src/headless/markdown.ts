// Lexical editor state (JSON) → Markdown, written out by hand for the same reason as html.ts:
// an allowlist is easier to trust. Lexical's own exporter copies text and link addresses as
// they are, so a `javascript:` link or text typed as "[click](javascript:…)" became a live link
// in the downloaded file. Here every text is escaped (it can never form a link, image, tag or
// block marker), and a link keeps its address only when isSafeLinkUrl allows it; otherwise its
// words stay as plain text. Unknown node types keep their children's text.
import type { SerializedEditorState, SerializedLexicalNode } from "lexical";
import { isSafeLinkUrl } from "../links.js";

type AnyNode = SerializedLexicalNode & Record<string, unknown>;

// Backslash escapes for characters that start inline syntax anywhere in a line: emphasis,
// code, links and images, autolinks and raw HTML, tables, strikethrough, entities.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

export function escapeMarkdownText(text: string): string {
  return text.replace(INLINE_SPECIAL, (character) => `\\${character}`);
}

/** Characters that start a block (heading, list, quote, setext underline) at a line's start. */
function escapeLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, "");
  return trimmed.replace(/^([#+\-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

function childrenOf(node: AnyNode): AnyNode[] {
  return Array.isArray(node.children) ? (node.children as AnyNode[]) : [];
}

const FORMAT_MARKERS: Array<[bit: number, marker: string]> = [
  [4, "~~"],
  [2, "*"],
  [1, "**"],
];

function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function renderText(node: AnyNode): string {
  const text = typeof node.text === "string" ? node.text : "";
  const format = typeof node.format === "number" ? node.format : 0;
  if (!text) return "";
  if (format & 16) return inlineCode(text.replace(/\n/g, " "));
  // Emphasis markers must touch the words, so surrounding spaces go outside them.
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!words) return text;
  let out = escapeMarkdownText(words!);
  for (const [bit, marker] of FORMAT_MARKERS) {
    if (format & bit) out = `${marker}${out}${marker}`;
  }
  return `${before}${out}${after}`;
}

/** A link address as a Markdown destination: in <…>, with nothing that could end it early. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

function renderInline(nodes: AnyNode[]): string {
  return nodes.map(renderInlineNode).join("");
}

function renderInlineNode(node: AnyNode): string {
  switch (node.type) {
    case "text":
      return renderText(node);
    case "tab":
      return "\t";
    case "linebreak":
      return "\n";
    case "link":
    case "autolink": {
      const url = typeof node.url === "string" ? node.url.trim() : "";
      const words = renderInline(childrenOf(node));
      if (!isSafeLinkUrl(url)) return words;
      return `[${words.trim() ? words : escapeMarkdownText(url)}](${destination(url)})`;
    }
    case "code-highlight":
      return escapeMarkdownText(typeof node.text === "string" ? node.text : "");
    default:
      if (typeof node.text === "string") return escapeMarkdownText(node.text);
      return renderInline(childrenOf(node));
  }
}

/** Inline content as lines, each safe to start a Markdown line. */
function inlineLines(nodes: AnyNode[]): string[] {
  return renderInline(nodes)
    .split("\n")
    .map(escapeLineStart)
    .map((line) => line.trimEnd());
}

/** Lines joined with hard breaks (a backslash at the end of a line). */
function withHardBreaks(lines: string[]): string {
  const kept = [...lines];
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  while (kept.length > 0 && kept[0] === "") kept.shift();
  // An empty line would end the paragraph; a doubled line break reads as one.
  return kept.filter((line) => line !== "").join("\\\n");
}

function renderCode(node: AnyNode): string {
  const text = childrenOf(node)
    .map((child) =>
      child.type === "linebreak" ? "\n" : typeof child.text === "string" ? child.text : "",
    )
    .join("");
  const longest = Math.max(2, ...[...text.matchAll(/`{3,}/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const language =
    typeof node.language === "string" && /^[A-Za-z0-9+#-]{1,20}$/.test(node.language)
      ? node.language
      : "";
  return `${fence}${language}\n${text}\n${fence}`;
}

function renderList(node: AnyNode, indent: string): string[] {
  const lines: string[] = [];
  const numbered = node.listType === "number";
  let number =
    typeof node.start === "number" && Number.isInteger(node.start) && node.start >= 0
      ? Math.min(node.start, 999_999_999)
      : 1;
  for (const item of childrenOf(node)) {
    const children = childrenOf(item);
    const nested = children.filter((child) => child.type === "list");
    const inline = children.filter((child) => child.type !== "list");
    // Content under a list item is indented to the width of its marker.
    const pad = " ".repeat(numbered ? `${number}. `.length : 2);
    const text = withHardBreaks(inlineLines(inline));
    // An empty item would be a lone marker; it is left out.
    if (text !== "") {
      const checked = typeof item.checked === "boolean" ? (item.checked ? "[x] " : "[ ] ") : "";
      const marker = numbered ? `${number}. ` : `- ${node.listType === "check" ? checked : ""}`;
      const content = text.split("\n");
      lines.push(`${indent}${marker}${content[0] ?? ""}`.trimEnd());
      for (const rest of content.slice(1)) lines.push(`${indent}${pad}${rest}`);
      number += 1;
    }
    for (const list of nested) lines.push(...renderList(list, `${indent}${pad}`));
  }
  return lines;
}

function renderTable(node: AnyNode): string | null {
  const rows = childrenOf(node)
    .filter((row) => row.type === "tablerow")
    .map((row) =>
      childrenOf(row).map((cell) =>
        childrenOf(cell)
          .map((block) => inlineLines(childrenOf(block)).join(" "))
          .join(" ")
          .trim(),
      ),
    )
    .filter((cells) => cells.length > 0);
  if (rows.length === 0) return null;
  const columns = Math.max(...rows.map((cells) => cells.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: columns }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  return [
    line(rows[0]!),
    line(Array.from({ length: columns }, () => "---")),
    ...rows.slice(1).map(line),
  ].join("\n");
}

function renderBlock(node: AnyNode): string | null {
  switch (node.type) {
    case "paragraph":
      return withHardBreaks(inlineLines(childrenOf(node))) || null;
    case "heading": {
      const level = node.tag === "h2" || node.tag === "h1" ? "##" : "###";
      const words = inlineLines(childrenOf(node)).join(" ").trim();
      return words ? `${level} ${words}` : null;
    }
    case "quote": {
      const text = withHardBreaks(inlineLines(childrenOf(node)));
      return text
        ? text
            .split("\n")
            .map((line) => `> ${line}`)
            .join("\n")
        : null;
    }
    case "list": {
      const lines = renderList(node, "");
      return lines.length > 0 ? lines.join("\n") : null;
    }
    case "code":
      return renderCode(node);
    case "horizontalrule":
      return "***";
    case "table":
      return renderTable(node);
    default: {
      const children = childrenOf(node);
      if (children.length === 0) {
        return typeof node.text === "string"
          ? escapeLineStart(escapeMarkdownText(node.text))
          : null;
      }
      // Inline content at block level (unusual) reads as a paragraph; blocks are kept.
      const blocks = children.map(renderBlock).filter((b): b is string => b !== null);
      return blocks.length > 0 ? blocks.join("\n\n") : null;
    }
  }
}

export function serializedStateToMarkdown(state: SerializedEditorState): string {
  return childrenOf(state.root as unknown as AnyNode)
    .map(renderBlock)
    .filter((block): block is string => block !== null)
    .join("\n\n");
}
