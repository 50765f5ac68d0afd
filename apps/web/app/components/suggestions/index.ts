export { SuggestionsPanel } from "./SuggestionsPanel";
export type { SuggestionList } from "./types";
