import { describe, expect, it } from "vitest";
import { describeSlippage, isOverdue, slippageDays, slippageSummary } from "./slippage.js";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("slippage", () => {
  it("is zero when only a plan exists", () => {
    expect(slippageDays({ plannedDate: d("2025-04-01") })).toBe(0);
  });
  it("counts days from the plan to the forecast", () => {
    expect(slippageDays({ plannedDate: d("2025-04-01"), forecastDate: d("2025-05-01") })).toBe(30);
  });
  it("prefers the actual date over the forecast", () => {
    expect(
      slippageDays({
        plannedDate: d("2025-04-01"),
        forecastDate: d("2025-05-01"),
        actualDate: d("2025-03-30"),
      }),
    ).toBe(-2);
  });
  it("ignores the time of day", () => {
    expect(
      slippageDays({
        plannedDate: new Date("2025-04-01T23:00:00Z"),
        forecastDate: new Date("2025-04-02T01:00:00Z"),
      }),
    ).toBe(1);
  });
  it("describes slippage in words", () => {
    expect(describeSlippage(0)).toBe("On plan");
    expect(describeSlippage(1)).toBe("1 day late");
    expect(describeSlippage(-14)).toBe("14 days early");
  });
  it("knows when an open milestone is overdue", () => {
    expect(isOverdue({ plannedDate: d("2025-01-01") }, d("2025-02-01"))).toBe(true);
    expect(
      isOverdue({ plannedDate: d("2025-01-01"), actualDate: d("2025-03-01") }, d("2025-04-01")),
    ).toBe(false);
  });
  it("summarises slippage across milestones", () => {
    expect(
      slippageSummary([
        { plannedDate: d("2025-01-01"), forecastDate: d("2025-01-11") },
        { plannedDate: d("2025-01-01"), actualDate: d("2025-01-31") },
        { plannedDate: d("2025-01-01"), actualDate: d("2024-12-25") },
      ]),
    ).toEqual({ total: 3, slipped: 2, onPlanOrEarly: 1, worstDays: 30, meanSlipDays: 20 });
  });
});
