// Someone deletes the character right after your caret while you are typing, and a third
// person, who has not seen your typing yet, types at the same spot. Your next key must still
// follow your own last one: Yjs used to hang it on the deleted character instead, so the third
// person's text landed inside your word (found by the fuzz test, seeds 1049 and 1081;
// patches/yjs+13.6.27.patch).
import { $createParagraphNode, $createTextNode, $getRoot } from "lexical";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";
import { $pointAfterCharacters } from "./collab-testing/document-text.js";
import { NETWORK_ORIGIN } from "./collab-testing/simulated-network.js";

/** Delivers everything `to` has not seen from `from`, in one message. */
function deliver(from: CollabPeer, to: CollabPeer): void {
  const missing = Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc));
  Y.applyUpdate(to.doc, missing, NETWORK_ORIGIN);
  to.settle();
}

function threePeople(text: string) {
  const amira = new CollabPeer("Amira", { clientID: 1 });
  const ben = new CollabPeer("Ben", { clientID: 2 });
  const chloe = new CollabPeer("Chloe", { clientID: 3 });
  amira.change(() => {
    $getRoot()
      .clear()
      .append($createParagraphNode().append($createTextNode(text)));
  });
  for (const other of [ben, chloe]) deliver(amira, other);
  return { amira, ben, chloe };
}

function placeAfter(peer: CollabPeer, characters: number): void {
  peer.placeCaret(peer.read(() => $pointAfterCharacters(characters)));
}

describe("typing right before a character someone else deletes", () => {
  it("keeps your typing together when a third person types at the same spot", () => {
    const { amira, ben, chloe } = threePeople("Plain words");
    placeAfter(amira, "Plain".length);
    amira.type("1");
    // Chloe deletes the space after "Plain"; Amira sees that, Ben does not yet.
    placeAfter(chloe, "Plain ".length);
    chloe.backspace();
    deliver(chloe, amira);
    amira.type("2");
    // Ben has seen neither: he types at the same spot, before the space.
    placeAfter(ben, "Plain".length);
    ben.type("x");
    for (const [from, to] of [
      [amira, ben],
      [ben, amira],
      [chloe, ben],
      [amira, chloe],
      [ben, chloe],
    ] as const)
      deliver(from, to);

    const text = amira.text();
    expect(ben.text()).toBe(text);
    expect(chloe.text()).toBe(text);
    expect(["Plain12xwords", "Plainx12words"]).toContain(text);
  });
});
