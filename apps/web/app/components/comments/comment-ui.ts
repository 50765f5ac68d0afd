// State shared by the comments panel and the marks in the editor: which threads are open (their
// words are highlighted), which one is active, and the words currently selected in the text.
import { useMemo, useState } from "react";
import type { TextAnchor } from "@coproduce/editor";

export interface CommentUi {
  openThreadIds: ReadonlySet<string>;
  activeThreadId: string | null;
  setActiveThreadId(id: string | null): void;
  /** The words selected in the section text, if any. */
  selection: TextAnchor | null;
  setSelection(anchor: TextAnchor | null): void;
}

export function useCommentUi(threads: ReadonlyArray<{ id: string; status: string }>): CommentUi {
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TextAnchor | null>(null);
  const openKey = threads
    .filter((t) => t.status === "open")
    .map((t) => t.id)
    .join(" ");
  const openThreadIds = useMemo(() => new Set(openKey ? openKey.split(" ") : []), [openKey]);
  return { openThreadIds, activeThreadId, setActiveThreadId, selection, setSelection };
}

/** The highlighted words of a thread in the section text, if they are on screen. */
export function markElementOf(threadId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`mark[data-thread-ids~="${CSS.escape(threadId)}"]`);
}
