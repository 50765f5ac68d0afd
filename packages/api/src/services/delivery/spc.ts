// Statistical process control in the NHS England "Making Data Count" style: an XmR chart.
// Limits are mean ± 2.66 × the mean moving range. Special-cause rules, as set out in NHS
// England / NHS Improvement "Making Data Count: Strengthening your decisions" (2019, section
// "Using SPC rules"):
//   1. a single point outside the process limits;
//   2. a shift: a run of 7 or more consecutive points all above or all below the mean;
//   3. a trend: 7 or more consecutive points all increasing or all decreasing;
//   4. two out of three consecutive points close to a process limit (beyond two thirds of the
//      way from the mean to the limit, i.e. beyond 2 sigma) on the same side.
// Choices where the guide leaves room: a point exactly on the mean breaks a shift, and a repeated
// value breaks a trend (both conservative); limits use every point shown.
import type { BenefitDirection } from "@coproduce/db";

export type Side = "high" | "low";
export type Rule = "outside_limits" | "shift" | "trend" | "two_of_three";
export type Variation = "improvement" | "concern" | "common_cause" | "not_enough_data";
export type Assurance = "pass" | "fail" | "hit_and_miss" | "no_target" | "not_enough_data";

export interface SpcPoint {
  date: Date;
  value: number;
  /** Rules that flag this point, with the side of the mean they point to. */
  flags: { rule: Rule; side: Side }[];
  /** improvement or concern when a rule flags it, given which direction is good. */
  signal: "improvement" | "concern" | null;
}

export interface SpcResult {
  mean: number;
  meanMovingRange: number;
  upperLimit: number;
  lowerLimit: number;
  points: SpcPoint[];
  variation: Variation;
  assurance: Assurance;
  target: number | null;
}

export const SPC_MINIMUM_POINTS = 2;
const RUN = 7;

export function xmrLimits(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const meanMovingRange = ranges.length ? ranges.reduce((a, b) => a + b, 0) / ranges.length : 0;
  return {
    mean,
    meanMovingRange,
    upperLimit: mean + 2.66 * meanMovingRange,
    lowerLimit: mean - 2.66 * meanMovingRange,
  };
}

/** For each point, the special-cause rules that flag it. */
export function specialCauses(
  values: number[],
  limits: { mean: number; upperLimit: number; lowerLimit: number },
): { rule: Rule; side: Side }[][] {
  const flags: { rule: Rule; side: Side }[][] = values.map(() => []);
  const { mean, upperLimit, lowerLimit } = limits;
  values.forEach((v, i) => {
    if (v > upperLimit) flags[i]!.push({ rule: "outside_limits", side: "high" });
    if (v < lowerLimit) flags[i]!.push({ rule: "outside_limits", side: "low" });
  });

  // Shift: runs on one side of the mean.
  flagRuns(
    values.map((v) => (v > mean ? "high" : v < mean ? "low" : null)),
    RUN,
    (start, end, side) => {
      for (let i = start; i <= end; i++) flags[i]!.push({ rule: "shift", side });
    },
  );

  // Trend: RUN consecutive points each higher (or lower) than the one before. The first point of
  // the trend has no "step", so steps are counted between points: RUN points need RUN-1 steps.
  const steps = values
    .slice(1)
    .map((v, i) => (v > values[i]! ? "high" : v < values[i]! ? "low" : null));
  flagRuns(steps, RUN - 1, (start, end, side) => {
    for (let i = start; i <= end + 1; i++) flags[i]!.push({ rule: "trend", side });
  });

  // Two of three beyond two sigma (two thirds of the way to a limit), same side.
  const upperTwoSigma = mean + ((upperLimit - mean) * 2) / 3;
  const lowerTwoSigma = mean - ((mean - lowerLimit) * 2) / 3;
  for (let i = 0; i + 2 < values.length; i++) {
    for (const side of ["high", "low"] as const) {
      const window = [i, i + 1, i + 2];
      const near = window.filter((j) =>
        side === "high" ? values[j]! > upperTwoSigma : values[j]! < lowerTwoSigma,
      );
      if (near.length >= 2) {
        for (const j of near) {
          if (!flags[j]!.some((f) => f.rule === "two_of_three" && f.side === side)) {
            flags[j]!.push({ rule: "two_of_three", side });
          }
        }
      }
    }
  }
  // A point flagged twice by the same rule (overlapping runs) is listed once.
  return flags.map((list) =>
    list.filter((f, k) => list.findIndex((g) => g.rule === f.rule && g.side === f.side) === k),
  );
}

function flagRuns(
  sides: (Side | null)[],
  length: number,
  mark: (start: number, end: number, side: Side) => void,
) {
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i === sides.length || sides[i] !== sides[start]) {
      const side = sides[start];
      if (side && i - start >= length) mark(start, i - 1, side);
      start = i;
    }
  }
}

function signalFor(side: Side, direction: BenefitDirection): "improvement" | "concern" {
  return (side === "high") === (direction === "higher") ? "improvement" : "concern";
}

/** Whether the target will be met, judged by where it sits against the process limits. */
export function assuranceOf(
  target: number | null,
  limits: { upperLimit: number; lowerLimit: number },
  direction: BenefitDirection,
): Assurance {
  if (target === null) return "no_target";
  const { upperLimit, lowerLimit } = limits;
  if (direction === "higher") {
    if (target <= lowerLimit) return "pass";
    if (target > upperLimit) return "fail";
  } else {
    if (target >= upperLimit) return "pass";
    if (target < lowerLimit) return "fail";
  }
  return "hit_and_miss";
}

export function spcChart(
  actuals: { date: Date; value: number }[],
  direction: BenefitDirection,
  target: number | null,
): SpcResult {
  const sorted = [...actuals].sort((a, b) => a.date.getTime() - b.date.getTime());
  const values = sorted.map((a) => a.value);
  if (values.length < SPC_MINIMUM_POINTS) {
    const mean = values[0] ?? 0;
    return {
      mean,
      meanMovingRange: 0,
      upperLimit: mean,
      lowerLimit: mean,
      points: sorted.map((a) => ({ ...a, flags: [], signal: null })),
      variation: "not_enough_data",
      assurance: "not_enough_data",
      target,
    };
  }
  const limits = xmrLimits(values);
  const flags = specialCauses(values, limits);
  const points: SpcPoint[] = sorted.map((a, i) => {
    const pointFlags = flags[i]!;
    const first = pointFlags[0];
    return { ...a, flags: pointFlags, signal: first ? signalFor(first.side, direction) : null };
  });
  const last = points[points.length - 1]!;
  return {
    ...limits,
    points,
    variation: last.signal ?? "common_cause",
    assurance: assuranceOf(target, limits, direction),
    target,
  };
}

export const VARIATION_LABELS: Record<Variation, string> = {
  improvement: "Special cause: improvement",
  concern: "Special cause: concern",
  common_cause: "Common cause: no significant change",
  not_enough_data: "Not enough data yet",
};

export const ASSURANCE_LABELS: Record<Assurance, string> = {
  pass: "Will consistently meet the target",
  fail: "Will consistently miss the target",
  hit_and_miss: "Hit and miss: will sometimes meet the target",
  no_target: "No target set",
  not_enough_data: "Not enough data yet",
};
