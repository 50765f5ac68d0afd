// The answers of the feedback forms, as the forms name them.
import { field } from "./form";

/** The answers as the forms name them; every value is a string, "" when not given. */
export const ANSWER_FIELDS = [
  "rating",
  "body",
  "group",
  "place",
  "name",
  "contact",
  "replyEmail",
  "consent",
] as const;
export type Answers = Record<(typeof ANSWER_FIELDS)[number], string>;

export function readAnswers(form: FormData): Answers {
  return Object.fromEntries(ANSWER_FIELDS.map((name) => [name, field(form, name)])) as Answers;
}
