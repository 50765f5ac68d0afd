// Server-side (and test) access to section documents: no React, no DOM, no database.
export { renderYDoc, type RenderedSection } from "./render.js";
export {
  createYDocFromPlainText,
  isYDocEmpty,
  parsePlainText,
  writePlainTextIntoYDoc,
} from "./seed.js";
export { serializedStateToHtml, escapeHtml } from "./html.js";
export { serializedStateToMarkdown, escapeMarkdownText } from "./markdown.js";
export { ROOT_NAME, createSectionHeadlessEditor, withBoundEditor } from "./collab.js";
export { updateReplacingContent } from "./replace.js";
export { commentMarkUpdate, markedTextInYDoc } from "./comment-mark.js";
export { nodePropertyRefusal, sectionUpdateRefusal } from "./section-update-rules.js";
export {
  suggestionDecisionUpdate,
  suggestionOnlyRefusal,
  suggestionsInState,
  updateFromEdit,
} from "./suggestions.js";
export { suggestionAuthorshipRefusal } from "./suggestion-authorship.js";
export type { SuggestionSummary } from "../suggestions/suggestion-changes.js";
export {
  $selectInFirstParagraph,
  suggestedBreakUpdate,
  suggestedDeletionUpdate,
  suggestedInsertionUpdate,
  suggestedJoinUpdate,
} from "./suggestion-typing.js";
