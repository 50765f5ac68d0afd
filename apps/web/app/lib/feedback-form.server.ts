// Reading the feedback forms (the standard one and easy read) into the tRPC input, and the
// "on" parameter that says what the feedback is about.
import type { Answers } from "./feedback-answers";

export type FeedbackTargetInput =
  { type: "section"; id: string } | { type: "partnership"; id: string } | { type: "programme" };

/** "section:<id>", "partnership:<id>", or anything else for the programme as a whole. */
export function parseFeedbackTarget(on: string | null): FeedbackTargetInput {
  const [type, id] = (on ?? "").split(":", 2);
  if ((type === "section" || type === "partnership") && id) return { type, id };
  return { type: "programme" };
}

export function targetParam(target: FeedbackTargetInput): string {
  return target.type === "programme" ? "programme" : `${target.type}:${target.id}`;
}

export function submissionFrom(
  programmeSlug: string,
  target: FeedbackTargetInput,
  answers: Answers,
  honeypot: string,
) {
  // One of the five faces, or none chosen.
  const rating = /^[1-5]$/.test(answers.rating ?? "") ? Number(answers.rating) : null;
  return {
    programmeSlug,
    target,
    rating,
    body: answers.body,
    name: answers.name,
    contact: answers.contact,
    replyEmail: answers.replyEmail,
    stakeholderGroupKey: answers.group || null,
    placeId: answers.place || null,
    consent: answers.consent === "yes",
    honeypot,
  };
}
