// What a person would notice after everyone's edits have arrived: the same text on every
// screen, nothing anyone typed (and nobody deleted) lost or doubled, and each person's run of
// typing still whole and in the order it was typed.
//
// A run may only be split by text that was typed *inside* it: someone who put their caret
// between two of its characters, or right after one of them, may legitimately type there
// (that is where they were working). Text from anywhere else landing between a run's
// characters is the scrambling this check exists to catch.

export interface TypingRun {
  id: number;
  person: string;
  /** The characters typed, in order. Every character in a test is unique. */
  characters: string[];
  /** The character just before the caret when the run began, as the typist saw it. */
  anchor: string | null;
}

export interface IntentionReport {
  problems: string[];
}

export function checkIntention(
  finalText: string,
  runs: readonly TypingRun[],
  deleted: ReadonlySet<string>,
  isTracked: (character: string) => boolean,
): IntentionReport {
  const problems: string[] = [];
  const runOf = new Map<string, TypingRun>();
  for (const run of runs) for (const character of run.characters) runOf.set(character, run);

  const tracked = [...finalText].filter(isTracked);
  const position = new Map<string, number>();
  tracked.forEach((character, index) => {
    if (position.has(character)) problems.push(`"${character}" appears twice`);
    position.set(character, index);
  });
  for (const [character, run] of runOf) {
    const kept = !deleted.has(character);
    if (kept && !position.has(character)) {
      problems.push(`"${character}" typed by ${run.person} (run ${run.id}) was lost`);
    }
    if (!kept && position.has(character)) {
      problems.push(`"${character}" deleted but still there`);
    }
  }
  for (const character of tracked) {
    if (!runOf.has(character)) problems.push(`"${character}" appeared from nowhere`);
  }

  // Runs whose chain of anchors leads into `run`: their text may sit inside it.
  const startsInside = (inner: TypingRun, outer: TypingRun): boolean => {
    const seen = new Set<number>();
    let current: TypingRun | undefined = inner;
    while (current && current.anchor !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const anchorRun = runOf.get(current.anchor);
      if (anchorRun === outer) return true;
      current = anchorRun;
    }
    return false;
  };

  for (const run of runs) {
    const kept = run.characters.filter((c) => position.has(c));
    for (let i = 1; i < kept.length; i++) {
      const before = position.get(kept[i - 1] as string) as number;
      const after = position.get(kept[i] as string) as number;
      if (after < before) {
        problems.push(`${run.person}'s run ${run.id} is out of order at "${kept[i]}"`);
        continue;
      }
      for (let p = before + 1; p < after; p++) {
        const intruder = runOf.get(tracked[p] as string);
        if (!intruder || !startsInside(intruder, run)) {
          problems.push(
            `${run.person}'s run ${run.id} (${run.characters.join("")}) was split by ` +
              `${intruder ? `${intruder.person}'s run ${intruder.id}` : "other text"}`,
          );
          break;
        }
      }
    }
  }
  return { problems };
}
