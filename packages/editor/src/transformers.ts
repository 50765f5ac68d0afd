// Markdown transformers shared by the browser's markdown shortcuts and the server's markdown
// export: Lexical's standard set plus check lists and horizontal rules.
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from "@lexical/extension";
import {
  CHECK_LIST,
  TRANSFORMERS,
  type ElementTransformer,
  type Transformer,
} from "@lexical/markdown";

export const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? "***" : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const line = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() != null) {
      parentNode.replace(line);
    } else {
      parentNode.insertBefore(line);
    }
    line.selectNext();
  },
  type: "element",
};

// CHECK_LIST must come before the unordered list transformer ("- [ ] " also starts with "- ").
export const editorTransformers: Transformer[] = [HORIZONTAL_RULE, CHECK_LIST, ...TRANSFORMERS];
