// One person makes part of a sentence bold while another is typing inside that very part.
// Lexical splits the text node at the bold's edges; the binding used to sync that by deleting
// the whole text and inserting a copy in three nodes, so the letters the typist sent meanwhile
// hung on deleted text: they were split apart, shown twice or lost. The split is now synced in
// place (only the nodes' edges move), so the typist's word stays whole where they typed it
// (docs/decisions/0003, fix 8).
import { $getRoot, $isTextNode } from "lexical";
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";
import { $pointAfterCharacters } from "./collab-testing/document-text.js";
import { threePeersOnOneParagraph } from "./collab-testing/three-peers.js";

const SENTENCE = "Tell your story once to everyone";

function toggleBold(peer: CollabPeer, start: number, end: number): void {
  peer.change(() => {
    const text = $getRoot().getAllTextNodes()[0];
    if (!$isTextNode(text)) throw new Error("no text");
    text.select(start, end).formatText("bold");
  });
}

function boldWords(peer: CollabPeer): Array<[string, boolean]> {
  return peer.read(() =>
    $getRoot()
      .getAllTextNodes()
      .map((node): [string, boolean] => [node.getTextContent(), node.hasFormat("bold")]),
  );
}

describe.each([
  { when: "the bold arrives first", boldFirst: true },
  { when: "the typing arrives first", boldFirst: false },
])("bold over words someone is typing into ($when)", ({ boldFirst }) => {
  it("keeps their word whole, where they typed it, on every screen", () => {
    const { network, people, amira, ben, chloe } = threePeersOnOneParagraph(SENTENCE, 7);

    // Ben types " whole" after "story" while Amira makes "your story once" bold.
    const afterStory = "Tell your story".length;
    ben.placeCaret(ben.read(() => $pointAfterCharacters(afterStory)));
    if (!boldFirst) ben.typeEach(" whole");
    toggleBold(amira, "Tell ".length, "Tell your story once".length);
    if (boldFirst) ben.typeEach(" whole");
    network.flush();

    const expected = "Tell your story whole once to everyone";
    for (const peer of people) {
      expect(peer.text(), `${peer.name}'s screen`).toBe(expected);
      expect(peer.content(), `${peer.name}'s document`).toBe(peer.reloadedContent());
    }
    expect(chloe.content()).toBe(amira.content());
    expect(ben.content()).toBe(amira.content());
    // The bold covers what Amira chose, and Ben's word lies inside it.
    const bold = boldWords(amira)
      .filter(([, isBold]) => isBold)
      .map(([text]) => text)
      .join("");
    expect(bold).toContain("your story");
    expect(bold).toContain("once");
  });
});
