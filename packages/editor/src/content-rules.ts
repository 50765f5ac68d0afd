// What a section's text may hold, enforced in the editor before a change reaches the shared
// document: no inline styles (nothing in our toolbar makes one, but a paste from another Lexical
// editor or a web page can carry them), links only to web pages and email addresses (others
// keep their words), opening in the same tab or a new one, with rel "noopener noreferrer". The
// server refuses any change that breaks these rules (headless/section-update-rules.ts), so the
// editor must never send one.
import { AutoLinkNode, LinkNode } from "@lexical/link";
import { $isElementNode, TextNode, type ElementNode, type LexicalEditor } from "lexical";
import { isSafeLinkUrl } from "./links.js";

const LINK_REL = "noopener noreferrer";

function $applyLinkRules(link: LinkNode) {
  if (!isSafeLinkUrl(link.getURL())) {
    for (const child of link.getChildren()) link.insertBefore(child);
    link.remove();
    return;
  }
  const target = link.getTarget();
  if (target !== null && target !== "_blank") link.setTarget(null);
  const rel = link.getRel();
  if (rel !== null && rel !== LINK_REL) link.setRel(LINK_REL);
}

function $clearTextStyle(element: ElementNode) {
  if (element.getTextStyle() !== "") element.setTextStyle("");
}

/** Registers the rules on `editor`; returns the function that removes them. */
export function registerContentRules(editor: LexicalEditor): () => void {
  const removers = [
    editor.registerNodeTransform(TextNode, (node) => {
      if (node.getStyle() !== "") node.setStyle("");
      const parent = node.getParent();
      if ($isElementNode(parent)) $clearTextStyle(parent);
    }),
    editor.registerNodeTransform(LinkNode, $applyLinkRules),
    editor.registerNodeTransform(AutoLinkNode, $applyLinkRules),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
