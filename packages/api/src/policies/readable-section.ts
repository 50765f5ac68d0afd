// The one door for procedures about a section named by id. It finds the section in the
// programme and refuses a draft local version to someone its partnership's rule does not let
// read it (variant-access.ts), so a new procedure cannot find a section and forget that rule.
import { TRPCError } from "@trpc/server";
import type { Db, Prisma } from "@coproduce/db";
import type { ProgrammeAccess } from "../context.js";
import { refuseUnreadableVariant } from "./variant-access.js";

export interface SectionReader {
  db: Db;
  access: ProgrammeAccess;
  user: { id: string };
  /** Checks already made in this request, by section id (Context.readableSections). */
  readableSections?: Map<string, Promise<void>>;
}

/**
 * The section `sectionId` of this programme with the fields in `select`: "not found" when it is
 * not the programme's (or archived, with `liveOnly`), "forbidden" when it is a draft local
 * version the person may not read.
 */
export async function findReadableSection<S extends Prisma.SectionSelect>(
  { db, access, user, readableSections }: SectionReader,
  sectionId: string,
  select: S,
  options: { liveOnly?: boolean } = {},
): Promise<Prisma.SectionGetPayload<{ select: S }>> {
  const section = (await db.section.findFirst({
    where: {
      id: sectionId,
      ...(options.liveOnly ? { archivedAt: null } : {}),
      document: { toolbox: { programmeId: access.programmeId } },
    },
    select,
  })) as Prisma.SectionGetPayload<{ select: S }> | null;
  if (!section) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that section." });
  }
  // A section page asks about one section through several procedures: within one request the
  // rule is checked once (a refusal is remembered too, and mutations forget both).
  let check = readableSections?.get(sectionId);
  if (!check) {
    check = refuseUnreadableVariant(db, access.role, user.id, sectionId);
    readableSections?.set(sectionId, check);
  }
  await check;
  return section;
}
