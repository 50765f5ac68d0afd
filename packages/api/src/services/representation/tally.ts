// Counting who took part, by stakeholder group and by place, against the programme's targets.
// Pure: the database reading is in participation.ts.

/**
 * The kinds of taking part that are counted. Editing and commenting count people; session
 * attendance counts attendances; feedback counts pieces.
 */
export const ACTIVITIES = [
  { key: "editing", label: "Edited the Toolbox (people)" },
  { key: "comments", label: "Commented (people)" },
  { key: "sessions", label: "Attended sessions (attendances)" },
  { key: "feedback", label: "Gave feedback (pieces)" },
] as const;
export type Activity = (typeof ACTIVITIES)[number]["key"];

export interface Participation {
  activity: Activity;
  groupKey: string | null;
  placeId: string | null;
}

export interface TallyRow {
  key: string;
  name: string;
  counts: Record<Activity, number>;
  total: number;
  /** Per cent of all participation, rounded to one decimal place. */
  share: number;
  targetPercent: number | null;
  belowTarget: boolean;
}

export const NOT_SAID = { key: "not_said", name: "Not said" } as const;

function emptyCounts(): Record<Activity, number> {
  return Object.fromEntries(ACTIVITIES.map((a) => [a.key, 0])) as Record<Activity, number>;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * One row per category (in the given order) plus "Not said" when anything is unattributed.
 * A row is below target when its share of everything is less than its target per cent.
 */
export function tally(
  participation: Participation[],
  categoryOf: (p: Participation) => string | null,
  categories: { key: string; name: string }[],
  targets: Map<string, number> = new Map(),
): TallyRow[] {
  const rows = new Map<string, TallyRow>();
  for (const category of [...categories, NOT_SAID]) {
    rows.set(category.key, {
      ...category,
      counts: emptyCounts(),
      total: 0,
      share: 0,
      targetPercent: targets.get(category.key) ?? null,
      belowTarget: false,
    });
  }
  for (const p of participation) {
    const row = rows.get(categoryOf(p) ?? NOT_SAID.key) ?? rows.get(NOT_SAID.key)!;
    row.counts[p.activity] += 1;
    row.total += 1;
  }
  const grandTotal = participation.length;
  const result = [...rows.values()].filter((row) => row.key !== NOT_SAID.key || row.total > 0);
  for (const row of result) {
    row.share = grandTotal === 0 ? 0 : round1((row.total / grandTotal) * 100);
    row.belowTarget = row.targetPercent !== null && row.share < row.targetPercent;
  }
  return result;
}
