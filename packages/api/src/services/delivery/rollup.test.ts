import { describe, expect, it } from "vitest";
import { rollUpMeasures } from "./rollup.js";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("roll-up of shared measures", () => {
  it("averages partnerships per date where name and unit match, ignoring case", () => {
    const result = rollUpMeasures([
      {
        partnershipName: "B",
        name: "Emergency admissions",
        unit: "per 1,000",
        actuals: [
          { date: d("2025-01-01"), value: 10 },
          { date: d("2025-02-01"), value: 20 },
        ],
      },
      {
        partnershipName: "A",
        name: "emergency admissions ",
        unit: "Per 1,000",
        actuals: [{ date: d("2025-01-01"), value: 30 }],
      },
      {
        partnershipName: "C",
        name: "Emergency admissions",
        unit: "count",
        actuals: [{ date: d("2025-01-01"), value: 999 }],
      },
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]!.partnerships).toEqual(["A", "B"]);
    expect(result[0]!.points).toEqual([
      { date: d("2025-01-01"), mean: 20, count: 2 },
      { date: d("2025-02-01"), mean: 20, count: 1 },
    ]);
  });
  it("does not roll up a measure only one partnership records", () => {
    expect(rollUpMeasures([{ partnershipName: "A", name: "X", unit: "u", actuals: [] }])).toEqual(
      [],
    );
  });
});
