// Two people type different sentences at the same caret at the same moment: each sentence must
// stay whole, in the order it was typed, on both screens (intention), not only agree
// (convergence). Keystrokes are delivered after every key (a slow typist), every few keys, or
// only at the end (both typing flat out), in every kind of place a section has.
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";
import {
  $blockTextOf,
  $caretIn,
  $seedEveryPlace,
  CARET_AFTER,
  PLACES,
  type Place,
} from "./collab-testing/places.js";
import { SeededRandom } from "./collab-testing/random.js";
import { SimulatedNetwork } from "./collab-testing/simulated-network.js";

const SENTENCE_A = " alpha bravo charlie";
const SENTENCE_B = " delta echo foxtrot";

function twoPeople(seed = 1) {
  const network = new SimulatedNetwork(new SeededRandom(seed));
  const a = new CollabPeer("Amira", { clientID: 1 });
  const b = new CollabPeer("Ben", { clientID: 2 });
  network.join(a);
  network.join(b);
  a.change($seedEveryPlace);
  network.flush();
  return { network, a, b };
}

/** Both type their sentence key by key, alternating; the network delivers every `every` keys. */
function typeTogether(
  network: SimulatedNetwork,
  a: CollabPeer,
  b: CollabPeer,
  every: number,
): void {
  const keysA = [...SENTENCE_A];
  const keysB = [...SENTENCE_B];
  for (let i = 0; i < Math.max(keysA.length, keysB.length); i++) {
    if (keysA[i]) a.type(keysA[i] as string);
    if (keysB[i]) b.type(keysB[i] as string);
    if (every > 0 && (i + 1) % every === 0) network.flush();
  }
  network.flush();
}

const places = Object.keys(PLACES) as Place[];
const paces = [
  { name: "every key delivered (150 ms a key)", every: 1 },
  { name: "three keys a delivery (30 ms a key)", every: 3 },
  { name: "nothing delivered until both finish (0 ms a key)", every: 0 },
];

describe.each(places)("two people typing at the same caret in a %s", (place) => {
  it.each(paces)("keeps both sentences whole: $name", ({ every }) => {
    const { network, a, b } = twoPeople();
    const before = a.read(() => $blockTextOf(place));
    const withBoth = (first: string, second: string) =>
      before.replace(CARET_AFTER[place], CARET_AFTER[place] + first + second);
    a.placeCaret(a.read(() => $caretIn(place)));
    b.placeCaret(b.read(() => $caretIn(place)));
    typeTogether(network, a, b, every);

    const block = a.read(() => $blockTextOf(place));
    expect(b.read(() => $blockTextOf(place))).toBe(block);
    expect([withBoth(SENTENCE_A, SENTENCE_B), withBoth(SENTENCE_B, SENTENCE_A)]).toContain(block);
    expect(b.text()).toBe(a.text());
  });
});

describe.each(places)("undo with two people in a %s", (place) => {
  it("takes back only your own words, and redo puts them back where they were", () => {
    const { network, a, b } = twoPeople();
    const before = a.read(() => $blockTextOf(place));
    a.placeCaret(a.read(() => $caretIn(place)));
    a.endUndoStep();
    a.typeEach(SENTENCE_A);
    network.flush();
    // B carries on right after A's words, where B's screen shows A's caret.
    const atA = b.remoteCaretOf(a);
    if (!atA) throw new Error("B's screen shows no caret for A");
    b.placeCaret(atA);
    b.typeEach(SENTENCE_B);
    network.flush();
    const both = before.replace(CARET_AFTER[place], CARET_AFTER[place] + SENTENCE_A + SENTENCE_B);
    for (const peer of [a, b]) expect(peer.read(() => $blockTextOf(place))).toBe(both);

    a.undo();
    network.flush();
    const withoutA = before.replace(CARET_AFTER[place], CARET_AFTER[place] + SENTENCE_B);
    for (const peer of [a, b]) expect(peer.read(() => $blockTextOf(place))).toBe(withoutA);

    a.redo();
    network.flush();
    for (const peer of [a, b]) expect(peer.read(() => $blockTextOf(place))).toBe(both);
  });
});
