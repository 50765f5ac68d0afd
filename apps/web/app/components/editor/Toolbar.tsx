// The formatting toolbar: real buttons with visible names, aria-pressed on toggles, and one tab
// stop for the whole bar (arrow keys, Home and End move between buttons), per the ARIA toolbar
// pattern. Undo and redo go to the Yjs undo manager that CollaborationPlugin registers, so each
// person undoes only their own changes.
import { $createHorizontalRuleNode, INSERT_HORIZONTAL_RULE_COMMAND } from "@lexical/extension";
import { $isLinkNode, TOGGLE_LINK_COMMAND } from "@lexical/link";
import {
  $isListNode,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  ListNode,
  REMOVE_LIST_COMMAND,
} from "@lexical/list";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $createHeadingNode, $createQuoteNode, $isHeadingNode } from "@lexical/rich-text";
import { $setBlocksType } from "@lexical/selection";
import { INSERT_TABLE_COMMAND } from "@lexical/table";
import {
  $findMatchingParent,
  $getNearestNodeOfType,
  $insertNodeToNearestRoot,
  mergeRegister,
} from "@lexical/utils";
import {
  $createParagraphNode,
  $getSelection,
  $setSelection,
  type BaseSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType,
} from "lexical";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { LinkForm } from "./LinkForm";

type BlockType = "paragraph" | "h2" | "h3" | "quote" | "bullet" | "number" | "check" | "other";

interface ToolbarState {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

const INITIAL_STATE: ToolbarState = {
  block: "paragraph",
  bold: false,
  italic: false,
  underline: false,
  link: false,
};

function $readToolbarState(): ToolbarState | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchorNode = selection.anchor.getNode();
  const topLevel: ElementNode | null =
    anchorNode.getKey() === "root"
      ? null
      : ($findMatchingParent(anchorNode, (node) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) as ElementNode | null);
  let block: BlockType = "other";
  if ($isListNode(topLevel)) {
    const list = $getNearestNodeOfType(anchorNode, ListNode) ?? topLevel;
    block = list.getListType();
  } else if ($isHeadingNode(topLevel)) {
    const tag = topLevel.getTag();
    block = tag === "h3" ? "h3" : tag === "h2" ? "h2" : "other";
  } else if (topLevel?.getType() === "paragraph") {
    block = "paragraph";
  } else if (topLevel?.getType() === "quote") {
    block = "quote";
  }
  return {
    block,
    bold: selection.hasFormat("bold"),
    italic: selection.hasFormat("italic"),
    underline: selection.hasFormat("underline"),
    link: $findMatchingParent(anchorNode, $isLinkNode) !== null,
  };
}

/** Handles the horizontal-rule command with our (React-free) HorizontalRuleNode. */
export function HorizontalRuleCommandPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_HORIZONTAL_RULE_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          $insertNodeToNearestRoot($createHorizontalRuleNode());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

interface ToolbarProps {
  /** False until the document has loaded: nothing to format yet. */
  ready: boolean;
}

