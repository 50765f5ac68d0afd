// Who may open a live (Yjs) document, and whether they may change it. The collaboration
// websocket asks this for every connection, so it is the same rule as the tRPC procedures.
import type { Db, Role } from "@coproduce/db";
import { roleCan } from "../permissions.js";
import { parseDocumentName } from "@coproduce/shared/document-names";
import { variantAccess } from "./variant-access.js";

export type DocumentAccess = "write" | "read" | null;

export async function documentAccess(
  db: Db,
  userId: string,
  documentName: string,
): Promise<DocumentAccess> {
  const parsed = parseDocumentName(documentName);
  if (parsed?.kind !== "section") return null;
  const section = await db.section.findUnique({
    where: { id: parsed.sectionId },
    select: {
      archivedAt: true,
      variantOf: { select: { partnershipId: true, status: true } },
      document: { select: { toolbox: { select: { programmeId: true } } } },
    },
  });
  if (!section) return null;
  const membership = await db.membership.findUnique({
    where: {
      userId_programmeId: { userId, programmeId: section.document.toolbox.programmeId },
    },
    select: { role: true },
  });
  if (!membership) return null;
  const role = membership.role as Role;
  if (!roleCan(role, "toolbox:read")) return null;
  // A partnership's local version: its own rule (members and programme editors change it).
  if (section.variantOf) {
    const access = await variantAccess(db, role, userId, section.variantOf);
    return access === "write" && section.archivedAt ? "read" : access;
  }
  // Archived sections can still be read, never changed. People who may only suggest get a
  // writable connection too: every change they send is checked (suggest-only-rule.ts).
  return (roleCan(role, "toolbox:edit") || roleCan(role, "toolbox:suggest")) && !section.archivedAt
    ? "write"
    : "read";
}
