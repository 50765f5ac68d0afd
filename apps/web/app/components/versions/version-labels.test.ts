import { describe, expect, it } from "vitest";
import { formatDateTime } from "./version-labels";

describe("a version's date and time", () => {
  it("is UK time, like every other time in the app, in summer and in winter", () => {
    expect(formatDateTime("2026-06-01T13:05:00Z")).toBe("Mon, 1 June 2026, 14:05 UK time");
    expect(formatDateTime("2026-12-01T13:05:00Z")).toBe("Tue, 1 December 2026, 13:05 UK time");
  });
});
