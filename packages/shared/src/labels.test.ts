import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber } from "./labels.js";

describe("dates and numbers as people read them", () => {
  it("writes a date as day, short month and year, in UTC", () => {
    expect(formatDate("2026-11-29T23:30:00Z")).toBe("29 Nov 2026");
    expect(formatDate(new Date(Date.UTC(2027, 0, 1)))).toBe("1 Jan 2027");
  });

  it("says a missing or unreadable date is not set", () => {
    expect(formatDate(null)).toBe("Not set");
    expect(formatDate(undefined)).toBe("Not set");
    expect(formatDate("")).toBe("Not set");
    expect(formatDate("not a date")).toBe("Not set");
  });

  it("writes a date and time on the 24-hour clock, in UTC", () => {
    expect(formatDateTime("2026-11-29T14:05:00Z")).toBe("29 Nov 2026, 14:05");
  });

  it("groups thousands and says when a number is not known", () => {
    expect(formatNumber(2_000_000)).toBe("2,000,000");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(null)).toBe("Not known");
  });
});
