// Suggesting mode inside the Lexical editor: what the person types, pastes or deletes becomes
// their suggestion instead of a change to the text (like Google Docs' Suggesting). Typing is
// caught at `beforeinput`, before Lexical or the browser changes anything; deleting, pasting,
// Enter and formatting are caught as Lexical commands. Enter suggests a new paragraph and
// deleting a paragraph break suggests joining the two; formatting is not a suggestion yet, so
// it does nothing here. An input method's composition cannot be stopped, so it is steered into
// the person's own insertion before it starts.
import { useEffect } from "react";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { mergeRegister } from "@lexical/utils";
import {
  $getRoot,
  COMMAND_PRIORITY_CRITICAL,
  COMPOSITION_START_COMMAND,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalCommand,
} from "lexical";
import {
  COMPOSITION_PLACEHOLDER,
  $dropCompositionPlaceholders,
  $prepareCompositionAsSuggestion,
  $suggestDeletion,
  $suggestInsertText,
  $suggestParagraphBreak,
  type Suggester,
} from "@coproduce/editor";

function newSuggester(authorId: string): Suggester {
  return {
    authorId,
    newId: () => crypto.randomUUID(),
    now: () => new Date().toISOString(),
  };
}

/** Commands that would change the text in ways Suggesting mode does not offer yet. */
const BLOCKED = [
  INSERT_LINE_BREAK_COMMAND,
  INSERT_TAB_COMMAND,
  FORMAT_TEXT_COMMAND,
  FORMAT_ELEMENT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  DROP_COMMAND,
] as unknown as LexicalCommand<unknown>[];

export function SuggestingPlugin({ authorId }: { authorId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const suggester = newSuggester(authorId);
    const insert = (text: string) => {
      // One line only: a suggestion stays within its paragraph.
      const words = text.replace(/\s*[\r\n]+\s*/g, " ");
      editor.update(() => {
        $suggestInsertText(words, suggester);
      });
    };
    const newParagraph = () => {
      editor.update(() => {
        $suggestParagraphBreak(suggester);
      });
    };
    const remove = (backward: boolean) => {
      editor.update(() => {
        $suggestDeletion(backward, suggester);
      });
    };

    const onBeforeInput = (event: InputEvent) => {
      const type = event.inputType;
      if (type === "historyUndo" || type === "historyRedo") return;
      // A composition (input method) is the browser's and Lexical's: it was steered into the
      // person's own insertion when it started.
      if (type.includes("Composition") || event.isComposing) return;
      // Everything else is ours: neither Lexical nor the browser may change the text.
      event.preventDefault();
      event.stopImmediatePropagation();
      if (type === "insertText" || type === "insertReplacementText") {
        const text = event.data ?? event.dataTransfer?.getData("text/plain") ?? "";
        if (text) insert(text);
      } else if (type === "insertFromPaste") {
        const text = event.dataTransfer?.getData("text/plain") ?? "";
        if (text) insert(text);
      } else if (type === "insertParagraph") {
        newParagraph();
      } else if (type.startsWith("delete")) {
        remove(!type.endsWith("Forward"));
      }
    };

    const always = <T,>(command: LexicalCommand<T>, handle: (payload: T) => void) =>
      editor.registerCommand(
        command,
        (payload) => {
          handle(payload);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      );

    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener("beforeinput", onBeforeInput, { capture: true });
        root?.addEventListener("beforeinput", onBeforeInput, { capture: true });
      }),
      // Once no composition is going on (it may end without a compositionend, as when the
      // text box loses focus), the placeholders go.
      editor.registerUpdateListener(({ editorState }) => {
        if (editor.isComposing()) return;
        const left = editorState.read(() =>
          $getRoot().getTextContent().includes(COMPOSITION_PLACEHOLDER),
        );
        if (left) editor.update(() => void $dropCompositionPlaceholders(suggester));
      }),
      // Runs before Lexical's own handler, in the same update; false lets Lexical go on.
      editor.registerCommand(
        COMPOSITION_START_COMMAND,
        () => {
          $prepareCompositionAsSuggestion(suggester);
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      always(CONTROLLED_TEXT_INSERTION_COMMAND, (payload) => {
        if (typeof payload === "string") insert(payload);
        else {
          payload.preventDefault();
          const text = payload.data ?? "";
          if (text) insert(text);
        }
      }),
      always(INSERT_PARAGRAPH_COMMAND, () => newParagraph()),
      always(DELETE_CHARACTER_COMMAND, (backward) => remove(backward)),
      always(DELETE_WORD_COMMAND, (backward) => remove(backward)),
      always(DELETE_LINE_COMMAND, (backward) => remove(backward)),
      always(REMOVE_TEXT_COMMAND, () => remove(true)),
      always(CUT_COMMAND, (event) => {
        // Copy the words, then suggest their deletion.
        if (event && "clipboardData" in event && event.clipboardData) {
          event.preventDefault();
          event.clipboardData.setData("text/plain", window.getSelection()?.toString() ?? "");
        }
        remove(true);
      }),
      always(PASTE_COMMAND, (event) => {
        event.preventDefault();
        const text =
          "clipboardData" in event && event.clipboardData
            ? event.clipboardData.getData("text/plain")
            : "";
        if (text) insert(text);
      }),
      ...BLOCKED.map((command) =>
        always(command, (payload: unknown) => {
          if (payload instanceof Event) payload.preventDefault();
        }),
      ),
    );
  }, [editor, authorId]);
  return null;
}
