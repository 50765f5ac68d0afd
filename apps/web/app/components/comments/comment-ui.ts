// State shared by the comments panel and the marks in the editor: which threads are open (their
// words are highlighted), which one is active, and the words currently selected in the text.
import { useCallback, useEffect, useMemo, useState } from "react";
import { useRevalidator } from "react-router";
import type { TextAnchor } from "@coproduce/editor";

export interface CommentUi {
  openThreadIds: ReadonlySet<string>;
  /**
   * Called with the thread ids of the marks in the text: a mark of a thread the page does not
   * know yet (someone else just commented) reloads the threads, once per new id.
   */
  noticeMarkIds(ids: readonly string[]): void;
  activeThreadId: string | null;
  setActiveThreadId(id: string | null): void;
  /** The words selected in the section text, if any. */
  selection: TextAnchor | null;
  setSelection(anchor: TextAnchor | null): void;
}

export function useCommentUi(threads: ReadonlyArray<{ id: string; status: string }>): CommentUi {
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const revalidator = useRevalidator();
  const revalidate = revalidator.revalidate;
  // Every thread id this page has seen (mutated, never replaced: it only remembers).
  const [known] = useState(() => new Set(threads.map((thread) => thread.id)));
  useEffect(() => {
    for (const thread of threads) known.add(thread.id);
  }, [threads, known]);
  const noticeMarkIds = useCallback(
    (ids: readonly string[]) => {
      const fresh = ids.filter((id) => !known.has(id));
      if (fresh.length === 0) return;
      for (const id of fresh) known.add(id);
      void revalidate();
    },
    [revalidate, known],
  );
  // Coming back to the page shows replies and resolutions made meanwhile.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") void revalidate();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [revalidate]);
  const [selection, setSelection] = useState<TextAnchor | null>(null);
  const openKey = threads
    .filter((t) => t.status === "open")
    .map((t) => t.id)
    .join(" ");
  const openThreadIds = useMemo(() => new Set(openKey ? openKey.split(" ") : []), [openKey]);
  return {
    openThreadIds,
    noticeMarkIds,
    activeThreadId,
    setActiveThreadId,
    selection,
    setSelection,
  };
}

/** The highlighted words of a thread in the section text, if they are on screen. */
export function markElementOf(threadId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`mark[data-thread-ids~="${CSS.escape(threadId)}"]`);
}
