// Who may read and change a partnership's local version of a section. Changing it (its text,
// and starting, publishing and settling core changes) is for the partnership's own members
// whose role may edit a partnership, and for the programme's editors and admins. Everyone else
// in the programme, and the public, read it only once it is published. The collaboration
// websocket asks the same question (document-access.ts).
import type { Db, Role } from "@coproduce/db";
import { roleCan } from "../permissions.js";

export type VariantAccess = "write" | "read" | null;

export async function mayChangePartnershipVariants(
  db: Db,
  role: Role,
  userId: string,
  partnershipId: string,
): Promise<boolean> {
  if (roleCan(role, "toolbox:edit")) return true;
  if (!roleCan(role, "partnerships:edit")) return false;
  const member = await db.partnershipMember.findUnique({
    where: { partnershipId_userId: { partnershipId, userId } },
    select: { userId: true },
  });
  return member !== null;
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
