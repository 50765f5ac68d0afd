// A fuzz test of live co-editing: 3–5 headless Lexical editors bound to Yjs, connected by a
// network that delays, batches and reorders, make thousands of random edits at random carets,
// often at the very same caret. After everything has arrived, every editor must show the same
// text, nothing typed and kept may be lost, and each run of typing must stay whole and in
// order (see intention-check.ts).
//
// `npm test` runs a fixed set of seeds. To search longer: COLLAB_FUZZ_SEEDS=200 (how many
// seeds) and COLLAB_FUZZ_STEPS=2000 (steps per seed); to replay a failure:
// COLLAB_FUZZ_SEED=<the seed printed with it>.
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection } from "lexical";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { CollabPeer } from "./collab-testing/collab-peer.js";
import {
  $caretIndex,
  $documentCharacters,
  $pointAfterCharacters,
  $textCaretPoints,
} from "./collab-testing/document-text.js";
import { checkIntention, type TypingRun } from "./collab-testing/intention-check.js";
import { $seedEveryPlace } from "./collab-testing/places.js";
import { SeededRandom } from "./collab-testing/random.js";
import { SimulatedNetwork } from "./collab-testing/simulated-network.js";

const STEPS = Number(process.env.COLLAB_FUZZ_STEPS ?? 500);
const SEEDS = process.env.COLLAB_FUZZ_SEED
  ? [Number(process.env.COLLAB_FUZZ_SEED)]
  : Array.from({ length: Number(process.env.COLLAB_FUZZ_SEEDS ?? 10) }, (_, i) => 1000 + i);

/** A seed takes well under a second; longer runs (COLLAB_FUZZ_STEPS) scale with the steps. */
const TIMEOUT = 60_000 + STEPS * 50;

/** Every typed character is unique, so the check can tell whose it is and where it went. */
const FIRST_TRACKED = 0x4e00;
const isTracked = (character: string) => (character.codePointAt(0) ?? 0) >= FIRST_TRACKED;

interface Person {
  peer: CollabPeer;
  run: TypingRun | null;
}

class FuzzSession {
  readonly network: SimulatedNetwork;
  readonly people: Person[];
  readonly runs: TypingRun[] = [];
  readonly deleted = new Set<string>();
  private nextCharacter = FIRST_TRACKED;
  readonly log: string[] = [];

  constructor(
    readonly random: SeededRandom,
    /** Also split and join paragraphs and change formatting (see the note at the top). */
    readonly structure: boolean,
  ) {
    this.network = new SimulatedNetwork(random);
    const count = random.int(3, 5);
    this.people = Array.from({ length: count }, (_, i) => {
      const peer = new CollabPeer(`P${i}`, { clientID: random.int(1, 2 ** 31 - 1) });
      this.network.join(peer);
      return { peer, run: null };
    });
    (this.people[0] as Person).peer.change($seedEveryPlace);
    this.network.flush();
    for (const person of this.people) this.placeRandomly(person);
  }

  step(): void {
    const roll = this.random.int(1, 100);
    const person = this.random.pick(this.people);
    if (roll <= 50) this.type(person);
    else if (roll <= 58) this.placeRandomly(person);
    else if (roll <= 64) this.placeAtSomeoneElsesCaret(person);
    else if (roll <= 67) this.meetAtOneSpot();
    else if (roll <= 71) this.backspace(person, { joinBlocks: false });
    else if (roll <= 79 && this.structure) this.changeStructure(person, roll);
    else if (roll <= 97) this.network.deliverSome();
    else this.network.flush();
  }

  private changeStructure(person: Person, roll: number): void {
    if (roll <= 73) this.backspace(person, { joinBlocks: true });
    else if (roll <= 76) this.pressEnter(person);
    else this.toggleBold(person);
  }

  private charactersOf(peer: CollabPeer): string {
    return peer.read($documentCharacters);
  }

  private caretIndex(peer: CollabPeer): number | null {
    const caret = peer.caret();
    return caret ? peer.read(() => $caretIndex(caret)) : null;
  }

