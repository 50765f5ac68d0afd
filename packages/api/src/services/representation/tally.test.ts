import { describe, expect, it } from "vitest";
import { tally, type Participation } from "./tally.js";

const groups = [
  { key: "clinician", name: "Clinician" },
  { key: "carer", name: "Carer" },
  { key: "service_user", name: "Service user" },
];

describe("tally", () => {
  it("counts by category and activity, with shares and targets", () => {
    const participation: Participation[] = [
      { activity: "editing", groupKey: "clinician", placeId: null },
      { activity: "editing", groupKey: "clinician", placeId: null },
      { activity: "feedback", groupKey: "clinician", placeId: null },
      { activity: "feedback", groupKey: "carer", placeId: null },
      { activity: "feedback", groupKey: null, placeId: null },
    ];
    const rows = tally(
      participation,
      (p) => p.groupKey,
      groups,
      new Map([
        ["carer", 25],
        ["clinician", 30],
      ]),
    );
    expect(
      rows.map((r) => [r.key, r.counts.editing, r.counts.feedback, r.share, r.belowTarget]),
    ).toEqual([
      ["clinician", 2, 1, 60, false],
      ["carer", 0, 1, 20, true],
      ["service_user", 0, 0, 0, false],
      ["not_said", 0, 1, 20, false],
    ]);
  });

  it("has no 'Not said' row when everything is attributed, and no shares when nothing happened", () => {
    const rows = tally([], (p) => p.groupKey, groups, new Map([["carer", 10]]));
    expect(rows.map((r) => r.key)).toEqual(["clinician", "carer", "service_user"]);
    expect(rows.every((r) => r.share === 0)).toBe(true);
    expect(rows.find((r) => r.key === "carer")!.belowTarget).toBe(true);
  });
});
