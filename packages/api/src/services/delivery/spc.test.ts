import { describe, expect, it } from "vitest";
import { assuranceOf, spcChart, specialCauses, xmrLimits } from "./spc.js";

const months = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2025, i, 1)));
const series = (values: number[]) => {
  const dates = months(values.length);
  return values.map((value, i) => ({ date: dates[i]!, value }));
};
const rulesAt = (flags: { rule: string }[][], i: number) => flags[i]!.map((f) => f.rule).sort();

describe("XmR limits", () => {
  // Worked example: NIST/SEMATECH e-Handbook of Statistical Methods, section 6.3.2.2
  // "Individuals Control Charts" (https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm):
  // ten values, mean 50.81, mean moving range 1.8778, UCL 55.80 and LCL 45.82
  // (the handbook uses 3 × MR-bar / 1.128, which is 2.66 × MR-bar to two decimals).
  const nist = [49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1];

  it("matches the published worked example", () => {
    const limits = xmrLimits(nist);
    expect(limits.mean).toBeCloseTo(50.81, 2);
    expect(limits.meanMovingRange).toBeCloseTo(1.8778, 4);
    expect(limits.upperLimit).toBeCloseTo(55.8, 1);
    expect(limits.lowerLimit).toBeCloseTo(45.82, 1);
  });

  it("finds no special cause in the worked example, which the handbook calls in control", () => {
    const flags = specialCauses(nist, xmrLimits(nist));
    expect(flags.filter((f) => f.some((x) => x.rule === "outside_limits"))).toHaveLength(0);
    expect(flags.flat().filter((f) => f.rule === "shift" || f.rule === "trend")).toHaveLength(0);
  });
});

describe("special-cause rules (Making Data Count)", () => {
  it("flags a single point outside the limits", () => {
    const values = [10, 11, 10, 9, 10, 11, 10, 9, 10, 30];
    const flags = specialCauses(values, xmrLimits(values));
    expect(rulesAt(flags, 9)).toContain("outside_limits");
    expect(flags.slice(0, 9).every((f) => !f.some((x) => x.rule === "outside_limits"))).toBe(true);
  });

  it("flags a shift of 7 points on one side of the mean, but not 6", () => {
    const seven = [5, 5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9, 9];
    const limits = { mean: 7, upperLimit: 100, lowerLimit: -100 };
    const flags = specialCauses(seven, limits);
    expect(flags.every((f) => f.some((x) => x.rule === "shift"))).toBe(true);

    const six = [5, 5, 5, 5, 5, 5, 9, 9, 9, 9, 9, 9];
    const noShift = specialCauses(six, limits);
    expect(noShift.flat().some((x) => x.rule === "shift")).toBe(false);
  });

  it("breaks a shift at a point on the mean", () => {
    const values = [9, 9, 9, 7, 9, 9, 9, 9];
    const flags = specialCauses(values, { mean: 7, upperLimit: 100, lowerLimit: -100 });
    expect(flags.flat().some((x) => x.rule === "shift")).toBe(false);
  });

  it("flags a trend of 7 increasing points, but not 6", () => {
    const values = [20, 1, 2, 3, 4, 5, 6, 7, 3];
    const flags = specialCauses(values, { mean: 50, upperLimit: 1000, lowerLimit: -1000 });
    for (let i = 1; i <= 7; i++) expect(rulesAt(flags, i)).toContain("trend");
    expect(rulesAt(flags, 0)).not.toContain("trend");
    expect(rulesAt(flags, 8)).not.toContain("trend");

    const six = specialCauses([1, 2, 3, 4, 5, 6], {
      mean: 50,
      upperLimit: 1000,
      lowerLimit: -1000,
    });
    expect(six.flat().some((x) => x.rule === "trend")).toBe(false);
  });

  it("flags a decreasing trend with side low", () => {
    const values = [9, 8, 7, 6, 5, 4, 3];
    const flags = specialCauses(values, { mean: 50, upperLimit: 1000, lowerLimit: -1000 });
    expect(flags.every((f) => f.some((x) => x.rule === "trend" && x.side === "low"))).toBe(true);
  });

  it("flags two of three points beyond two thirds of the way to a limit", () => {
    // Mean 0, limits ±3: two sigma is ±2.
    const flags = specialCauses([0, 2.5, 1, 2.6, 0], { mean: 0, upperLimit: 3, lowerLimit: -3 });
    expect(rulesAt(flags, 1)).toContain("two_of_three");
    expect(rulesAt(flags, 3)).toContain("two_of_three");
    expect(rulesAt(flags, 2)).not.toContain("two_of_three");
    const apart = specialCauses([2.5, 0, 0, 2.5], { mean: 0, upperLimit: 3, lowerLimit: -3 });
    expect(apart.flat().some((x) => x.rule === "two_of_three")).toBe(false);
  });
});

describe("variation and assurance", () => {
  it("calls a fall an improvement when lower is better, and a concern when higher is", () => {
    const values = [30, 31, 29, 30, 31, 30, 29, 30, 31, 30, 5];
    expect(spcChart(series(values), "lower", null).variation).toBe("improvement");
    expect(spcChart(series(values), "higher", null).variation).toBe("concern");
  });

  it("reports common cause when the last point is not flagged", () => {
    const values = [10, 12, 11, 9, 10, 12, 11, 10];
    expect(spcChart(series(values), "higher", null).variation).toBe("common_cause");
  });

  it("compares the target with the process limits", () => {
    const limits = { upperLimit: 20, lowerLimit: 10 };
    expect(assuranceOf(8, limits, "higher")).toBe("pass");
    expect(assuranceOf(25, limits, "higher")).toBe("fail");
    expect(assuranceOf(15, limits, "higher")).toBe("hit_and_miss");
    expect(assuranceOf(25, limits, "lower")).toBe("pass");
    expect(assuranceOf(8, limits, "lower")).toBe("fail");
    expect(assuranceOf(null, limits, "lower")).toBe("no_target");
  });

  it("sorts actuals by date and needs two points", () => {
    const one = spcChart(series([4]), "higher", 5);
    expect(one.variation).toBe("not_enough_data");
    const shuffled = [
      { date: new Date(Date.UTC(2025, 2, 1)), value: 3 },
      { date: new Date(Date.UTC(2025, 0, 1)), value: 1 },
      { date: new Date(Date.UTC(2025, 1, 1)), value: 2 },
    ];
    expect(spcChart(shuffled, "higher", null).points.map((p) => p.value)).toEqual([1, 2, 3]);
  });
});
