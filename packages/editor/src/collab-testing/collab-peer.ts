// One person's editor in a collaboration test: a headless Lexical editor with our nodes, bound
// to its own Y.Doc and awareness exactly as Lexical's CollaborationPlugin binds the browser's
// editor (same binding, same sync functions, same undo manager, same caret state in awareness).
// Only the DOM is missing, so what the caret does after remote changes is Lexical's own logic.
import {
  $getAnchorAndFocusForUserState,
  createUndoManager,
  createYjsBinding,
  initLocalState,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
  type Binding,
  type Provider,
  type ProviderAwareness,
  type UserState,
} from "@lexical/yjs";
import {
  $createRangeSelection,
  $getNodeByKey,
  $isElementNode,
  $getRoot,
  $getSelection,
  $isTextNode,
  $isRangeSelection,
  $setSelection,
  SKIP_COLLAB_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from "lexical";
import { $findMatchingParent } from "@lexical/utils";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { createSectionHeadlessEditor } from "../headless/collab.js";

export interface CaretPoint {
  key: NodeKey;
  offset: number;
  type: "text" | "element";
}

export class CollabPeer {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  readonly editor: LexicalEditor = createSectionHeadlessEditor();
  readonly binding: Binding;
  readonly undoManager: Y.UndoManager;
  private readonly provider: Provider;

  /**
   * `clientID` fixes the Yjs client id, which decides the order of concurrent inserts at one
   * spot: a seeded test passes one so that the same seed replays the same run.
   */
  constructor(
    readonly name: string,
    { clientID }: { clientID?: number } = {},
  ) {
    if (clientID !== undefined) this.doc.clientID = clientID;
    this.awareness = new Awareness(this.doc);
    const noop = () => {};
    this.provider = {
      // y-protocols' Awareness has the methods Lexical needs; its state type is looser.
      awareness: this.awareness as unknown as ProviderAwareness,
      connect: noop,
      disconnect: noop,
      off: noop,
      on: noop,
    };
    const id = "section";
    this.binding = createYjsBinding({
      editor: this.editor,
      id,
      doc: this.doc,
      docMap: new Map([[id, this.doc]]),
    });
    const sharedRoot = this.binding.root.getSharedType();
    sharedRoot.observeDeep((events, transaction) => {
      if (transaction.origin === this.binding) return;
      syncYjsChangesToLexical(
        this.binding,
        this.provider,
        events as Array<Y.YEvent<Y.XmlText>>,
        transaction.origin instanceof Y.UndoManager,
        // Drawing remote carets needs a DOM; remoteCaretOf() asks where they would be drawn.
        () => {},
      );
    });
    this.editor.registerUpdateListener(
      ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
        if (tags.has(SKIP_COLLAB_TAG)) return;
        syncLexicalUpdateToYjs(
          this.binding,
          this.provider,
          prevEditorState,
          editorState,
          dirtyElements,
          dirtyLeaves,
          normalizedNodes,
          tags,
        );
      },
    );
    this.undoManager = createUndoManager(this.binding, sharedRoot);
    initLocalState(this.provider, name, "#000000", true, {});
  }

  get clientID(): number {
    return this.doc.clientID;
  }

  /** Runs a change as one keystroke does: at once, with everything it causes synced. */
  change(edit: () => void): void {
    this.editor.update(edit, { discrete: true });
  }

  /**
   * Commits what remote changes left pending. Lexical applies them in a microtask; a browser
   * always runs it before the next keystroke, so the tests do the same before the next step.
   */
  settle(): void {
    this.editor.update(() => {}, { discrete: true });
  }

  read<T>(reader: () => T): T {
    return this.editor.read(reader);
  }

  placeCaret(point: CaretPoint): void {
    this.change(() => {
      const selection = $createRangeSelection();
      selection.anchor.set(point.key, point.offset, point.type);
      selection.focus.set(point.key, point.offset, point.type);
      // A click into text takes that text's formatting, so typing continues it (inside bold
      // stays bold), as the browser's selection does.
      const node = $getNodeByKey(point.key);
      if ($isTextNode(node)) {
        selection.format = node.getFormat();
        selection.style = node.getStyle();
      }
      $setSelection(selection);
    });
  }

  /** Types one piece of text at the caret, as the browser's text input does. */
  type(text: string): void {
    this.change(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(text);
    });
  }

  typeEach(text: string): void {
    for (const character of text) this.type(character);
  }

  /**
   * Backspace: removes the character before the caret, or at the start of a block joins it to
   * the block before. (Lexical's own deleteCharacter asks the browser's selection for the
   * extent of a character, so it needs a DOM.)
   */
  backspace({ joinBlocks = true }: { joinBlocks?: boolean } = {}): void {
    this.change(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
      const caret = selection.focus;
      const from = $pointBefore(caret.getNode(), caret.offset, caret.type);
      if (!from || (!joinBlocks && from.joinsBlocks)) return;
      selection.anchor.set(from.key, from.offset, from.type);
      selection.removeText();
    });
  }

  pressEnter(): void {
    this.change(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
    });
  }

  undo(): void {
    this.undoManager.undo();
  }

  redo(): void {
    this.undoManager.redo();
  }

  /** Stops merging the next change into the last undo step (as a pause in typing does). */
  endUndoStep(): void {
    this.undoManager.stopCapturing();
  }

  caret(): CaretPoint | null {
    return this.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const { key, offset, type } = selection.focus;
      return { key, offset, type };
    });
  }

  /** Where this editor draws `other`'s caret, from the awareness state it has received. */
  remoteCaretOf(other: CollabPeer): CaretPoint | null {
    const state = this.awareness.getStates().get(other.clientID) as UserState | undefined;
    if (!state) return null;
    return this.read(() => {
      const { focusKey, focusOffset } = $getAnchorAndFocusForUserState(this.binding, state);
      if (focusKey === null) return null;
      // A position may still name a node a remote change removed; the browser draws no caret
      // for it (Lexical's updateCursor skips unknown keys), and neither do we.
      const node = this.editor.getEditorState()._nodeMap.get(focusKey);
      if (!node) return null;
      const type = node.getType() === "text" ? "text" : "element";
      return { key: focusKey, offset: focusOffset, type };
    });
  }

  text(): string {
    return this.read(() => $getRoot().getTextContent());
  }

  /** Everything the screen shows: blocks, text and formatting (as Lexical's JSON, no keys). */
  content(): string {
    return JSON.stringify(this.editor.getEditorState().toJSON().root);
  }

  /** What a fresh editor shows after loading this person's copy of the document. */
  reloadedContent(): string {
    const fresh = new CollabPeer(`${this.name} reloaded`);
    Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(this.doc));
    fresh.settle();
    return fresh.content();
  }
}

function $blockOf(node: LexicalNode): ElementNode | null {
  return $findMatchingParent(node, (n): n is ElementNode => $isElementNode(n) && !n.isInline());
}

/** Where a Backspace at this caret starts deleting from, or null at the very start. */
function $pointBefore(
  node: LexicalNode,
  offset: number,
  type: "text" | "element",
): (CaretPoint & { joinsBlocks: boolean }) | null {
  if (type === "text" && offset > 0) {
    return { key: node.getKey(), offset: offset - 1, type: "text", joinsBlocks: false };
  }
  const texts = $getRoot().getAllTextNodes();
  const block = $blockOf(node);
  // The last text before the caret: before this text node, or before this (empty) block.
  const previous = texts
    .filter((text) =>
      type === "text" ? text.isBefore(node) : text.isBefore(node) && !node.isParentOf(text),
    )
    .at(-1);
  if (!previous) return null;
  const size = previous.getTextContentSize();
  if ($blockOf(previous) === block && size > 0) {
    return { key: previous.getKey(), offset: size - 1, type: "text", joinsBlocks: false };
  }
  return { key: previous.getKey(), offset: size, type: "text", joinsBlocks: true };
}
