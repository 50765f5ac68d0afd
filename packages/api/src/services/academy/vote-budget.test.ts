import { describe, expect, it } from "vitest";
import { voteRefusal, votesLeft } from "./vote-budget.js";

const now = new Date("2030-01-01T10:00:00Z");
const rules = { budget: 3, onePerNote: false, endsAt: null, closedAt: null };

describe("vote budget", () => {
  it("allows votes up to the budget, on the same note too", () => {
    expect(voteRefusal(rules, [], "a", now)).toBeNull();
    expect(voteRefusal(rules, ["a", "a"], "a", now)).toBeNull();
  });

  it("refuses a vote over the budget", () => {
    expect(voteRefusal(rules, ["a", "b", "c"], "d", now)).toBe(
      "You have used all 3 of your votes.",
    );
  });

  it("refuses a second vote on a note under the one-vote-per-note rule", () => {
    const onePerNote = { ...rules, onePerNote: true };
    expect(voteRefusal(onePerNote, ["a"], "a", now)).toMatch(/only one vote/);
    expect(voteRefusal(onePerNote, ["a"], "b", now)).toBeNull();
  });

  it("refuses votes once the round has timed out or closed", () => {
    expect(voteRefusal({ ...rules, endsAt: now }, [], "a", now)).toMatch(/Time is up/);
    expect(voteRefusal({ ...rules, closedAt: new Date(now.getTime() - 1) }, [], "a", now)).toMatch(
      /closed/,
    );
    expect(
      voteRefusal({ ...rules, endsAt: new Date(now.getTime() + 1000) }, [], "a", now),
    ).toBeNull();
  });

  it("counts the votes left, never below zero", () => {
    expect(votesLeft(rules, 1)).toBe(2);
    expect(votesLeft(rules, 5)).toBe(0);
  });
});
