// Roll-up of a benefit measure shared by several partnerships (same name and unit): for each
// date, the mean of the partnerships' values and how many contributed.

export interface MeasureSeries {
  partnershipName: string;
  name: string;
  unit: string;
  actuals: { date: Date; value: number }[];
}

export interface RolledUpMeasure {
  name: string;
  unit: string;
  partnerships: string[];
  points: { date: Date; mean: number; count: number }[];
}

export function measureKey(name: string, unit: string): string {
  return `${name.trim().toLowerCase()}|${unit.trim().toLowerCase()}`;
}

/** Only measures recorded by two or more partnerships are rolled up. */
export function rollUpMeasures(series: MeasureSeries[]): RolledUpMeasure[] {
  const groups = new Map<string, MeasureSeries[]>();
  for (const s of series) {
    const key = measureKey(s.name, s.unit);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const result: RolledUpMeasure[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const byDate = new Map<number, number[]>();
    for (const s of group) {
      for (const a of s.actuals) {
        const t = a.date.getTime();
        byDate.set(t, [...(byDate.get(t) ?? []), a.value]);
      }
    }
    result.push({
      name: group[0]!.name,
      unit: group[0]!.unit,
      partnerships: group.map((s) => s.partnershipName).sort(),
      points: [...byDate.entries()]
        .sort(([a], [b]) => a - b)
        .map(([t, values]) => ({
          date: new Date(t),
          mean: values.reduce((x, y) => x + y, 0) / values.length,
          count: values.length,
        })),
    });
  }
  return result.sort((a, b) => a.name.localeCompare(b.name));
}
