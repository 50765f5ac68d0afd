// Gives a brand-new section document its first content on the server, so no browser ever has to
// bootstrap it (two browsers bootstrapping the same empty document each insert a paragraph).
import { $createListItemNode, $createListNode, type ListItemNode } from "@lexical/list";
import { $createHeadingNode } from "@lexical/rich-text";
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
} from "lexical";
import * as Y from "yjs";
import { ROOT_NAME, withBoundEditor } from "./collab.js";

type Block =
  | { kind: "paragraph"; lines: string[] }
  | { kind: "heading"; tag: "h2" | "h3"; text: string }
  | { kind: "bullets"; items: string[] };

const BULLET = /^[-*] (.*)$/;

/**
 * Reads plain text into blocks. Blocks are separated by blank lines; inside a block:
 * - a line starting with "# " or "## " is a level-2 heading, "### " a level-3 heading (the page
 *   title is the only level-1 heading);
 * - lines starting with "- " or "* " are a bulleted list;
 * - other consecutive lines form one paragraph, joined by line breaks.
 * Nothing else is interpreted: "<b>" stays the four characters "<b>".
 */
export function parsePlainText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] | null = null;
  let bullets: string[] | null = null;
  const close = () => {
    if (paragraph) blocks.push({ kind: "paragraph", lines: paragraph });
    if (bullets) blocks.push({ kind: "bullets", items: bullets });
    paragraph = null;
    bullets = null;
  };
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.replace(/\s+$/, "");
    if (line.trim() === "") {
      close();
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      close();
      blocks.push({
        kind: "heading",
        tag: (heading[1] ?? "").length === 3 ? "h3" : "h2",
        text: (heading[2] ?? "").trim(),
      });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      if (paragraph) close();
      bullets ??= [];
      bullets.push(bullet[1] ?? "");
      continue;
    }
    if (bullets) close();
    paragraph ??= [];
    paragraph.push(line);
  }
  close();
  return blocks;
}

function $appendText(element: ElementNode, text: string) {
  if (text) element.append($createTextNode(text));
}

function $buildBlocks(blocks: Block[]) {
  const root = $getRoot();
  for (const block of blocks) {
    if (block.kind === "heading") {
      const heading = $createHeadingNode(block.tag);
      $appendText(heading, block.text);
      root.append(heading);
    } else if (block.kind === "bullets") {
      const list = $createListNode("bullet");
      const items: ListItemNode[] = block.items.map((item) => {
        const listItem = $createListItemNode();
        $appendText(listItem, item);
        return listItem;
      });
      list.append(...items);
      root.append(list);
    } else {
      const paragraph = $createParagraphNode();
      block.lines.forEach((line, index) => {
        if (index > 0) paragraph.append($createLineBreakNode());
        $appendText(paragraph, line);
      });
      root.append(paragraph);
    }
  }
  // An editor needs at least one block to put the caret in.
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
}

/** True when `doc` holds no editor content yet. */
export function isYDocEmpty(doc: Y.Doc): boolean {
  return doc.get(ROOT_NAME, Y.XmlText).length === 0;
}

/**
 * Writes `text` (see {@link parsePlainText}) into `doc` as CollaborationPlugin's structure.
 * Only an empty document is written to: returns false, changing nothing, when `doc` already has
 * content (so a late or repeated seed can never duplicate a section's text). An empty `text`
 * still writes one empty paragraph: call this for every new document.
 */
export function writePlainTextIntoYDoc(doc: Y.Doc, text: string): boolean {
  if (!isYDocEmpty(doc)) return false;
  const blocks = parsePlainText(text);
  // Build in a private document, then merge it in as one ordinary Yjs update, so the target
  // (perhaps a live Hocuspocus document) sees one transaction and gets no listeners attached.
  const scratch = new Y.Doc();
  try {
    withBoundEditor(scratch, (editor) => {
      editor.update(() => $buildBlocks(blocks), { discrete: true });
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch));
  } finally {
    scratch.destroy();
  }
  return true;
}

/** A new Y.Doc whose content is `paragraphs`, one block each (headings as described above). */
export function createYDocFromPlainText(paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  writePlainTextIntoYDoc(doc, paragraphs.map((p) => p.replace(/\n{2,}/g, "\n")).join("\n\n"));
  return doc;
}
