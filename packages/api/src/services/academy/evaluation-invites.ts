// When a session ends, the members who took part are asked for a short evaluation: an in-app
// notification linking to the form on the live page. Guests have no account; their live page
// shows the same form while their access lasts (two hours after the end).
import type { Db } from "@coproduce/db";

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
  const userIds = attendees
    .map((a) => a.userId)
    .filter((id): id is string => id !== null && id !== options.endedBy.id);
  if (userIds.length === 0) return 0;
  await db.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      programmeId: options.programmeId,
      kind: "evaluation",
      actorId: options.endedBy.id,
      text: `How was “${options.session.title}”? Tell us in a short evaluation.`,
      link: `/p/${options.programmeSlug}/academy/${options.session.id}/live#evaluation`,
    })),
  });
  return userIds.length;
}