  private type(person: Person): void {
    const { peer } = person;
    const index = this.caretIndex(peer);
    if (index === null) return this.placeRandomly(person);
    const before = this.charactersOf(peer);
    // A run goes on until the person does something else, or someone deletes its last
    // character (then nobody can say where it should go on). Remote text arriving at the caret
    // does not end it: keeping the caret where the person was typing is the point.
    const last = person.run?.characters.at(-1);
    if (person.run && (last === undefined || !before.includes(last))) person.run = null;
    if (!person.run) {
      const anchor = index > 0 ? (before[index - 1] ?? null) : null;
      person.run = { id: this.runs.length, person: peer.name, characters: [], anchor };
      this.runs.push(person.run);
    }
    const character = String.fromCodePoint(this.nextCharacter++);
    peer.type(character);
    person.run.characters.push(character);
    this.log.push(`${peer.name} types ${character} at ${index}`);
  }

  private placeRandomly(person: Person): void {
    person.run = null;
    const points = person.peer.read($textCaretPoints);
    if (points.length === 0) return;
    const point = this.random.pick(points);
    person.peer.placeCaret(point);
    this.log.push(`${person.peer.name} clicks at ${person.peer.read(() => $caretIndex(point))}`);
  }

  /** Clicks where this screen shows someone else's caret, as people do to work together. */
  private placeAtSomeoneElsesCaret(person: Person): void {
    const other = this.random.pick(this.people.filter((p) => p !== person));
    const point = person.peer.remoteCaretOf(other.peer);
    if (!point) return;
    person.run = null;
    person.peer.placeCaret(point);
    this.log.push(`${person.peer.name} clicks at ${other.peer.name}'s caret`);
  }

  /** Everyone up to date, then two or more people click at exactly the same spot. */
  private meetAtOneSpot(): void {
    this.network.flush();
    const total = this.charactersOf((this.people[0] as Person).peer).length;
    const index = this.random.int(0, total);
    const meeting = this.people.filter(() => this.random.chance(0.7));
    for (const person of meeting.length >= 2 ? meeting : this.people) {
      person.run = null;
      person.peer.placeCaret(person.peer.read(() => $pointAfterCharacters(index)));
    }
    this.log.push(`${meeting.map((p) => p.peer.name).join(", ")} meet at ${index}`);
  }

  private backspace(person: Person, options: { joinBlocks: boolean }): void {
    person.run = null;
    const before = this.charactersOf(person.peer);
    person.peer.backspace(options);
    const after = new Set(this.charactersOf(person.peer));
    for (const character of before) {
      if (!after.has(character) && isTracked(character)) this.deleted.add(character);
    }
    this.log.push(`${person.peer.name} presses Backspace`);
  }

  private pressEnter(person: Person): void {
    person.run = null;
    person.peer.pressEnter();
    this.log.push(`${person.peer.name} presses Enter`);
  }

  /** Selects a short stretch after the caret and makes it bold (or plain again). */
  private toggleBold(person: Person): void {
    person.run = null;
    const { peer } = person;
    const start = this.caretIndex(peer);
    if (start === null) return;
    const total = this.charactersOf(peer).length;
    const end = Math.min(total, start + this.random.int(1, 8));
    peer.change(() => {
      const from = $pointAfterCharacters(start);
      const to = $pointAfterCharacters(end);
      const selection = $createRangeSelection();
      selection.anchor.set(from.key, from.offset, "text");
      selection.focus.set(to.key, to.offset, "text");
      $setSelection(selection);
      selection.formatText("bold");
    });
    peer.change(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) {
        const focus = selection.focus;
        selection.anchor.set(focus.key, focus.offset, focus.type);
      }
    });
    this.log.push(`${peer.name} makes ${start}–${end} bold`);
  }
}

function runSession(seed: number, structure: boolean, steps = STEPS) {
  const session = new FuzzSession(new SeededRandom(seed), structure);
  for (let step = 0; step < steps; step++) session.step();
  session.network.flush();
  const replay = `replay with COLLAB_FUZZ_SEED=${seed} COLLAB_FUZZ_STEPS=${steps}`;
  return { session, replay, peers: session.people.map((p) => p.peer) };
}

