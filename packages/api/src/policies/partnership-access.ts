// Who may read and edit a partnership. Everyone in the programme reads every partnership.
// Admins edit every partnership; anyone else edits only a partnership they are a member of
// (PartnershipMember), and only if their programme role is not "viewer". Facilitators are
// treated like any other role here: they edit the partnerships they are made members of.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import type { ProgrammeAccess } from "../context.js";
import { roleCan } from "../permissions.js";

export async function canEditPartnership(
  db: Db,
  access: ProgrammeAccess,
  userId: string,
  partnershipId: string,
): Promise<boolean> {
  if (access.role === "admin") return true;
  if (!roleCan(access.role, "partnerships:edit")) return false;
  const member = await db.partnershipMember.findUnique({
    where: { partnershipId_userId: { partnershipId, userId } },
    select: { userId: true },
  });
  return member !== null;
}

/** The ids of partnerships in this programme the person may edit. */
export async function editablePartnershipIds(
  db: Db,
  access: ProgrammeAccess,
  userId: string,
): Promise<Set<string>> {
  if (access.role === "admin") {
    const all = await db.partnership.findMany({
      where: { programmeId: access.programmeId },
      select: { id: true },
    });
    return new Set(all.map((p) => p.id));
  }
  if (!roleCan(access.role, "partnerships:edit")) return new Set();
  const mine = await db.partnershipMember.findMany({
    where: { userId, partnership: { programmeId: access.programmeId } },
    select: { partnershipId: true },
  });
  return new Set(mine.map((m) => m.partnershipId));
}

/**
 * The partnership, if it belongs to this programme (otherwise NOT_FOUND, so ids from other
 * programmes do not leak); for "edit", also checks the person may change it (FORBIDDEN).
 */
export async function partnershipAccess(
  db: Db,
  access: ProgrammeAccess,
  userId: string,
  partnershipId: string,
  mode: "read" | "edit",
) {
  const partnership = await db.partnership.findFirst({
    where: { id: partnershipId, programmeId: access.programmeId },
    select: { id: true, name: true, slug: true },
  });
  if (!partnership) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that partnership." });
  }
  const canEdit = await canEditPartnership(db, access, userId, partnership.id);
  if (mode === "edit" && !canEdit) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only members of this partnership and admins can change it.",
    });
  }
  return { ...partnership, canEdit };
}
