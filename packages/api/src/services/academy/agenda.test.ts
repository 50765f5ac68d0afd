import { describe, expect, it } from "vitest";
import { activityStartTimes, SESSION_TEMPLATES } from "./agenda.js";

describe("agenda", () => {
  it("starts each activity after the durations before it", () => {
    const starts = activityStartTimes(new Date("2030-01-01T10:00:00Z"), [
      { durationMinutes: 10 },
      { durationMinutes: 25 },
      { durationMinutes: 5 },
    ]);
    expect(starts.map((d) => d.toISOString().slice(11, 16))).toEqual(["10:00", "10:10", "10:35"]);
  });

  it("has an experience-based co-design template with an ideas board and a dot vote", () => {
    const kinds = SESSION_TEMPLATES.ebcd.activities.map((a) => a.kind);
    expect(kinds).toContain("ideas_board");
    expect(kinds).toContain("dot_vote");
  });
});
