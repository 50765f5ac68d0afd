// What the suggestions panel shows, as the section page's loader provides it (the router's own
// answer, inferred).
import type { CallerOutputs } from "@coproduce/api";

export type SuggestionList = CallerOutputs["suggestions"]["list"];
export type PendingSuggestion = SuggestionList["pending"][number];

/** What the suggestions action answers to the panel's forms. */
export type SuggestionActionResult =
  { ok: true } | { formError: string; fieldErrors: Record<string, string | undefined> };
