import { describe, expect, it } from "vitest";
import {
  changedThingValue,
  feedbackTargetParam,
  parseChangedThing,
  parseFeedbackTarget,
} from "./feedback-targets";

describe("feedback targets", () => {
  it("reads back what it wrote", () => {
    for (const target of [
      { type: "section", id: "cabc" },
      { type: "partnership", id: "cdef" },
      { type: "programme" },
    ] as const) {
      expect(parseFeedbackTarget(feedbackTargetParam(target))).toEqual(target);
    }
  });

  it("takes anything else as the programme as a whole", () => {
    for (const on of [null, "", "section:", "partnership", "release:1.0", "nonsense:x"]) {
      expect(parseFeedbackTarget(on)).toEqual({ type: "programme" });
    }
  });
});

describe("what a response says changed", () => {
  it("reads back what it wrote, releases with dotted versions included", () => {
    for (const thing of [
      { type: "section", id: "cabc" },
      { type: "release", id: "1.2" },
      { type: "partnership", id: "cdef" },
    ] as const) {
      expect(parseChangedThing(changedThingValue(thing))).toEqual(thing);
    }
  });

  it("is not one of them when the kind is unknown or the id missing", () => {
    for (const value of ["", "section", "section:", "programme:x", "cabc"]) {
      expect(parseChangedThing(value)).toBeNull();
    }
  });
});
