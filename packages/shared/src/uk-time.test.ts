import { describe, expect, it } from "vitest";
import {
  formatUkDay,
  formatUkTime,
  parseUkDateTime,
  ukDateTimeInputValue,
  ukIsoDay,
} from "./uk-time.js";

const instant = (value: string) => {
  const result = parseUkDateTime(value);
  if (!result.ok) throw new Error(`${value}: ${result.reason}`);
  return result.date.toISOString();
};

describe("UK time", () => {
  it("reads a summer time as BST (UTC+1)", () => {
    expect(instant("2026-06-01T10:00")).toBe("2026-06-01T09:00:00.000Z");
    expect(formatUkTime("2026-06-01T09:00:00Z")).toBe("10:00");
    expect(ukDateTimeInputValue("2026-06-01T09:00:00Z")).toBe("2026-06-01T10:00");
  });

  it("reads a winter time as GMT (UTC+0)", () => {
    expect(instant("2026-01-15T10:00")).toBe("2026-01-15T10:00:00.000Z");
    expect(formatUkTime("2026-01-15T10:00:00Z")).toBe("10:00");
    expect(ukDateTimeInputValue("2026-01-15T10:00:00Z")).toBe("2026-01-15T10:00");
  });

  it("shows the UK day, which can differ from the UTC day", () => {
    expect(formatUkDay("2026-06-01T23:30:00Z")).toBe("Tue, 2 June 2026");
    expect(ukIsoDay("2026-06-01T23:30:00Z")).toBe("2026-06-02");
  });

  it("handles the day the clocks go forward (29 March 2026)", () => {
    expect(instant("2026-03-29T00:30")).toBe("2026-03-29T00:30:00.000Z");
    // 1:00–2:00 does not happen that night.
    expect(parseUkDateTime("2026-03-29T01:30")).toEqual({ ok: false, reason: "skipped" });
    expect(instant("2026-03-29T02:30")).toBe("2026-03-29T01:30:00.000Z");
    expect(formatUkTime("2026-03-29T00:59:00Z")).toBe("00:59");
    expect(formatUkTime("2026-03-29T01:00:00Z")).toBe("02:00");
  });

  it("handles the day the clocks go back (25 October 2026), taking the first 1:30", () => {
    expect(instant("2026-10-25T00:30")).toBe("2026-10-24T23:30:00.000Z");
    expect(instant("2026-10-25T01:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(instant("2026-10-25T02:30")).toBe("2026-10-25T02:30:00.000Z");
    expect(ukDateTimeInputValue("2026-10-25T01:30:00Z")).toBe("2026-10-25T01:30");
  });

  it("takes a value with its own zone as that instant", () => {
    expect(instant("2026-06-01T10:00:00Z")).toBe("2026-06-01T10:00:00.000Z");
    expect(instant("2026-06-01T10:00:00+01:00")).toBe("2026-06-01T09:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    for (const bad of ["", "soon", "2026-06-31T10:00", "2026-13-01T10:00", "2026-06-01T24:00"]) {
      expect(parseUkDateTime(bad)).toEqual({ ok: false, reason: "invalid" });
    }
  });
});
