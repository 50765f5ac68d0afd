// The characters of a section in reading order, and where a caret falls among them. Block
// boundaries are left out: what the collaboration tests compare is which characters there are
// and in what order, wherever a paragraph was split.
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type TextNode } from "lexical";
import type { CaretPoint } from "./collab-peer.js";

interface TextPlacement {
  node: TextNode;
  /** Index of the node's first character among all characters of the document. */
  start: number;
}

/** Every node in reading order (depth first), so a point can be compared with a text node. */
function $nodesInOrder(): LexicalNode[] {
  const ordered: LexicalNode[] = [];
  const visit = (node: LexicalNode) => {
    ordered.push(node);
    if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return ordered;
}

function $textPlacements(): { placements: TextPlacement[]; order: Map<string, number> } {
  const ordered = $nodesInOrder();
  const order = new Map(ordered.map((node, index) => [node.getKey(), index]));
  const placements: TextPlacement[] = [];
  let start = 0;
  for (const node of ordered) {
    if ($isTextNode(node)) {
      placements.push({ node, start });
      start += node.getTextContentSize();
    }
  }
  return { placements, order };
}

/** All characters of the document's text nodes, in reading order. */
export function $documentCharacters(): string {
  return $textPlacements()
    .placements.map(({ node }) => node.getTextContent())
    .join("");
}

/** How many of the document's characters come before `point`. */
export function $caretIndex(point: CaretPoint): number {
  const { placements, order } = $textPlacements();
  const total = placements.reduce((sum, p) => sum + p.node.getTextContentSize(), 0);
  if (point.type === "text") {
    const placement = placements.find((p) => p.node.getKey() === point.key);
    if (!placement) throw new Error(`caret in a text node that is not in the document`);
    return placement.start + point.offset;
  }
  // An element point sits before its child at `offset`, or at the end of the element.
  const elementOrder = order.get(point.key);
  if (elementOrder === undefined)
    throw new Error(`caret in an element that is not in the document`);
  const nodes = $nodesInOrder();
  const element = nodes[elementOrder];
  if (!$isElementNode(element)) throw new Error("element caret on a node that is not an element");
  const child = element.getChildAtIndex(point.offset);
  const boundary = child
    ? (order.get(child.getKey()) ?? Infinity)
    : elementOrder + subtreeSize(element);
  const firstAfter = placements.find((p) => (order.get(p.node.getKey()) ?? 0) >= boundary);
  return firstAfter ? firstAfter.start : total;
}

/** The node and all its descendants: how many places it takes in reading order. */
function subtreeSize(node: LexicalNode): number {
  if (!$isElementNode(node)) return 1;
  return node.getChildren().reduce((sum, child) => sum + subtreeSize(child), 1);
}

/** Every place a caret can be put in text, as points. */
export function $textCaretPoints(): CaretPoint[] {
  const points: CaretPoint[] = [];
  for (const { node } of $textPlacements().placements) {
    for (let offset = 0; offset <= node.getTextContentSize(); offset++) {
      points.push({ key: node.getKey(), offset, type: "text" });
    }
  }
  return points;
}

/** The caret just after the `index`-th character (at the very start for 0). */
export function $pointAfterCharacters(index: number): CaretPoint {
  const { placements } = $textPlacements();
  const first = placements[0];
  if (!first) throw new Error("the document has no text");
  if (index === 0) return { key: first.node.getKey(), offset: 0, type: "text" };
  for (const { node, start } of placements) {
    const size = node.getTextContentSize();
    if (index > start && index <= start + size) {
      return { key: node.getKey(), offset: index - start, type: "text" };
    }
  }
  const last = placements[placements.length - 1] as TextPlacement;
  return { key: last.node.getKey(), offset: last.node.getTextContentSize(), type: "text" };
}
