// What every Markdown download passes through, whatever made its Markdown: releases published
// before the editor's own Markdown writer escaped everything (headless/markdown.ts) were made
// by Lexical's exporter and are never re-made, so their stored Markdown may hold a
// `javascript:` link or a raw tag. Already-safe Markdown passes through unchanged.
import { isSafeLinkUrl } from "@coproduce/editor";

/**
 * An inline link or image: [words](address "title"), with escapes inside the words and one
 * level of parentheses inside a bare address (as in "javascript:alert(1)").
 */
const LINK =
  /\[((?:\\.|[^\\\]\n])*)\]\(\s*(<[^<>\n]*>|(?:[^\s()<>\\]|\\.|\([^\s()<>]*\))*)(\s+"(?:\\.|[^"\\\n])*")?\s*\)/g;

/** Whether the character at `offset` is escaped (an odd number of backslashes before it). */
function escapedAt(text: string, offset: number): boolean {
  let backslashes = 0;
  for (let i = offset - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** `text[from, to)` with every "<" and ">" not already escaped given a backslash. */
function escapeTags(text: string, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i++) {
    const character = text[i]!;
    out +=
      (character === "<" || character === ">") && !escapedAt(text, i)
        ? `\\${character}`
        : character;
  }
  return out;
}

/**
 * Stored section Markdown as it may be downloaded: links to anything but web pages and email
 * addresses become their words, and text that looks like a tag is escaped (renderers pass raw
 * HTML through), except inside the <…> address of a kept link.
 */
export function safeMarkdown(markdown: string): string {
  let out = "";
  let last = 0;
  for (const match of markdown.matchAll(LINK)) {
    const start = match.index;
    const [whole, words, address, title = ""] = match as unknown as [
      string,
      string,
      string,
      string?,
    ];
    out += escapeTags(markdown, last, start);
    last = start + whole.length;
    const wordsFrom = start + 1;
    const safeWords = escapeTags(markdown, wordsFrom, wordsFrom + words.length);
    if (escapedAt(markdown, start)) {
      out += escapeTags(markdown, start, last);
      continue;
    }
    const url = address.startsWith("<") ? address.slice(1, -1) : address;
    // Checked as written: an entity or escape can only come after an allowed scheme.
    out += isSafeLinkUrl(url) ? `[${safeWords}](${address}${title})` : safeWords;
  }
  return out + escapeTags(markdown, last, markdown.length);
}

/** For titles and other plain text: every "<" and ">" escaped. */
export function escapeHtmlInMarkdown(markdown: string): string {
  return escapeTags(markdown, 0, markdown.length);
}
