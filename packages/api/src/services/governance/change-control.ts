// Change control on agreed sections. Marking a section agreed records its text as the agreed
// text; any later change to the text (not a comment, not a title) moves it back to in review,
// and only its owner or an admin may mark it agreed again, saying what was decided.
import { TRPCError } from "@trpc/server";
import type { Db, Role, SectionStatus } from "@coproduce/db";
import { loadDocumentState } from "@coproduce/collab";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { currentSectionHtml } from "../publishing/current-section-html.js";
import { recordDecision } from "./decision-log.js";
import { sectionHtml } from "../section-html.js";
import { loadCoProductionRecord } from "../co-production/record.js";

const STATUS_NAMES: Record<SectionStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  agreed: "Agreed",
};

interface Actor {
  id: string;
  role: Role;
}

interface SectionRow {
  id: string;
  title: string;
  status: string;
  ownerId: string | null;
  plainText: string;
  html: string;
}

/** Whether this person may mark the section agreed: its owner, or an admin. */
export function mayAgree(actor: Actor, section: { ownerId: string | null }): boolean {
  return actor.role === "admin" || (section.ownerId !== null && section.ownerId === actor.id);
}

export async function setSectionStatus(
  db: Db,
  input: {
    programmeId: string;
    section: SectionRow;
    status: SectionStatus;
    decision: string;
    actor: Actor;
    /**
     * The person ticked that they have considered that no service user and no carer had any
     * part in the section: agreeing such a section needs it (docs/decisions/0018).
     */
    consideredWithoutLivedExperience?: boolean;
  },
) {
  const { section, status, actor } = input;
  if (section.status === status) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `This section is already ${STATUS_NAMES[status].toLowerCase()}.`,
    });
  }
  if (status === "agreed") {
    if (!mayAgree(actor, section)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "Only the section's owner or an admin can mark it agreed.",
      });
    }
    if (!input.decision) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Say what was decided, so the decision log records why it is agreed.",
      });
    }
  }
  const withoutLivedExperience =
    status === "agreed" &&
    !(await loadCoProductionRecord(db, input.programmeId, section.id)).livedExperience;
  if (withoutLivedExperience && !input.consideredWithoutLivedExperience) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message:
        "No service user and no carer had any part in this section. Tick the box to say you have considered this, then mark it agreed.",
    });
  }
  // The text as it stands now, from the durable log (edits not yet settled included).
  const agreedHtml =
    status === "agreed"
      ? currentSectionHtml(section, await loadDocumentState(db, sectionDocumentName(section.id)))
      : undefined;
  const from = STATUS_NAMES[section.status as SectionStatus] ?? section.status;
  const summary =
    `"${section.title}" moved from ${from} to ${STATUS_NAMES[status]}.` +
    (input.decision ? ` Decision: ${input.decision}` : "") +
    (withoutLivedExperience
      ? " No service user or carer had a part in it; this was considered before agreeing."
      : "");
  return db.$transaction(async (tx) => {
    // Only from the status this person saw: two people changing it at once do not both win.
    const { count } = await tx.section.updateMany({
      where: { id: section.id, status: section.status },
      data: { status, ...(agreedHtml === undefined ? {} : { agreedHtml }) },
    });
    if (count === 0) {
      throw new TRPCError({
        code: "CONFLICT",
        message:
          "Someone changed this section's status a moment ago. Reload the page and try again.",
      });
    }
    await recordDecision(tx, {
      kind: "status_changed",
      programmeId: input.programmeId,
      sectionId: section.id,
      actorId: actor.id,
      summary,
    });
    return { id: section.id, status };
  });
}

/**
 * For a section agreed without a recorded agreed text (made agreed directly in the database, as
 * the demo data is): its text as last stored, before a new change is rendered over it, is the
 * agreed text. Call before rendering a settled change.
 */
export async function recordMissingAgreedText(db: Db, sectionId: string) {
  const section = await db.section.findUnique({
    where: { id: sectionId },
    select: { status: true, agreedHtml: true, plainText: true, html: true },
  });
  if (!section || section.status !== "agreed" || section.agreedHtml !== null) return;
  await db.section.updateMany({
    where: { id: sectionId, status: "agreed", agreedHtml: null },
    data: { agreedHtml: sectionHtml(section) },
  });
}

/**
 * Called with a section's freshly rendered HTML whenever its live text settles: if the section
 * is agreed and its text is no longer the agreed text, it goes back to in review and the log
 * says so. Returns whether it moved.
 */
export async function holdChangedAgreedSection(
  db: Db,
  sectionId: string,
  html: string,
  changedById: string | null,
): Promise<boolean> {
  const section = await db.section.findUnique({
    where: { id: sectionId },
    select: {
      status: true,
      title: true,
      agreedHtml: true,
      document: { select: { toolbox: { select: { programmeId: true } } } },
    },
  });
  if (!section || section.status !== "agreed") return false;
  if (section.agreedHtml === null) return false;
  if (section.agreedHtml === html) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.section.updateMany({
      where: { id: sectionId, status: "agreed", agreedHtml: section.agreedHtml },
      data: { status: "in_review" },
    });
    if (count === 0) return false;
    await recordDecision(tx, {
      kind: "status_changed",
      programmeId: section.document.toolbox.programmeId,
      sectionId,
      actorId: null,
      subjectPersonId: changedById,
      summary: `"${section.title}" changed after it was agreed, so it moved from Agreed to In review.`,
    });
    return true;
  });
}
