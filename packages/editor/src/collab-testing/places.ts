// The places where people type in a section, each seeded once so two editors can meet there: a
// plain paragraph, a bold run between plain words, a list item, a table cell and a heading.
import { $createListItemNode, $createListNode } from "@lexical/list";
import { $createHeadingNode } from "@lexical/rich-text";
import { $createTableNodeWithDimensions } from "@lexical/table";
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  type LexicalNode,
  type TextNode,
} from "lexical";
import type { CaretPoint } from "./collab-peer.js";

export const PLACES = {
  paragraph: "Plain words",
  bold: "strong words",
  listItem: "A list item",
  tableCell: "In a cell",
  heading: "A heading",
} as const;

export type Place = keyof typeof PLACES;

/**
 * Where in each place the caret goes: at the end of its words, except inside the bold run,
 * where it sits between "strong" and " words" (typing inside bold, just before a space).
 */
export const CARET_AFTER: Record<Place, string> = {
  paragraph: PLACES.paragraph,
  bold: "strong",
  listItem: PLACES.listItem,
  tableCell: PLACES.tableCell,
  heading: PLACES.heading,
};

/** Replaces the document with one of each place. Run inside an editor update. */
export function $seedEveryPlace(): void {
  const root = $getRoot();
  root.clear();
  root.append($createHeadingNode("h2").append($createTextNode(PLACES.heading)));
  root.append($createParagraphNode().append($createTextNode(PLACES.paragraph)));
  root.append(
    $createParagraphNode().append(
      $createTextNode("Before "),
      $createTextNode(PLACES.bold).toggleFormat("bold"),
      $createTextNode(" after."),
    ),
  );
  root.append(
    $createListNode("bullet").append(
      $createListItemNode().append($createTextNode(PLACES.listItem)),
    ),
  );
  const table = $createTableNodeWithDimensions(2, 2, false);
  root.append(table);
  const firstRow = table.getFirstChildOrThrow();
  const firstCell = $isElementNode(firstRow) ? firstRow.getFirstChildOrThrow() : null;
  const firstCellParagraph = $isElementNode(firstCell) ? firstCell.getFirstChildOrThrow() : null;
  if (!$isElementNode(firstCellParagraph)) throw new Error("table has no first cell paragraph");
  firstCellParagraph.append($createTextNode(PLACES.tableCell));
  root.append($createParagraphNode().append($createTextNode("The end.")));
}

function $findText(text: string): TextNode {
  const found = $getRoot()
    .getAllTextNodes()
    .find((node) => node.getTextContent().startsWith(text));
  if (!found) throw new Error(`no text node starts with "${text}"`);
  return found;
}

/** The caret in a place (see CARET_AFTER), in this editor's own node keys. */
export function $caretIn(place: Place): CaretPoint {
  const node = $findText(PLACES[place]);
  return { key: node.getKey(), offset: CARET_AFTER[place].length, type: "text" };
}

/** The whole block (paragraph, list item, cell paragraph, heading) that holds a place. */
export function $blockTextOf(place: Place): string {
  const node: LexicalNode = $findText(CARET_AFTER[place]);
  const block = node.getParentOrThrow();
  return block.getTextContent();
}