/** Every screen shows the same text, and so does a fresh editor loaded from the document. */
function expectConverged(peers: CollabPeer[], replay: string): void {
  const [first, ...others] = peers as [CollabPeer, ...CollabPeer[]];
  const text = first.text();
  for (const peer of others) expect(peer.text(), `${peer.name} differs; ${replay}`).toBe(text);
  const reloaded = new CollabPeer("reload");
  Y.applyUpdate(reloaded.doc, Y.encodeStateAsUpdate(first.doc));
  reloaded.settle();
  expect(reloaded.text(), `a reload differs; ${replay}`).toBe(text);
}

/** Each screen draws everyone else's caret where that person's own caret is. */
function expectCaretsDrawnInPlace(
  peers: CollabPeer[],
  replay: string,
  { everyCaretDrawn }: { everyCaretDrawn: boolean },
): void {
  for (const viewer of peers) {
    for (const other of peers) {
      if (viewer === other) continue;
      const own = other.caret();
      const drawn = viewer.remoteCaretOf(other);
      if (own && everyCaretDrawn) {
        expect(drawn, `${viewer.name} draws no caret for ${other.name}; ${replay}`).not.toBeNull();
      }
      if (!own || !drawn) continue;
      expect(
        viewer.read(() => $caretIndex(drawn)),
        `${viewer.name} draws ${other.name}'s caret elsewhere; ${replay}`,
      ).toBe(other.read(() => $caretIndex(own)));
    }
  }
}

describe("co-editing text under a delaying, batching, reordering network", () => {
  it.each(SEEDS)(
    "seed %i: everyone converges and every run of typing stays whole",
    { timeout: TIMEOUT },
    (seed) => {
      const { session, replay, peers } = runSession(seed, false);
      expectConverged(peers, replay);
      const characters = (peers[0] as CollabPeer).read($documentCharacters);
      const { problems } = checkIntention(characters, session.runs, session.deleted, isTracked);
      expect(
        problems.slice(0, 5),
        `${replay}; last steps:\n${session.log.slice(-30).join("\n")}`,
      ).toEqual([]);
      expectCaretsDrawnInPlace(peers, replay, { everyCaretDrawn: true });
    },
  );
});

// Seeds where the search found a fault that is not fixed yet (docs/decisions/0003): kept here so
// the suite says so, and fails as soon as one is fixed, to be moved to the passing list.
const KNOWN_TEXT_FAULTS = [1049, 1081];
const KNOWN_STRUCTURE_FAULTS = [1037, 1092];
/** The known faults were found at 500 steps a seed. */
const KNOWN_FAULT_STEPS = 500;

describe("known faults, each still reproduced by its seed", () => {
  it.fails.each(KNOWN_TEXT_FAULTS)(
    "seed %i: a run of typing is split once (typing where a stale caret was drawn)",
    { timeout: TIMEOUT },
    (seed) => {
      const { session, replay, peers } = runSession(seed, false, KNOWN_FAULT_STEPS);
      const characters = (peers[0] as CollabPeer).read($documentCharacters);
      const { problems } = checkIntention(characters, session.runs, session.deleted, isTracked);
      expect(problems, replay).toEqual([]);
    },
  );
  it.fails.each(KNOWN_STRUCTURE_FAULTS)(
    "seed %i: after concurrent splits and joins one screen differs from the document",
    { timeout: TIMEOUT },
    (seed) => {
      const { replay, peers } = runSession(seed, true, KNOWN_FAULT_STEPS);
      expectConverged(peers, replay);
    },
  );
});

// Splitting or joining paragraphs and changing formatting make Lexical's Yjs binding re-create
// the text they touch, so what someone types into that text at the same moment can move, be
// doubled or be lost (docs/decisions/0003-carets-that-keep-words-whole.md). What must still
// hold is that everyone sees the same document and nothing appears from nowhere.
describe("co-editing text and structure under the same network", () => {
  it.each(SEEDS)(
    "seed %i: everyone converges on the same document",
    { timeout: TIMEOUT },
    (seed) => {
      const { session, replay, peers } = runSession(seed, true);
      expectConverged(peers, replay);
      const characters = (peers[0] as CollabPeer).read($documentCharacters);
      const { problems } = checkIntention(characters, session.runs, session.deleted, isTracked);
      expect(
        problems.filter((p) => p.includes("from nowhere")),
        replay,
      ).toEqual([]);
      expectCaretsDrawnInPlace(peers, replay, { everyCaretDrawn: false });
    },
  );
});
