import * as Y from "yjs";
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from "lexical";
import type { CollabPeer } from "./collab-testing/collab-peer.js";

type AnyCollab = { _key: string; _children?: AnyCollab[]; _text?: string; _normalized?: boolean; _type: string; _xmlText?: Y.XmlText; _map?: Y.Map<unknown> };

export function dumpCollab(peer: CollabPeer, filter: string): string {
  const out: string[] = [];
  const visit = (node: AnyCollab, depth: number) => {
    if (node._children) {
      const texts = node._children.filter((c) => c._text !== undefined);
      const has = texts.some((c) => (c._text ?? "").includes(filter));
      if (has) {
        out.push(`${"  ".repeat(depth)}C ${node._type}#${node._key}: ${node._children.map((c) => c._text !== undefined ? `[${c._key}${c._normalized ? "N" : ""}:${c._text}]` : `<${c._type}#${c._key}>`).join("")}`);
        out.push(`${"  ".repeat(depth)}Y ${JSON.stringify(node._xmlText!.toDelta().map((d: { insert: unknown }) => typeof d.insert === "string" ? d.insert : d.insert instanceof Y.Map ? `{map ${String((d.insert as Y.Map<unknown>).get("__format"))}}` : "{el}"))}`);
      }
      for (const c of node._children) visit(c, depth + 1);
    }
  };
  visit(peer.binding.root as unknown as AnyCollab, 0);
  return out.join("\n");
}

export function dumpLexical(peer: CollabPeer, filter: string): string {
  return peer.read(() => {
    const out: string[] = [];
    const visit = (node: LexicalNode, depth: number) => {
      if ($isElementNode(node)) {
        const children = node.getChildren();
        if (children.some((c) => $isTextNode(c) && c.getTextContent().includes(filter))) {
          out.push(`${"  ".repeat(depth)}L ${node.getType()}#${node.getKey()}: ${children.map((c) => $isTextNode(c) ? `[${c.getKey()}${c.getFormat() ? "b" : ""}:${c.getTextContent()}]` : `<${c.getType()}#${c.getKey()}>`).join("")}`);
        }
        for (const c of children) visit(c, depth + 1);
      }
    };
    visit($getRoot(), 0);
    return out.join("\n");
  });
}
