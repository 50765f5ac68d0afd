// Mentions in comments become notifications (in the app and by email), only ever for members of
// the programme (an id of anyone else is ignored) who may read the section (a draft local version
// is not for everyone: the notice names it), and never for the person writing.
import type { Db } from "@coproduce/db";
import { notifyPeople } from "./notifications/notify.js";
import { whoMayReadSection } from "../policies/variant-access.js";

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
  const told = await notifyPeople(db, {
    programmeId: options.programmeId,
    kind: "mention",
    actorId: options.actor.id,
    userIds: await whoMayReadSection(
      db,
      options.programmeId,
      options.section.id,
      options.mentionedUserIds,
    ),
    text: `${options.actor.name} mentioned you in a comment on “${options.section.title}”`,
    link: `/p/${options.programmeSlug}/toolbox/${options.section.id}#thread-${options.threadId}`,
    emailBody: "Open the comment to read it and reply.",
  });
  return told.length;
}
