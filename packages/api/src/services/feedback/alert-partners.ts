// When the programme responds to feedback about a partnership's delivery model or a Toolbox
// section, the partner organisations concerned are told (in the app and by email): members of the
// partnership's organisations, or the section's owner and the owner's organisation.
import type { Db } from "@coproduce/db";
import { notifyPeople } from "../notifications/notify.js";
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus } from "@coproduce/db";

interface AlertOptions {
  programmeId: string;
  programmeSlug: string;
  actor: { id: string; name: string };
  feedback: {
    id: string;
    targetType: string;
    targetId: string | null;
    targetTitle: string;
    status: string;
    moderation: string;
  };
}

async function concernedOrganisations(db: Db, feedback: AlertOptions["feedback"]) {
  if (feedback.targetType === "partnership" && feedback.targetId) {
    const partnership = await db.partnership.findUnique({
      where: { id: feedback.targetId },
      select: { leadOrganisationId: true, organisations: { select: { organisationId: true } } },
    });
    if (!partnership) return { organisationIds: [], userIds: [] };
    const organisationIds = partnership.organisations.map((o) => o.organisationId);
    if (partnership.leadOrganisationId) organisationIds.push(partnership.leadOrganisationId);
    return { organisationIds, userIds: [] };
  }
  if (feedback.targetType === "section" && feedback.targetId) {
    const section = await db.section.findUnique({
      where: { id: feedback.targetId },
      select: { ownerId: true },
    });
    if (!section?.ownerId) return { organisationIds: [], userIds: [] };
    const owner = await db.membership.findFirst({
      where: { userId: section.ownerId },
      select: { organisationId: true },
    });
    return {
      organisationIds: owner?.organisationId ? [owner.organisationId] : [],
      userIds: [section.ownerId],
    };
  }
  return { organisationIds: [], userIds: [] };
}

/** Creates one notification per person concerned (never the responder); returns how many. */
export async function alertPartners(db: Db, options: AlertOptions): Promise<number> {
  const { organisationIds, userIds } = await concernedOrganisations(db, options.feedback);
  if (organisationIds.length === 0 && userIds.length === 0) return 0;
  const members = await db.membership.findMany({
    where: {
      programmeId: options.programmeId,
      OR: [{ organisationId: { in: organisationIds } }, { userId: { in: userIds } }],
    },
    select: { userId: true },
  });
  const status = FEEDBACK_STATUS_LABELS[options.feedback.status as FeedbackStatus] ?? "";
  // Published feedback can be read by anyone; otherwise the programme's feedback page says more.
  const link =
    options.feedback.moderation === "approved"
      ? `/feedback/${options.programmeSlug}#feedback-${options.feedback.id}`
      : `/p/${options.programmeSlug}/feedback`;
  const told = await notifyPeople(db, {
    programmeId: options.programmeId,
    kind: "feedback",
    actorId: options.actor.id,
    userIds: members.map((m) => m.userId),
    text: `${options.actor.name} responded to feedback about “${options.feedback.targetTitle}” (${status.toLowerCase()})`,
    link,
  });
  return told.length;
}
