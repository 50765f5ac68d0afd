// The rules of a dot-voting round, checked before a vote row is written.

export interface RoundRules {
  budget: number;
  onePerNote: boolean;
  endsAt: Date | null;
  closedAt: Date | null;
}

/** Why this vote may not be cast, or null when it may. */
export function voteRefusal(
  round: RoundRules,
  /** The notes this person has already voted for in this round, one entry per vote. */
  castNoteIds: readonly string[],
  noteId: string,
  now: Date,
): string | null {
  if (round.closedAt && round.closedAt <= now) return "This voting round has closed.";
  if (round.endsAt && round.endsAt <= now) return "Time is up for this voting round.";
  if (castNoteIds.length >= round.budget) {
    return `You have used all ${round.budget} of your votes.`;
  }
  if (round.onePerNote && castNoteIds.includes(noteId)) {
    return "You can give each note only one vote in this round.";
  }
  return null;
}

export function votesLeft(round: RoundRules, castCount: number): number {
  return Math.max(0, round.budget - castCount);
}
