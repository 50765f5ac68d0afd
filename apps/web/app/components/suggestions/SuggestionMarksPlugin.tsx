// Inside the Lexical editor: labels each suggestion in the text with who suggested it and when
// (a tooltip, and words for screen readers), marks each block whose break before it is a
// suggestion (a pilcrow ¶, see app.css), and reloads the list beside the text when a
// suggestion appears or goes that the page does not know about yet (someone else's, live).
import { useEffect, useRef } from "react";
import { useLexicalComposerContext } from "@lexical/react/LexicalComposerContext";
import { $getSuggestedBreak, $suggestedBreakBlocks, $suggestionSummaries } from "@coproduce/editor";
import { useRevalidator } from "react-router";
import { formatDateTime } from "@coproduce/shared/labels";
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
      const { inText, breaks } = editor.getEditorState().read(() => ({
        inText: $suggestionSummaries(),
        breaks: $suggestedBreakBlocks().map((block) => ({
          key: block.getKey(),
          mark: $getSuggestedBreak(block)!,
        })),
      }));
      const byId = new Map(
        listRef.current.pending.map((suggestion) => [suggestion.id, suggestion]),
      );
      const byline = (suggestionId: string) => {
        const known = byId.get(suggestionId);
        const who = known
          ? `${known.author.name}${known.author.stakeholderGroup ? ` (${known.author.stakeholderGroup})` : ""}`
          : "someone";
        const when = known?.suggestedAt ? `, ${formatDateTime(known.suggestedAt)}` : "";
        return `by ${who}${when}`;
      };
      const root = editor.getRootElement();
      for (const element of root?.querySelectorAll<HTMLElement>("[data-suggestion-id]") ?? []) {
        const what = element.tagName === "DEL" ? "Suggested deletion" : "Suggested insertion";
        element.title = `${what} ${byline(element.dataset.suggestionId ?? "")}`;
      }
      // Block elements are Lexical's: the marks are attributes, set again after every update.
      const marked = new Set<HTMLElement>();
      for (const { key, mark } of breaks) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        marked.add(element);
        const what =
          mark.kind === "join"
            ? "Suggested join with the paragraph before"
            : "Suggested new paragraph";
        element.dataset.suggestedBreak = mark.kind;
        element.dataset.suggestedBreakLabel = `${what} ${byline(mark.suggestionId)}`;
        element.title = element.dataset.suggestedBreakLabel;
      }
      for (const element of root?.querySelectorAll<HTMLElement>("[data-suggested-break]") ?? []) {
        if (marked.has(element)) continue;
        delete element.dataset.suggestedBreak;
        delete element.dataset.suggestedBreakLabel;
        element.removeAttribute("title");
      }
      const ids = inText.map((suggestion) => suggestion.suggestionId).join(" ");
      if (ids !== known) {
        // Wait for a pause in typing: one reload per burst of keystrokes.
        if (timer !== null) window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          timer = null;
          // Nothing waits for the reload: the new list arrives through the loader data.
          void revalidate();
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
