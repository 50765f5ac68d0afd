// Lexical editor state (JSON) → HTML, without a DOM.
//
// Written out by hand rather than with @lexical/html's $generateHtmlFromNodes because that needs
// a DOM (no DOM implementation is installed on the server), and because an allowlist is easier
// to trust: every text is escaped, only the tags below are produced, no attribute comes from the
// document except a checked http(s)/mailto link address and numeric table spans. Unknown node
// types keep their children's text. Tags carry the editor's theme classes so the server-rendered
// HTML looks like the editor before it has loaded.
import type { SerializedEditorState, SerializedLexicalNode } from "lexical";
import { isSafeLinkUrl } from "../links.js";
import { editorTheme } from "../theme.js";

type AnyNode = SerializedLexicalNode & Record<string, unknown>;

const FORMAT_TAGS: Array<[bit: number, tag: string]> = [
  [16, "code"],
  [1, "strong"],
  [2, "em"],
  [8, "u"],
  [4, "s"],
  [32, "sub"],
  [64, "sup"],
  [128, "mark"],
];

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function cls(className: string | undefined): string {
  return className ? ` class="${escapeHtml(className)}"` : "";
}

function childrenOf(node: AnyNode): AnyNode[] {
  return Array.isArray(node.children) ? (node.children as AnyNode[]) : [];
}

function renderChildren(node: AnyNode): string {
  return childrenOf(node).map(renderNode).join("");
}

function positiveInt(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value > 1 && value < 1000
    ? value
    : null;
}

function renderText(node: AnyNode): string {
  const text = typeof node.text === "string" ? node.text : "";
  const format = typeof node.format === "number" ? node.format : 0;
  let html = escapeHtml(text);
  for (const [bit, tag] of FORMAT_TAGS) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function renderList(node: AnyNode): string {
  const theme = editorTheme.list ?? {};
  const listType = node.listType;
  if (listType === "number") {
    const start = positiveInt(node.start);
    return `<ol${cls(theme.ol)}${start ? ` start="${start}"` : ""}>${renderChildren(node)}</ol>`;
  }
  const className = listType === "check" ? `${theme.ul ?? ""} ${theme.checklist ?? ""}` : theme.ul;
  return `<ul${cls(className?.trim())}>${renderChildren(node)}</ul>`;
}

function renderListItem(node: AnyNode): string {
  const theme = editorTheme.list ?? {};
  const children = childrenOf(node);
  // A list item that only holds a nested list is how Lexical indents.
  if (children.length > 0 && children.every((child) => child.type === "list")) {
    return `<li${cls(theme.nested?.listitem)}>${renderChildren(node)}</li>`;
  }
  if (typeof node.checked === "boolean") {
    const className = node.checked ? theme.listitemChecked : theme.listitemUnchecked;
    const state = node.checked ? "Done: " : "Not done: ";
    return `<li${cls(`${theme.listitem ?? ""} ${className ?? ""}`.trim())}><span class="visually-hidden">${state}</span>${renderChildren(node)}</li>`;
  }
  return `<li${cls(theme.listitem)}>${renderChildren(node)}</li>`;
}

function renderLink(node: AnyNode): string {
  const url = typeof node.url === "string" ? node.url.trim() : "";
  const inner = renderChildren(node);
  if (!isSafeLinkUrl(url)) return inner;
  return `<a${cls(editorTheme.link)} href="${escapeHtml(url)}" rel="noopener noreferrer">${inner}</a>`;
}

function renderTableCell(node: AnyNode): string {
  const header = typeof node.headerState === "number" && node.headerState > 0;
  const tag = header ? "th" : "td";
  const colSpan = positiveInt(node.colSpan);
  const rowSpan = positiveInt(node.rowSpan);
  const attrs =
    cls(
      header ? `${editorTheme.tableCell} ${editorTheme.tableCellHeader}` : editorTheme.tableCell,
    ) +
    (colSpan ? ` colspan="${colSpan}"` : "") +
    (rowSpan ? ` rowspan="${rowSpan}"` : "");
  return `<${tag}${attrs}>${renderChildren(node)}</${tag}>`;
}

function renderNode(node: AnyNode): string {
  switch (node.type) {
    case "text":
      return renderText(node);
    case "tab":
      return "\t";
    case "linebreak":
      return "<br>";
    case "paragraph":
      return `<p${cls(editorTheme.paragraph)}>${renderChildren(node)}</p>`;
    case "heading": {
      const tag =
        node.tag === "h3" || node.tag === "h4" || node.tag === "h5" || node.tag === "h6"
          ? "h3"
          : "h2";
      const headingTheme = editorTheme.heading as Record<string, string> | undefined;
      return `<${tag}${cls(headingTheme?.[tag])}>${renderChildren(node)}</${tag}>`;
    }
    case "quote":
      return `<blockquote${cls(editorTheme.quote)}>${renderChildren(node)}</blockquote>`;
    case "list":
      return renderList(node);
    case "listitem":
      return renderListItem(node);
    case "link":
    case "autolink":
      return renderLink(node);
    case "horizontalrule":
      return `<hr${cls(editorTheme.hr)}>`;
    case "code":
      return `<pre${cls(editorTheme.code)}><code>${renderChildren(node)}</code></pre>`;
    case "code-highlight":
      return escapeHtml(typeof node.text === "string" ? node.text : "");
    case "table":
      return `<div${cls(editorTheme.tableScrollableWrapper)}><table${cls(editorTheme.table)}><tbody>${renderChildren(node)}</tbody></table></div>`;
    case "tablerow":
      return `<tr${cls(editorTheme.tableRow)}>${renderChildren(node)}</tr>`;
    case "tablecell":
      return renderTableCell(node);
    default:
      // Unknown element: keep its content; unknown leaf with text: keep the text.
      if (Array.isArray(node.children)) return renderChildren(node);
      return typeof node.text === "string" ? escapeHtml(node.text) : "";
  }
}

/** HTML for a serialized editor state: the root's blocks, one after another. */
export function serializedStateToHtml(state: SerializedEditorState): string {
  return renderChildren(state.root as unknown as AnyNode);
}
