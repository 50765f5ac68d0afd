// Who may read and change a partnership's local version of a section. Changing it (its text,
// and starting, publishing and settling core changes) is for the partnership's own members
// whose role may edit a partnership, and for the programme's editors and admins. Everyone else
// in the programme, and the public, read it only once it is published. The collaboration
// websocket asks the same question (document-access.ts).
import { TRPCError } from "@trpc/server";
import type { Db, Role } from "@coproduce/db";
import { roleCan } from "../permissions.js";
import type { SectionWriterFacts } from "./section-writer-facts.js";

export type VariantAccess = "write" | "read" | null;

/** Whether `role` may change a partnership's local versions, for one of its members or not. */
export function roleMayChangeVariants(role: Role, partnershipMember: boolean): boolean {
  return roleCan(role, "toolbox:edit") || (roleCan(role, "partnerships:edit") && partnershipMember);
}

export async function mayChangePartnershipVariants(
  db: Db,
  role: Role,
  userId: string,
  partnershipId: string,
): Promise<boolean> {
  // Membership of the partnership matters only to a role that edits partnerships, not the toolbox.
  if (roleCan(role, "toolbox:edit")) return true;
  if (!roleCan(role, "partnerships:edit")) return false;
  const member = await db.partnershipMember.findUnique({
    where: { partnershipId_userId: { partnershipId, userId } },
    select: { userId: true },
  });
  return roleMayChangeVariants(role, member !== null);
}

export async function variantAccess(
  db: Db,
  role: Role,
  userId: string,
  variant: { partnershipId: string; status: string },
): Promise<VariantAccess> {
  if (await mayChangePartnershipVariants(db, role, userId, variant.partnershipId)) return "write";
  return variant.status === "published" ? "read" : null;
}

/**
 * For each change sent to a section's live document: if the section is a local version, why
 * the sender may no longer change it (someone taken off the partnership while connected), or
 * null. Other sections: null, their own rules apply.
 */
export function variantChangeRefusal(facts: SectionWriterFacts): string | null {
  const local = facts.localVersion;
  if (!local) return null;
  const allowed = local.role !== null && roleMayChangeVariants(local.role, local.partnershipMember);
  return allowed ? null : "You can no longer change this local version.";
}

/**
 * Refuses a draft local version to someone who may not see it, as the websocket does. Procedures
 * do not call this themselves: they find their section through findReadableSection
 * (readable-section.ts), which always asks.
 */
export async function refuseUnreadableVariant(
  db: Db,
  role: Role,
  userId: string,
  sectionId: string,
): Promise<void> {
  const variant = await db.sectionVariant.findUnique({
    where: { variantSectionId: sectionId },
    select: { partnershipId: true, status: true },
  });
  if (variant && !(await variantAccess(db, role, userId, variant))) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This local version is not published yet." });
  }
}

/**
 * Of `userIds`, the programme's members who may read the section: everyone for an ordinary
 * section, and for a draft local version only those its rule lets in. Anything that tells
 * people about a section (a mention names it and links to it) asks this first.
 */
export async function whoMayReadSection(
  db: Db,
  programmeId: string,
  sectionId: string,
  userIds: string[],
): Promise<string[]> {
  const variant = await db.sectionVariant.findUnique({
    where: { variantSectionId: sectionId },
    select: { partnershipId: true, status: true },
  });
  if (!variant) return userIds;
  const memberships = await db.membership.findMany({
    where: { programmeId, userId: { in: userIds } },
    select: { userId: true, role: true },
  });
  const readers: string[] = [];
  for (const { userId, role } of memberships) {
    if (await variantAccess(db, role as Role, userId, variant)) readers.push(userId);
  }
  return readers;
}
