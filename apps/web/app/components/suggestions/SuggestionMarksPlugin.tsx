// Inside the Lexical editor: labels each suggestion in the text with who suggested it and when
// (a tooltip, and words for screen readers), and reloads the list beside the text when a
// suggestion appears or goes that the page does not know about yet (someone else's, live).
import { useEffect, useRef } from "react";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $suggestionSummaries } from "@coproduce/editor";
import { useRevalidator } from "react-router";
import { formatDateTime } from "../../lib/labels";
import type { SuggestionList } from "./types";

export function SuggestionMarksPlugin({ list }: { list: SuggestionList }) {
  const [editor] = useLexicalComposerContext();
  const { revalidate } = useRevalidator();
  const known = list.pending.map((suggestion) => suggestion.id).join(" ");
  const listRef = useRef(list);
  useEffect(() => {
    listRef.current = list;
  });

  useEffect(() => {
    let timer: number | null = null;
    const decorate = () => {
      const inText = editor.getEditorState().read(() => $suggestionSummaries());
      const byId = new Map(
        listRef.current.pending.map((suggestion) => [suggestion.id, suggestion]),
      );
      const root = editor.getRootElement();
      for (const element of root?.querySelectorAll<HTMLElement>("[data-suggestion-id]") ?? []) {
        const known = byId.get(element.dataset.suggestionId ?? "");
        const what = element.tagName === "DEL" ? "Suggested deletion" : "Suggested insertion";
        const who = known
          ? `${known.author.name}${known.author.stakeholderGroup ? ` (${known.author.stakeholderGroup})` : ""}`
          : "someone";
        const when = known?.suggestedAt ? `, ${formatDateTime(known.suggestedAt)}` : "";
        element.title = `${what} by ${who}${when}`;
      }
      const ids = inText.map((suggestion) => suggestion.suggestionId).join(" ");
      if (ids !== known) {
        // Wait for a pause in typing: one reload per burst of keystrokes.
        if (timer !== null) window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          timer = null;
          revalidate();
        }, 600);
      }
    };
    decorate();
    const stop = editor.registerUpdateListener(decorate);
    return () => {
      stop();
      if (timer !== null) window.clearTimeout(timer);
    };
    // A new list re-runs this too: if the server had not caught up yet, ask again after a pause.
  }, [editor, known, list, revalidate]);
  return null;
}
