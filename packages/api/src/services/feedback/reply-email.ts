// "You said, we did", told to the person who gave the feedback. Someone who left an email
// address for the reply (the form's opt-in field) gets it by email with a private link to read
// it; someone signed in when they gave it is also told in the app (and by email if they keep
// email on). Contact details given for the team are never used for this.
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { sendMessage } from "../mail/queue.js";
import { notifyPeople } from "../notifications/notify.js";
import { hashToken, newToken } from "../tokens.js";

const emailAddress = z.email();

/** The address as a usable email address, or null when it is not one. */
export function replyAddress(value: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  return emailAddress.safeParse(trimmed).success ? trimmed : null;
}

export async function tellFeedbackAuthor(
  db: Db,
  feedback: {
    id: string;
    programmeId: string;
    replyEmail: string | null;
    authorId: string | null;
    name: string | null;
    targetTitle: string;
    moderation: string;
    programme: { name: string; slug: string };
  },
  response: string,
  actorId: string,
): Promise<{ emailed: boolean; notified: boolean }> {
  const text = `${feedback.programme.name} replied to your feedback about “${feedback.targetTitle}”`;
  const told = feedback.authorId
    ? await notifyPeople(db, {
        programmeId: feedback.programmeId,
        kind: "feedback_reply",
        actorId,
        userIds: [feedback.authorId],
        text,
        link:
          feedback.moderation === "approved"
            ? `/feedback/${feedback.programme.slug}#feedback-${feedback.id}`
            : `/feedback/${feedback.programme.slug}`,
        emailBody: response,
      })
    : [];
  const to = replyAddress(feedback.replyEmail);
  if (!to) return { emailed: false, notified: told.length > 0 };
  if (told.length > 0) {
    // The account's own email already carried it when it is the same address.
    const author = await db.user.findUnique({
      where: { id: told[0]! },
      select: { email: true, emailNotifications: true },
    });
    if (author?.emailNotifications && author.email.toLowerCase() === to.toLowerCase()) {
      return { emailed: true, notified: true };
    }
  }
  // A fresh private link each time: the first one was shown once and is not kept.
  const token = newToken();
  await db.feedback.update({
    where: { id: feedback.id },
    data: { emailTrackTokenHash: hashToken(token) },
  });
  const greeting = feedback.name ? `Hello ${feedback.name}.` : "Hello.";
  await sendMessage(db, {
    to,
    subject: `${feedback.programme.name} has replied to your feedback`,
    body: `${greeting} Thank you for your feedback about “${feedback.targetTitle}”. The programme team replied:\n\n${response}\n\nRead your feedback and the reply at this private link:`,
    link: `/feedback/track/${token}`,
  });
  return { emailed: true, notified: told.length > 0 };
}
