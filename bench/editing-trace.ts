// A character-by-character editing trace shaped like the automerge-paper trace used by
// crdt-benchmarks and diamond-types (259,778 edits: ~182k single-character inserts and ~77k
// single-character deletes, ending near 105k characters). No npm package ships that trace, so
// this generates one of the same size and mix: runs of typing, runs of backspacing, and the
// occasional jump of the cursor elsewhere in the document. Deterministic.
import { seededRandom } from "./fixture/random.js";
import { paragraphsOfWords } from "./fixture/words.js";

/** [position, characters deleted (0 or 1), text inserted ("" or one character)] */
export type Edit = [number, number, string];

export const AUTOMERGE_PAPER_EDITS = 259_778;

export function generateEditingTrace(
  editCount: number = AUTOMERGE_PAPER_EDITS,
  seed = 260,
): Edit[] {
  const random = seededRandom(seed);
  const source = paragraphsOfWords(random, Math.ceil(editCount / 4));
  let sourceAt = 0;
  const edits: Edit[] = [];
  let length = 0;
  let cursor = 0;
  while (edits.length < editCount) {
    if (length > 0 && random.chance(0.02)) cursor = random.int(0, length);
    if (cursor > 0 && random.chance(0.5)) {
      // A run of backspaces (about 30 % of all edits end up as deletions).
      const run = Math.min(cursor, random.int(1, 8), editCount - edits.length);
      for (let i = 0; i < run; i++) {
        edits.push([cursor - 1, 1, ""]);
        cursor--;
        length--;
      }
    } else {
      const run = Math.min(random.int(1, 20), editCount - edits.length);
      for (let i = 0; i < run; i++) {
        const character = source[sourceAt++ % source.length]!;
        edits.push([cursor, 0, character === "\n" ? " " : character]);
        cursor++;
        length++;
      }
    }
  }
  return edits;
}

/** The text a trace ends with, for checking a replay. */
export function finalText(edits: Edit[]): string {
  const characters: string[] = [];
  for (const [position, deleted, inserted] of edits) {
    if (deleted) characters.splice(position, deleted);
    if (inserted) characters.splice(position, 0, inserted);
  }
  return characters.join("");
}
