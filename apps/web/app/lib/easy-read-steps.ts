// The pages of easy read feedback, in order, and what each page checks before moving on.
import { FEEDBACK_LIMITS } from "@coproduce/shared/vocabulary";
import type { Answers } from "./feedback-answers";

export const EASY_READ_STEPS = [
  "rating",
  "body",
  "group",
  "place",
  "name",
  "reply",
  "consent",
  "check",
] as const;
export type EasyReadStep = (typeof EASY_READ_STEPS)[number];

/** The answers asked on each page (most pages ask one, named after the page). */
export function answersOnStep(step: EasyReadStep): readonly (keyof Answers)[] {
  switch (step) {
    case "name":
      return ["name", "contact"];
    case "reply":
      return ["replyEmail"];
    case "check":
      return [];
    default:
      return [step];
  }
}

const looksLikeEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A message for the person when this page's answer cannot be used; null when it can. */
export function checkEasyReadStep(
  step: EasyReadStep,
  answers: Answers,
  allowAnonymous: boolean,
): string | null {
  switch (step) {
    case "body":
      if (answers.body.trim() === "") return "Please write something before you go on.";
      if (answers.body.length > FEEDBACK_LIMITS.body) {
        return `Please make it shorter: up to ${FEEDBACK_LIMITS.body.toLocaleString("en-GB")} letters.`;
      }
      return null;
    case "name":
      if (!allowAnonymous && answers.name.trim() === "") return "Please tell us your name.";
      return null;
    case "reply":
      if (answers.replyEmail.trim() !== "" && !looksLikeEmail.test(answers.replyEmail.trim())) {
        return "Please check the email address. It should look like name@example.org.";
      }
      return null;
    case "consent":
      return answers.consent === "yes"
        ? null
        : "Please tick the box if you agree. Then choose Next.";
    default:
      return null;
  }
}
