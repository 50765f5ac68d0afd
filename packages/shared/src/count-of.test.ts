import { describe, expect, it } from "vitest";
import { countOf } from "./count-of.js";

describe("countOf", () => {
  it("uses the singular word for exactly one", () => {
    expect(countOf(1, "evaluation", "evaluations")).toBe("1 evaluation");
    expect(countOf(1, "person", "people")).toBe("1 person");
  });

  it("uses the plural word for none and for more than one", () => {
    expect(countOf(0, "evaluation", "evaluations")).toBe("0 evaluations");
    expect(countOf(3, "evaluation", "evaluations")).toBe("3 evaluations");
    expect(countOf(21, "row has", "rows have")).toBe("21 rows have");
  });
});
