export { editorNodes, SECTION_HEADING_TAGS } from "./nodes.js";
export { editorTheme } from "./theme.js";
export { editorTransformers, HORIZONTAL_RULE } from "./transformers.js";
export { isSafeLinkUrl } from "./links.js";
export { $markTextAnchor, PREFIX_LENGTH, type TextAnchor } from "./comment-anchor.js";
export { registerContentRules } from "./content-rules.js";
