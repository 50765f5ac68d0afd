// A readable difference between two renderings of a section: the block structure (headings,
// paragraphs, list items) is kept, whole blocks that appear or disappear are marked, and inside
// a block that changed, the words inserted and deleted are marked. Every text is escaped; the
// only markup added is ours (<ins>, <del>, block tags and visually hidden labels for screen
// readers, which do not announce <ins>/<del> by themselves).
import { diffArrays, diffWordsWithSpace } from "diff";
import { escapeHtml, type RenderedSection } from "@coproduce/editor/headless";

type SerializedEditorState = RenderedSection["json"];
interface SerializedLexicalNode {
  type: string;
}

export type BlockTag = "h1" | "h2" | "h3" | "h4" | "p" | "li" | "blockquote" | "pre";

export interface Block {
  tag: BlockTag;
  text: string;
}

interface NodeLike extends SerializedLexicalNode {
  children?: NodeLike[];
  text?: string;
  tag?: string;
}

function textOf(node: NodeLike): string {
  if (node.type === "linebreak") return "\n";
  if (typeof node.text === "string") return node.text;
  return (node.children ?? []).map(textOf).join("");
}

function collectBlocks(node: NodeLike, into: Block[]) {
  switch (node.type) {
    case "heading": {
      const tag = ["h1", "h2", "h3", "h4"].includes(node.tag ?? "") ? (node.tag as BlockTag) : "h2";
      into.push({ tag, text: textOf(node) });
      return;
    }
    case "list":
      for (const item of node.children ?? []) collectBlocks(item, into);
      return;
    case "listitem": {
      // A nested list sits inside a list item: its items become blocks of their own.
      const own = (node.children ?? []).filter((child) => child.type !== "list");
      const text = own.map(textOf).join("");
      if (text || own.length === (node.children ?? []).length) into.push({ tag: "li", text });
      for (const child of node.children ?? [])
        if (child.type === "list") collectBlocks(child, into);
      return;
    }
    case "quote":
      into.push({ tag: "blockquote", text: textOf(node) });
      return;
    case "code":
      into.push({ tag: "pre", text: textOf(node) });
      return;
    default:
      into.push({ tag: "p", text: textOf(node) });
  }
}

/** The blocks of a rendered section, in reading order. */
export function blocksOf(state: SerializedEditorState): Block[] {
  const blocks: Block[] = [];
  for (const child of state.root.children as NodeLike[]) collectBlocks(child, blocks);
  return blocks;
}

const label = (text: string) => `<span class="visually-hidden">${text}</span>`;

function inserted(text: string): string {
  return text ? `<ins>${label("Inserted: ")}${escapeText(text)}</ins>` : "";
}

function deleted(text: string): string {
  return text ? `<del>${label("Deleted: ")}${escapeText(text)}</del>` : "";
}

function escapeText(text: string): string {
  return escapeHtml(text).replace(/\n/g, "<br>");
}

type Rendered = { tag: BlockTag; html: string; change: "same" | "changed" | "added" | "removed" };

function changedBlock(from: Block, to: Block): Rendered {
  const html = diffWordsWithSpace(from.text, to.text)
    .map((part) =>
      part.added
        ? inserted(part.value)
        : part.removed
          ? deleted(part.value)
          : escapeText(part.value),
    )
    .join("");
  return { tag: to.tag, html, change: "changed" };
}

export interface VersionDiff {
  html: string;
  /** Words inserted and deleted, for a one-line summary. */
  insertedWords: number;
  deletedWords: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Compares two renderings block by block, then word by word inside changed blocks. */
export function diffSections(from: SerializedEditorState, to: SerializedEditorState): VersionDiff {
  return diffBlocks(blocksOf(from), blocksOf(to));
}

/**
 * The same comparison for plain text (as a release keeps it): each non-empty line is a
 * paragraph.
 */
export function diffPlainTexts(from: string, to: string): VersionDiff {
  const paragraphs = (text: string): Block[] =>
    text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => ({ tag: "p", text: line }));
  return diffBlocks(paragraphs(from), paragraphs(to));
}

function diffBlocks(a: Block[], b: Block[]): VersionDiff {
  const key = (block: Block) => `${block.tag}\u0000${block.text}`;
  const parts = diffArrays(a.map(key), b.map(key));
  const rendered: Rendered[] = [];
  let insertedWords = 0;
  let deletedWords = 0;
  let ia = 0;
  let ib = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (!part.added && !part.removed) {
      for (let n = 0; n < part.count; n++) {
        const block = b[ib++]!;
        ia++;
        rendered.push({ tag: block.tag, html: escapeText(block.text), change: "same" });
      }
      continue;
    }
    if (part.removed) {
      const removed = a.slice(ia, ia + part.count);
      ia += part.count;
      const next = parts[index + 1];
      const added = next?.added ? b.slice(ib, ib + next.count) : [];
      if (next?.added) {
        ib += next.count;
        index++;
      }
      // Pair the removed and added blocks in order: a block edited in place is one block with
      // word changes, not a deleted block followed by an inserted one.
      const paired = Math.min(removed.length, added.length);
      for (let n = 0; n < Math.max(removed.length, added.length); n++) {
        const oldBlock = removed[n];
        const newBlock = added[n];
        if (n < paired && oldBlock && newBlock && oldBlock.tag === newBlock.tag) {
          for (const change of diffWordsWithSpace(oldBlock.text, newBlock.text)) {
            if (change.added) insertedWords += countWords(change.value);
            if (change.removed) deletedWords += countWords(change.value);
          }
          rendered.push(changedBlock(oldBlock, newBlock));
          continue;
        }
        if (oldBlock) {
          deletedWords += countWords(oldBlock.text);
          rendered.push({ tag: oldBlock.tag, html: deleted(oldBlock.text), change: "removed" });
        }
        if (newBlock) {
          insertedWords += countWords(newBlock.text);
          rendered.push({ tag: newBlock.tag, html: inserted(newBlock.text), change: "added" });
        }
      }
      continue;
    }
    // Added with nothing removed just before it.
    for (let n = 0; n < part.count; n++) {
      const block = b[ib++]!;
      insertedWords += countWords(block.text);
      rendered.push({ tag: block.tag, html: inserted(block.text), change: "added" });
    }
  }
  return { html: toHtml(rendered), insertedWords, deletedWords };
}

function toHtml(blocks: Rendered[]): string {
  let html = "";
  let inList = false;
  for (const block of blocks) {
    if (block.tag === "li" && !inList) html += "<ul>";
    if (block.tag !== "li" && inList) html += "</ul>";
    inList = block.tag === "li";
    html += `<${block.tag} class="diff-${block.change}">${block.html}</${block.tag}>`;
  }
  if (inList) html += "</ul>";
  return html;
}
