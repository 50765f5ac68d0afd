// What one suggestion proposes, in the list: words to add or remove, or a paragraph break to
// add ("New paragraph") or remove ("Join paragraphs"), shown with the words after the break so
// people can find it in the text.
import type { PendingSuggestion } from "./types";

type Kind = PendingSuggestion["kind"];

const KIND_NAMES: Record<Kind, string> = {
  insert: "Add",
  delete: "Remove",
  split: "New paragraph",
  join: "Join paragraphs",
};

/** Words for a screen reader or a heading: "Add: that is", "New paragraph before: to home." */
export function suggestionLabel({ kind, text }: { kind: Kind; text: string }): string {
  if (kind === "split" || kind === "join") {
    return text.trim() ? `${KIND_NAMES[kind]} before: ${text.trim()}` : KIND_NAMES[kind];
  }
  return `${KIND_NAMES[kind]}: ${text}`;
}

/** In a sentence: "Add “that is”", "Join paragraphs before “Every day.”" */
export function suggestionInWords({ kind, text }: { kind: Kind; text: string }): string {
  if ((kind === "split" || kind === "join") && !text.trim()) return KIND_NAMES[kind];
  const before = kind === "split" || kind === "join" ? " before" : "";
  return `${KIND_NAMES[kind]}${before} “${before ? text.trim() : text}”`;
}

export function SuggestionWords({ kind, text }: { kind: Kind; text: string }) {
  return (
    <>
      <span className="suggestion-kind">{KIND_NAMES[kind]}</span>{" "}
      {kind === "insert" ? (
        <ins>{text}</ins>
      ) : kind === "delete" ? (
        <del>{text}</del>
      ) : text.trim() ? (
        <span className="suggestion-break-context">before “{text.trim()}”</span>
      ) : null}
    </>
  );
}
