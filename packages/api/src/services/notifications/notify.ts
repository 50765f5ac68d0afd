// The one way anything tells people something: an in-app notification for each person, and the
// same news by email to those who keep email on (their account page). Mentions, replies to
// feedback, invitations, evaluations and suggestions to review all come through here, so a new
// kind of notification reaches email without anyone remembering to send it.
import type { Db } from "@coproduce/db";
import { sendMessages } from "../mail/queue.js";

export const NOTIFICATION_KINDS = [
  "mention",
  "feedback",
  "feedback_reply",
  "invitation",
  "review",
  "evaluation",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notice {
  programmeId: string;
  kind: NotificationKind;
  /** Who caused it; never told about their own action. */
  actorId: string | null;
  userIds: string[];
  /** One sentence, shown in the app and used as the email's subject. */
  text: string;
  /** A path on this site; the email links to it too. */
  link: string;
  /** What the email says after the sentence, e.g. "Open the comment to read it and reply." */
  emailBody?: string;
  /**
   * The caller sends its own email instead (an invitation's carries its single-use link, which
   * is never stored); the notification still shows in the app.
   */
  ownEmail?: boolean;
}

/**
 * Kinds that may reach someone who is not (or no longer) a member: an invitation goes to someone
 * not in the programme yet, and a reply to feedback to whoever gave it. Every other kind is only
 * for members, and a person who leaves the programme stops seeing them.
 */
export const ANY_ACCOUNT_KINDS: NotificationKind[] = ["invitation", "feedback_reply"];

/** The notifications a person may see: their own, for members only unless the kind says so. */
export function visibleTo(userId: string) {
  return {
    userId,
    OR: [{ programme: { memberships: { some: { userId } } } }, { kind: { in: ANY_ACCOUNT_KINDS } }],
  };
}

/** Creates the notifications and queues the emails; returns the people told. */
export async function notifyPeople(db: Db, notice: Notice): Promise<string[]> {
  const wanted = [...new Set(notice.userIds)].filter((id) => id !== notice.actorId);
  if (wanted.length === 0) return [];
  const people = await db.user.findMany({
    where: {
      id: { in: wanted },
      ...(ANY_ACCOUNT_KINDS.includes(notice.kind)
        ? {}
        : { memberships: { some: { programmeId: notice.programmeId } } }),
    },
    select: { id: true, email: true, emailNotifications: true },
  });
  if (people.length === 0) return [];
  await db.notification.createMany({
    data: people.map((person) => ({
      userId: person.id,
      programmeId: notice.programmeId,
      kind: notice.kind,
      actorId: notice.actorId,
      text: notice.text,
      link: notice.link,
    })),
  });
  const sentence = /[.?!]$/.test(notice.text) ? notice.text : `${notice.text}.`;
  const body = notice.emailBody ? `${sentence}\n\n${notice.emailBody}` : sentence;
  if (notice.ownEmail) return people.map((person) => person.id);
  await sendMessages(
    db,
    people
      .filter((person) => person.emailNotifications)
      .map((person) => ({
        to: person.email,
        subject: notice.text,
        body: `${body}\n\nYou get these emails because email notifications are on in your Coproduce account. You can turn them off on your account page.`,
        link: notice.link,
      })),
  );
  return people.map((person) => person.id);
}
