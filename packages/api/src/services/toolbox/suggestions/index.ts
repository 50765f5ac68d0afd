// Suggestions in sections' text: the server's rule for suggest-only connections, the rows kept
// for each suggestion, and decisions (for the decision log: listSuggestionDecisions).
export { suggestOnlyRefusal } from "./suggest-only-rule.js";
export { recordSuggestions } from "./suggestion-records.js";
export {
  decideSuggestions,
  listSuggestionDecisions,
  type SuggestionDecision,
  type SuggestionDecisionRecord,
} from "./suggestion-decisions.js";
