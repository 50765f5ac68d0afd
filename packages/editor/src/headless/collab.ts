// Running Lexical's Yjs binding without a browser or a network: a plain Lexical editor with our
// nodes, bound to a Y.Doc exactly as CollaborationPlugin binds the browser's editor (same root
// XmlText "root", same sync functions), so what we read and write here has the structure the
// browser reads and writes.
import {
  createYjsBinding,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
} from "@lexical/yjs";
import { createEditor, SKIP_COLLAB_TAG, type LexicalEditor } from "lexical";
import {
  UndoManager,
  type AbstractType,
  type Doc,
  type Transaction,
  type YEvent,
  type XmlText,
} from "yjs";
import { editorNodes } from "../nodes.js";
import { editorTheme } from "../theme.js";

/** The Y.Doc key under which CollaborationPlugin keeps the editor's content. */
export const ROOT_NAME = "root";

/** A provider that goes nowhere: the binding's sync functions want one for cursor positions. */
function createNoOpProvider(): Provider {
  const noop = () => {};
  return {
    awareness: {
      getLocalState: () => null,
      getStates: () => new Map(),
      off: noop,
      on: noop,
      setLocalState: noop,
      setLocalStateField: noop,
    },
    connect: noop,
    disconnect: noop,
    off: noop,
    on: noop,
  };
}

export function createSectionHeadlessEditor(): LexicalEditor {
  return createEditor({
    namespace: "coproduce-headless",
    nodes: [...editorNodes],
    theme: editorTheme,
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Binds a fresh editor to `doc` in both directions (Yjs → Lexical and Lexical → Yjs), runs
 * `callback`, then removes the listeners again.
 */
export function withBoundEditor<T>(
  doc: Doc,
  callback: (editor: LexicalEditor, binding: Binding) => T,
): T {
  const editor = createSectionHeadlessEditor();
  const id = "headless";
  const provider = createNoOpProvider();
  const binding = createYjsBinding({ editor, id, doc, docMap: new Map([[id, doc]]) });
  const sharedRoot: XmlText = binding.root.getSharedType();

  // observeDeep reports events of any shared type; syncYjsChangesToLexical is typed for XmlText.
  const onYjsChanges = (events: Array<YEvent<AbstractType<unknown>>>, transaction: Transaction) => {
    if (transaction.origin !== binding) {
      const isFromUndoManager = transaction.origin instanceof UndoManager;
      syncYjsChangesToLexical(
        binding,
        provider,
        events as Array<YEvent<XmlText>>,
        isFromUndoManager,
      );
    }
  };
  sharedRoot.observeDeep(onYjsChanges);
  const removeUpdateListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (!tags.has(SKIP_COLLAB_TAG)) {
        syncLexicalUpdateToYjs(
          binding,
          provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
      }
    },
  );
  try {
    return callback(editor, binding);
  } finally {
    sharedRoot.unobserveDeep(onYjsChanges);
    removeUpdateListener();
  }
}
