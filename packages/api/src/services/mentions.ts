// Mentions in comments become in-app notifications and emails, only ever for members of the
// programme (an id of anyone else is ignored) and never for the person writing.
import type { Db } from "@coproduce/db";
import { sendMessages } from "./mail/queue.js";

export async function notifyMentioned(
  db: Db,
  options: {
    programmeId: string;
    programmeSlug: string;
    actor: { id: string; name: string };
    mentionedUserIds: string[];
    section: { id: string; title: string };
    threadId: string;
  },
): Promise<number> {
  const wanted = [...new Set(options.mentionedUserIds)].filter((id) => id !== options.actor.id);
  if (wanted.length === 0) return 0;
  const members = await db.membership.findMany({
    where: { programmeId: options.programmeId, userId: { in: wanted } },
    select: { userId: true, user: { select: { email: true } } },
  });
  if (members.length === 0) return 0;
  const link = `/p/${options.programmeSlug}/toolbox/${options.section.id}#thread-${options.threadId}`;
  const text = `${options.actor.name} mentioned you in a comment on “${options.section.title}”`;
  await db.notification.createMany({
    data: members.map((member) => ({
      userId: member.userId,
      programmeId: options.programmeId,
      kind: "mention",
      actorId: options.actor.id,
      text,
      link,
    })),
  });
  await sendMessages(
    db,
    members.map((member) => ({
      to: member.user.email,
      subject: text,
      body: `${text}. Open the comment to read it and reply.`,
      link,
    })),
  );
  return members.length;
}
