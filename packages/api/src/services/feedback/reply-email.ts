// "You said, we did" by email: a person who left an email address as their contact details
// (the form asks "How can we contact you?") gets the programme's reply. A phone number or other
// contact is left for the team to use by hand.
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { sendMessage } from "../mail/queue.js";

const emailAddress = z.email();

/** The contact details as an email address, or null when they are not one. */
export function contactEmail(contact: string | null): string | null {
  const trimmed = contact?.trim() ?? "";
  return emailAddress.safeParse(trimmed).success ? trimmed : null;
}

export async function emailFeedbackReply(
  db: Db,
  feedback: {
    contact: string | null;
    name: string | null;
    targetTitle: string;
    programme: { name: string; slug: string };
  },
  response: string,
) {
  const to = contactEmail(feedback.contact);
  if (!to) return false;
  const greeting = feedback.name ? `Hello ${feedback.name}.` : "Hello.";
  await sendMessage(db, {
    to,
    subject: `${feedback.programme.name} has replied to your feedback`,
    body: `${greeting} Thank you for your feedback about “${feedback.targetTitle}”. The programme team replied:\n\n${response}`,
    link: `/feedback/${feedback.programme.slug}`,
  });
  return true;
}
