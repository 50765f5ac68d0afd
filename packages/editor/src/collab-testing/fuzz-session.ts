// A random co-editing session for the fuzz test: 3–5 headless Lexical editors bound to Yjs,
// connected by a network that delays, batches and reorders, make random edits at random carets,
// often at the very same caret. Every typed character is unique, so the checks can tell whose it
// is and where it went.
import { $createRangeSelection, $getSelection, $isRangeSelection, $setSelection } from "lexical";
import { CollabPeer } from "./collab-peer.js";
import {
  $caretIndex,
  $documentCharacters,
  $pointAfterCharacters,
  $textCaretPoints,
} from "./document-text.js";
import type { TypingRun } from "./intention-check.js";
import { $seedEveryPlace } from "./places.js";
import { SeededRandom } from "./random.js";
import { SimulatedNetwork } from "./simulated-network.js";

/** Every typed character is unique, so the check can tell whose it is and where it went. */
const FIRST_TRACKED = 0x4e00;
export const isTracked = (character: string) => (character.codePointAt(0) ?? 0) >= FIRST_TRACKED;

/**
 * What the people in a session do besides typing, moving and deleting: "formatting" also
 * makes stretches bold or plain; "structure" also splits and joins paragraphs.
 */
export type FuzzChanges = "text" | "formatting" | "structure";

interface Person {
  peer: CollabPeer;
  run: TypingRun | null;
}

export class FuzzSession {
  readonly network: SimulatedNetwork;
  readonly people: Person[];
  readonly runs: TypingRun[] = [];
  readonly deleted = new Set<string>();
  private nextCharacter = FIRST_TRACKED;
  readonly log: string[] = [];

  constructor(
    readonly random: SeededRandom,
    readonly changes: FuzzChanges,
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
    else if (roll <= 79 && this.changes === "formatting") this.toggleBold(person);
    else if (roll <= 79 && this.changes === "structure") this.changeStructure(person, roll);
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

export function runSession(seed: number, changes: FuzzChanges, steps: number) {
  const session = new FuzzSession(new SeededRandom(seed), changes);
  for (let step = 0; step < steps; step++) session.step();
  session.network.flush();
  const replay = `replay with COLLAB_FUZZ_SEED=${seed} COLLAB_FUZZ_STEPS=${steps}`;
  return { session, replay, peers: session.people.map((p) => p.peer) };
}
