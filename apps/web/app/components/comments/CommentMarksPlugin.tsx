// Inside the Lexical editor: highlights the words of open threads, says which thread each
// highlight belongs to (data-thread-ids), opens a thread when its words are clicked, and
// reports the selected words to the comments panel.
import { useEffect, useRef } from "react";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $isMarkNode } from "@lexical/mark";
import { $getRoot, $isElementNode, type LexicalNode } from "lexical";
import type { CommentUi } from "./comment-ui";
import { selectionAnchor } from "./selection-anchor";

function $collectMarks(node: LexicalNode, found: Array<{ key: string; ids: string[] }>) {
  if ($isMarkNode(node)) found.push({ key: node.getKey(), ids: node.getIDs() });
  if ($isElementNode(node)) for (const child of node.getChildren()) $collectMarks(child, found);
}

export function CommentMarksPlugin({ ui }: { ui: CommentUi }) {
  const [editor] = useLexicalComposerContext();
  const uiRef = useRef(ui);
  useEffect(() => {
    uiRef.current = ui;
  });

  const { openThreadIds, activeThreadId, noticeMarkIds } = ui;
  useEffect(() => {
    const decorate = () => {
      const marks: Array<{ key: string; ids: string[] }> = [];
      editor.getEditorState().read(() => $collectMarks($getRoot(), marks));
      noticeMarkIds(marks.flatMap((mark) => mark.ids));
      for (const { key, ids } of marks) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        element.dataset.threadIds = ids.join(" ");
        element.classList.toggle(
          "comment-mark-open",
          ids.some((id) => openThreadIds.has(id)),
        );
        element.classList.toggle(
          "comment-mark-active",
          activeThreadId !== null && ids.includes(activeThreadId),
        );
      }
    };
    decorate();
    return editor.registerUpdateListener(decorate);
  }, [editor, openThreadIds, activeThreadId, noticeMarkIds]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element | null)?.closest?.("mark[data-thread-ids]");
      if (!(mark instanceof HTMLElement)) return;
      const ids = (mark.dataset.threadIds ?? "").split(" ");
      const id = ids.find((candidate) => uiRef.current.openThreadIds.has(candidate));
      if (!id) return;
      uiRef.current.setActiveThreadId(id);
      document.getElementById(`thread-${id}`)?.scrollIntoView({ block: "nearest" });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener("click", onClick);
      root?.addEventListener("click", onClick);
    });
  }, [editor]);

  useEffect(() => {
    const onSelectionChange = () => {
      const anchor = selectionAnchor(editor.getRootElement());
      if (anchor !== undefined) uiRef.current.setSelection(anchor);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [editor]);

  return null;
}
