export { editorNodes, SECTION_HEADING_TAGS } from "./nodes.js";
export { editorTheme } from "./theme.js";
export { editorTransformers, HORIZONTAL_RULE } from "./transformers.js";
export { isSafeLinkUrl } from "./links.js";
export { $markTextAnchor, PREFIX_LENGTH, type TextAnchor } from "./comment-anchor.js";
export { registerContentRules } from "./content-rules.js";
export {
  $createSuggestionNode,
  $isSuggestionNode,
  SuggestionNode,
  type SuggestionKind,
  type SuggestionMark,
} from "./suggestions/suggestion-node.js";
export {
  $resolveSuggestion,
  $suggestionNodes,
  $suggestedBreakBlocks,
  $suggestionSummaries,
  type SuggestionSummary,
} from "./suggestions/suggestion-changes.js";
export {
  COMPOSITION_PLACEHOLDER,
  $dropCompositionPlaceholders,
  $prepareCompositionAsSuggestion,
  $suggestDeletion,
  $suggestInsertText,
  $suggestParagraphBreak,
  type Suggester,
} from "./suggestions/suggestion-editing.js";
export {
  $getSuggestedBreak,
  suggestedBreakState,
  type BreakKind,
  type BreakMark,
} from "./suggestions/suggested-break.js";
