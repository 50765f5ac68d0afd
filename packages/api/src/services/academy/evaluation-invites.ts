// When a session ends, the members who took part are asked for a short evaluation: a notification
// (in the app and by email) linking to the form on the live page. Guests have no account; their live page
// shows the same form while their access lasts (two hours after the end).
import type { Db } from "@coproduce/db";
import { notifyPeople } from "../notifications/notify.js";

export async function inviteToEvaluate(
  db: Db,
  options: {
    programmeId: string;
    programmeSlug: string;
    session: { id: string; title: string };
    /** Whoever ended the session is not asked. */
    endedBy: { id: string };
  },
): Promise<number> {
  const attendees = await db.academyAttendance.findMany({
    where: { sessionId: options.session.id, userId: { not: null } },
    select: { userId: true },
  });
  const told = await notifyPeople(db, {
    programmeId: options.programmeId,
    kind: "evaluation",
    actorId: options.endedBy.id,
    userIds: attendees.map((a) => a.userId).filter((id): id is string => id !== null),
    text: `How was “${options.session.title}”? Tell us in a short evaluation.`,
    link: `/p/${options.programmeSlug}/academy/${options.session.id}/live#evaluation`,
  });
  return told.length;
}
