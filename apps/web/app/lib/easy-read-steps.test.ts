import { describe, expect, it } from "vitest";
import { ANSWER_FIELDS, type Answers } from "./feedback-answers";
import { answersOnStep, checkEasyReadStep, EASY_READ_STEPS } from "./easy-read-steps";

const blank = Object.fromEntries(ANSWER_FIELDS.map((n) => [n, ""])) as Answers;

describe("easy read pages", () => {
  it("asks every answer on exactly one page, so none travels hidden beside its own box", () => {
    const asked = EASY_READ_STEPS.flatMap((step) => answersOnStep(step));
    expect([...asked].sort()).toEqual([...ANSWER_FIELDS].sort());
    expect(answersOnStep("name")).toEqual(["name", "contact"]);
  });

  it("accepts an empty reply address or a real one, and asks again for anything else", () => {
    expect(checkEasyReadStep("reply", blank, true)).toBeNull();
    expect(
      checkEasyReadStep("reply", { ...blank, replyEmail: "pat@example.net" }, true),
    ).toBeNull();
    expect(checkEasyReadStep("reply", { ...blank, replyEmail: "07700 900123" }, true)).toBe(
      "Please check the email address. It should look like name@example.org.",
    );
  });
});
