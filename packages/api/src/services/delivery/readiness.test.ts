import { describe, expect, it } from "vitest";
import { meanScore, readinessPercent, scoreChanges, weakest } from "./readiness.js";

const scores = (values: number[]) =>
  values.map((score, i) => ({ considerationNumber: i + 1, score }));

describe("readiness scoring", () => {
  it("maps all 1s to 0% and all 5s to 100%", () => {
    expect(readinessPercent(scores(Array(12).fill(1)))).toBe(0);
    expect(readinessPercent(scores(Array(12).fill(5)))).toBe(100);
    expect(readinessPercent(scores(Array(12).fill(3)))).toBe(50);
    expect(readinessPercent([])).toBe(0);
  });
  it("gives the mean to one decimal place", () => {
    expect(meanScore(scores([1, 2, 2]))).toBe(1.7);
  });
  it("lists the weakest considerations first, ties by number", () => {
    expect(weakest(scores([3, 1, 4, 1, 5]), 2).map((s) => s.considerationNumber)).toEqual([2, 4]);
  });
  it("shows change between assessments", () => {
    expect(scoreChanges(scores([1, 2]), scores([3, 2, 4]))).toEqual([
      { considerationNumber: 1, change: 2 },
      { considerationNumber: 2, change: 0 },
      { considerationNumber: 3, change: null },
    ]);
  });
});
