// Readiness scoring: an assessment scores each of the 12 practical considerations from 1 to 5.

export const READINESS_MIN = 1;
export const READINESS_MAX = 5;

export interface ScoreLike {
  considerationNumber: number;
  score: number;
}

/** Overall readiness as a percentage: 0% when every score is 1, 100% when every score is 5. */
export function readinessPercent(scores: ScoreLike[]): number {
  if (scores.length === 0) return 0;
  const mean = scores.reduce((a, s) => a + s.score, 0) / scores.length;
  return Math.round(((mean - READINESS_MIN) / (READINESS_MAX - READINESS_MIN)) * 100);
}

export function meanScore(scores: ScoreLike[]): number {
  if (scores.length === 0) return 0;
  return Math.round((scores.reduce((a, s) => a + s.score, 0) / scores.length) * 10) / 10;
}

/** The considerations scoring lowest (the ones to work on first), lowest first. */
export function weakest(scores: ScoreLike[], count = 3): ScoreLike[] {
  return [...scores]
    .sort((a, b) => a.score - b.score || a.considerationNumber - b.considerationNumber)
    .slice(0, count);
}

/** Change per consideration between two assessments (later minus earlier). */
export function scoreChanges(earlier: ScoreLike[], later: ScoreLike[]) {
  const before = new Map(earlier.map((s) => [s.considerationNumber, s.score]));
  return later
    .map((s) => ({
      considerationNumber: s.considerationNumber,
      change: before.has(s.considerationNumber)
        ? s.score - before.get(s.considerationNumber)!
        : null,
    }))
    .sort((a, b) => a.considerationNumber - b.considerationNumber);
}
