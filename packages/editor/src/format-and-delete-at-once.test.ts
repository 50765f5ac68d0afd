// One person makes the first letter of some words bold while another deletes that very letter.
// Between them the letter's text node is left empty, and the binding used to lose track of
// which node is which: the next key either person typed in that paragraph went to the wrong
// node or nowhere, and their screen no longer matched the document (found by the fuzz test,
// seed 1092; docs/decisions/0003).
import { $getRoot, $isTextNode } from "lexical";
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";
import { $pointAfterCharacters } from "./collab-testing/document-text.js";
import { threePeersOnOneParagraph } from "./collab-testing/three-peers.js";

function boldFirstLetter(peer: CollabPeer): void {
  peer.change(() => {
    const text = $getRoot().getAllTextNodes()[0];
    if (!$isTextNode(text)) throw new Error("no text");
    const selection = text.select(0, 1);
    selection.formatText("bold");
  });
  peer.placeCaret(peer.read(() => $pointAfterCharacters(1)));
}

function deleteFirstLetter(peer: CollabPeer): void {
  peer.placeCaret(peer.read(() => $pointAfterCharacters(1)));
  peer.backspace();
}

describe.each([
  { order: "the deletion arrives first", deleterFirst: true },
  { order: "the formatting arrives first", deleterFirst: false },
])("bold and delete the same letter at once ($order)", ({ deleterFirst }) => {
  it("keeps every later key, on every screen and in the document", () => {
    const { network, people, amira, ben, chloe } = threePeersOnOneParagraph("Plain words");

    // Chloe receives both changes, in one order or the other.
    if (deleterFirst) {
      deleteFirstLetter(ben);
      boldFirstLetter(amira);
    } else {
      boldFirstLetter(amira);
      deleteFirstLetter(ben);
    }
    network.flush();

    const end = "lain words".length;
    for (const [peer, key] of [
      [amira, "1"],
      [ben, "2"],
      [chloe, "3"],
    ] as const) {
      peer.placeCaret(peer.read(() => $pointAfterCharacters(end)));
      peer.type(key);
      expect(peer.content(), `${peer.name}'s screen and document`).toBe(peer.reloadedContent());
    }
    network.flush();

    const content = amira.content();
    for (const peer of people) {
      expect(peer.content(), `${peer.name}'s screen`).toBe(content);
      expect(peer.reloadedContent(), `${peer.name}'s document`).toBe(content);
    }
    expect(amira.text()).toMatch(/^lain words[123]{3}$/u);
  });
});
