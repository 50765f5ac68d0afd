// Reading the feedback forms (the standard one and easy read) into the tRPC input (what the
// feedback is about comes from the address: @coproduce/shared/feedback-targets).
import type { FeedbackTarget } from "@coproduce/shared/feedback-targets";
import type { Answers } from "./feedback-answers";

export function submissionFrom(
  programmeSlug: string,
  target: FeedbackTarget,
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
