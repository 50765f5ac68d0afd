// A remote change deletes a text node's map and its first letters but leaves the rest of its
// text: what happens, for a moment, while someone else joins, splits or formats concurrently
// (found by the fuzz test, seeds 1104 and 1149; docs/decisions/0003). The binding then deletes
// the left-over text, as it has no node to show it in. It used to delete at the offset inside
// the node instead of the node's place in the paragraph, and it applied its own deletion to its
// tree a second time, so the screen dropped the neighbouring nodes that the document kept.
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";

function paragraphOf(peer: CollabPeer): Y.XmlText {
  const [first] = peer.binding.root.getSharedType().toDelta() as Array<{ insert: unknown }>;
  if (!(first?.insert instanceof Y.XmlText)) throw new Error("no paragraph");
  return first.insert;
}

function blocksOf(peer: CollabPeer): string[] {
  return peer.read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent()),
  );
}

/** Someone else's change, as it arrives: not this binding's own transaction. */
function remoteDelete(peer: CollabPeer, index: number, length: number): void {
  peer.doc.transact(() => paragraphOf(peer).delete(index, length), "someone else");
}

describe("text left without its text node by a remote change", () => {
  it("is dropped alone when it was the paragraph's first node", () => {
    const amira = new CollabPeer("Amira", { clientID: 1 });
    amira.change(() => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createTextNode("strong words"),
            $createTextNode(" after").toggleFormat("bold"),
          ),
        );
    });
    // The first node's map and "st".
    remoteDelete(amira, 0, 3);
    expect(blocksOf(amira)).toEqual([" after"]);
    expect(amira.reloadedContent()).toBe(amira.content());
  });

  it("is dropped alone when it followed a line break", () => {
    const amira = new CollabPeer("Amira", { clientID: 1 });
    amira.change(() => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createLineBreakNode(),
            $createTextNode("strong words"),
            $createTextNode(" after").toggleFormat("bold"),
          ),
        );
    });
    // After the line break: the text node's map and "st".
    remoteDelete(amira, 1, 3);
    expect(blocksOf(amira)).toEqual(["\n after"]);
    expect(amira.reloadedContent()).toBe(amira.content());
  });

  it("is dropped alone when the same change also deleted some of it", () => {
    const amira = new CollabPeer("Amira", { clientID: 1 });
    amira.change(() => {
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(
            $createTextNode("strong words"),
            $createTextNode(" after").toggleFormat("bold"),
          ),
        );
    });
    amira.doc.transact(() => {
      const paragraph = paragraphOf(amira);
      paragraph.delete(0, 1); // the first node's map
      paragraph.delete(2, 3); // "ong"
    }, "someone else");
    expect(blocksOf(amira)).toEqual([" after"]);
    expect(amira.reloadedContent()).toBe(amira.content());
  });
});