export function Toolbar({ ready }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [message, setMessage] = useState("");
  // While the link form is open, the text selection it will link (the field takes the focus).
  const [linking, setLinking] = useState<BaseSelection | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const toolbarRef = useRef<HTMLDivElement>(null);

  const refresh = useCallback(() => {
    const next = editor.getEditorState().read(() => $readToolbarState(), { editor });
    if (next) setState(next);
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(() => refresh()),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            refresh();
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_CRITICAL,
        ),
      ),
    [editor, refresh],
  );

  const setBlock = (create: () => ElementNode) => {
    editor.update(() => {
      const selection = $getSelection();
      if (selection) $setBlocksType(selection, create);
    });
    editor.focus();
  };

  const toggleBlock = (type: "h2" | "h3" | "quote") => {
    if (state.block === type) setBlock(() => $createParagraphNode());
    else if (type === "quote") setBlock(() => $createQuoteNode());
    else setBlock(() => $createHeadingNode(type));
  };

  const toggleList = (type: "bullet" | "number" | "check") => {
    if (state.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else if (type === "bullet") editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    else if (type === "number") editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
    else editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined);
    editor.focus();
  };

  const format = (type: TextFormatType) => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
    editor.focus();
  };

  const toggleLink = () => {
    setMessage("");
    if (state.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      setMessage("Link removed.");
      editor.focus();
      return;
    }
    const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    if (!selection) {
      setMessage("Select the words to link first.");
      return;
    }
    setLinking(selection);
  };

  const addLink = (url: string) => {
    const selection = linking;
    setLinking(null);
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
    });
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    setMessage("Link added.");
    editor.focus();
  };

  const cancelLink = () => {
    setLinking(null);
    editor.focus();
  };

  type Item = {
    label: string;
    onClick: () => void;
    pressed?: boolean;
    disabled?: boolean;
    shortcut?: string;
  };
  const groups: Array<{ label: string; items: Item[] }> = [
    {
      label: "Block style",
      items: [
        { label: "Heading 2", pressed: state.block === "h2", onClick: () => toggleBlock("h2") },
        { label: "Heading 3", pressed: state.block === "h3", onClick: () => toggleBlock("h3") },
        {
          label: "Paragraph",
          pressed: state.block === "paragraph",
          onClick: () => setBlock(() => $createParagraphNode()),
        },
        { label: "Quote", pressed: state.block === "quote", onClick: () => toggleBlock("quote") },
      ],
    },
    {
      label: "Text style",
      items: [
        { label: "Bold", pressed: state.bold, onClick: () => format("bold"), shortcut: "Ctrl+B" },
        {
          label: "Italic",
          pressed: state.italic,
          onClick: () => format("italic"),
          shortcut: "Ctrl+I",
        },
        {
          label: "Underline",
          pressed: state.underline,
          onClick: () => format("underline"),
          shortcut: "Ctrl+U",
        },
        { label: "Link", pressed: state.link, onClick: toggleLink },
      ],
    },
    {
      label: "Lists",
      items: [
        {
          label: "Bulleted list",
          pressed: state.block === "bullet",
          onClick: () => toggleList("bullet"),
        },
        {
          label: "Numbered list",
          pressed: state.block === "number",
          onClick: () => toggleList("number"),
        },
        {
          label: "Check list",
          pressed: state.block === "check",
          onClick: () => toggleList("check"),
        },
      ],
    },
    {
      label: "Insert",
      items: [
        {
          label: "Insert table",
          onClick: () => {
            editor.dispatchCommand(INSERT_TABLE_COMMAND, {
              rows: "3",
              columns: "3",
              includeHeaders: { rows: true, columns: false },
            });
            editor.focus();
          },
        },
        {
          label: "Horizontal rule",
          onClick: () => {
            editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
            editor.focus();
          },
        },
      ],
    },
    {
      label: "History",
      items: [
        {
          label: "Undo",
          disabled: !canUndo,
          onClick: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
          shortcut: "Ctrl+Z",
        },
        {
          label: "Redo",
          disabled: !canRedo,
          onClick: () => editor.dispatchCommand(REDO_COMMAND, undefined),
          shortcut: "Ctrl+Shift+Z",
        },
      ],
    },
  ];

  // Roving tab index: one tab stop; arrows move between buttons (disabled ones stay reachable,
  // as the ARIA toolbar pattern recommends, so they are aria-disabled rather than disabled).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(
      toolbarRef.current?.querySelectorAll<HTMLButtonElement>("button") ?? [],
    );
    const current = buttons.findIndex((button) => button === document.activeElement);
    if (current === -1) return;
    let next = current;
    if (event.key === "ArrowRight" || event.key === "ArrowDown")
      next = (current + 1) % buttons.length;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp")
      next = (current - 1 + buttons.length) % buttons.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = buttons.length - 1;
    else return;
    event.preventDefault();
    setFocusIndex(next);
    buttons[next]?.focus();
  };

  let index = -1;
  return (
    <>
      <div
        ref={toolbarRef}
        className="editor-toolbar"
        role="toolbar"
        aria-label="Formatting"
        onKeyDown={onKeyDown}
      >
        {groups.map((group) => (
          <div
            key={group.label}
            role="group"
            aria-label={group.label}
            className="editor-toolbar-group"
          >
            {group.items.map((item) => {
              index += 1;
              const myIndex = index;
              const unavailable = !ready || item.disabled;
              return (
                <button
                  key={item.label}
                  type="button"
                  className="editor-tool"
                  tabIndex={myIndex === focusIndex ? 0 : -1}
                  aria-pressed={item.pressed === undefined ? undefined : item.pressed}
                  aria-disabled={unavailable || undefined}
                  aria-keyshortcuts={item.shortcut?.replace("Ctrl", "Control")}
                  title={item.shortcut ? `${item.label} (${item.shortcut})` : undefined}
                  onFocus={() => setFocusIndex(myIndex)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    if (!unavailable) item.onClick();
                  }}
                >
                  {item.label}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {linking && <LinkForm onSave={addLink} onCancel={cancelLink} />}
      <p className="editor-toolbar-message" role="status">
        {message}
      </p>
    </>
  );
}
