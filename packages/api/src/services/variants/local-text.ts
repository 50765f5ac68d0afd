// Writes a core change into a local version's live document: only the top-level blocks of that
// part are replaced, as one ordinary change, so the rest (formatting, comment marks, pending
// suggestions elsewhere) stays as it is and every open editor receives it.
import * as Y from "yjs";
import {
  renderYDoc,
  updateReplacingContent,
  withBoundEditor,
  writePlainTextIntoYDoc,
  type RenderedSection,
} from "@coproduce/editor/headless";
import { paragraphsOf, textOf } from "./core-changes.js";

type SerializedEditorState = RenderedSection["json"];
type SerializedLexicalNode = SerializedEditorState["root"]["children"][number];

/** The editor state with pending suggestions left in (renderYDoc keeps accepted text only). */
function fullEditorState(state: Uint8Array): SerializedEditorState {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      Y.applyUpdate(copy, state);
      editor.read(() => {});
      return editor.read(() => editor.getEditorState().toJSON());
    });
  } finally {
    copy.destroy();
  }
}

/** The top-level blocks our editor writes for plain paragraphs (see parsePlainText). */
function blocksFor(paragraphs: string[]): SerializedLexicalNode[] {
  if (paragraphs.length === 0) return [];
  const scratch = new Y.Doc();
  try {
    writePlainTextIntoYDoc(scratch, textOf(paragraphs));
    return renderYDoc(scratch).json.root.children;
  } finally {
    scratch.destroy();
  }
}

export class LocalTextMoved extends Error {}

/**
 * The Yjs update that replaces local paragraphs [start, end), which must still read
 * `expected`, with `replacement`. Throws LocalTextMoved when the text changed meanwhile.
 */
export function updateReplacingParagraphs(
  state: Uint8Array,
  range: { start: number; end: number },
  expected: string[],
  replacement: string[],
): Uint8Array {
  const doc = new Y.Doc();
  let accepted: string[];
  try {
    Y.applyUpdate(doc, state);
    accepted = paragraphsOf(renderYDoc(doc).text);
  } finally {
    doc.destroy();
  }
  const full = fullEditorState(state);
  const children = full.root.children;
  const current = accepted.slice(range.start, range.end);
  // Blocks and paragraphs match one to one unless a pending suggestion adds or removes a whole
  // block (or an empty block sits between): then nothing is written rather than the wrong block.
  if (
    children.length !== accepted.length ||
    current.length !== expected.length ||
    current.some((paragraph, index) => paragraph !== expected[index])
  ) {
    throw new LocalTextMoved();
  }
  const next = [...children];
  next.splice(range.start, range.end - range.start, ...blocksFor(replacement));
  return updateReplacingContent(state, { ...full, root: { ...full.root, children: next } });
}
