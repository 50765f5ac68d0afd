// Stored section HTML as the exports may use it. Our renderer (editor/headless/html.ts) only
// writes known tags with escaped text, but releases are frozen and never re-rendered, so every
// export re-reads the stored HTML through this allowlist as well: only the tags and attributes
// our renderer makes survive, links only to web pages and email addresses, everything else is
// reduced to its text (script and style elements, with their content, are dropped).
import { parseDocument } from "htmlparser2";
import type { ChildNode } from "domhandler";
import { isSafeLinkUrl } from "@coproduce/editor";
import { escapeHtml } from "@coproduce/editor/headless";

const ALLOWED_TAGS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "strong",
  "em",
  "u",
  "s",
  "code",
  "sub",
  "sup",
  "mark",
  "br",
  "hr",
  "pre",
  "div",
  "span",
  "table",
  "tbody",
  "tr",
  "th",
  "td",
]);
const VOID_TAGS = new Set(["br", "hr"]);
const DROPPED_WITH_CONTENT = new Set(["script", "style", "template", "iframe", "object"]);

function whole(value: string | undefined): string | null {
  return value && /^[1-9][0-9]{0,2}$/.test(value) ? value : null;
}

function attributes(name: string, attribs: Record<string, string>): string {
  let out = "";
  if (attribs.class && /^[A-Za-z0-9_ -]{1,200}$/.test(attribs.class)) {
    out += ` class="${escapeHtml(attribs.class)}"`;
  }
  if (name === "a") out += ` href="${escapeHtml(attribs.href!.trim())}" rel="noopener noreferrer"`;
  if (name === "ol" && whole(attribs.start)) out += ` start="${whole(attribs.start)}"`;
  if (name === "td" || name === "th") {
    if (whole(attribs.colspan)) out += ` colspan="${whole(attribs.colspan)}"`;
    if (whole(attribs.rowspan)) out += ` rowspan="${whole(attribs.rowspan)}"`;
  }
  return out;
}

function serialise(nodes: ChildNode[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") {
      out += escapeHtml(node.data);
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const name = node.name.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(name)) continue;
    const linkOk = name !== "a" || isSafeLinkUrl(node.attribs.href ?? "");
    if (!ALLOWED_TAGS.has(name) || !linkOk) {
      out += serialise(node.children);
      continue;
    }
    out += `<${name}${attributes(name, node.attribs)}>`;
    if (!VOID_TAGS.has(name)) out += `${serialise(node.children)}</${name}>`;
  }
  return out;
}

export function safeSectionHtml(html: string): string {
  return serialise(parseDocument(html, { decodeEntities: true }).children);
}
