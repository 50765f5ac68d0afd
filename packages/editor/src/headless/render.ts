// Server-side reading of a section's live document: the Lexical editor state, and the plain
// text, HTML and Markdown derived from it.
import { $getRoot, type SerializedEditorState } from "lexical";
import * as Y from "yjs";
import { withBoundEditor } from "./collab.js";
import { serializedStateToHtml } from "./html.js";
import { serializedStateToMarkdown } from "./markdown.js";
import { $keepAcceptedTextOnly } from "../suggestions/suggestion-changes.js";

export interface RenderedSection {
  /** Lexical's serialized editor state. */
  json: SerializedEditorState;
  /** Text only: blocks separated by a blank line, list items and line breaks by a newline. */
  text: string;
  /** Safe HTML (every text escaped, only known tags, links limited to http(s)/mailto). */
  html: string;
  /** Markdown with every text escaped and links limited as in the HTML. */
  markdown: string;
}

/**
 * Renders the document CollaborationPlugin keeps in `doc` (root XmlText "root"). `doc` is only
 * read: its state is copied into a private Y.Doc that a throwaway headless editor is bound to,
 * so the live document gets no observers and no transactions. Pending suggestions are left
 * out (suggested words dropped, words proposed for deletion kept): this is the accepted text.
 */
export function renderYDoc(doc: Y.Doc): RenderedSection {
  const copy = new Y.Doc();
  try {
    return withBoundEditor(copy, (editor) => {
      // The binding observes the copy; applying the state replays it into the editor exactly as
      // a browser replays the server's first sync.
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      // Published text is accepted text only: pending suggestions are taken out of the copy.
      editor.read(() => {});
      editor.update($keepAcceptedTextOnly, { discrete: true });
      // read() flushes the pending update first.
      return editor.read(() => {
        const json = editor.getEditorState().toJSON();
        return {
          json,
          text: $getRoot().getTextContent(),
          html: serializedStateToHtml(json),
          markdown: serializedStateToMarkdown(json),
        };
      });
    });
  } finally {
    copy.destroy();
  }
}
