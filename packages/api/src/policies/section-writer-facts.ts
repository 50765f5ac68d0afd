// What the server must know about the person behind each change to a section's live document,
// read in one hand-written statement. This runs for every keystroke: Prisma spent about 2.4 ms
// of CPU building and running the two statements it took (a nested relation filter and a
// lookup), one statement of our own takes about 0.2 ms (docs/decisions/0021). The SQL keeps to
// what SQLite and PostgreSQL share (quoted names, LEFT JOIN, bound values), so one text serves
// both; the api's tests run it on each.
import type { Db, Role } from "@coproduce/db";

export interface SectionWriterFacts {
  /**
   * The person's role in the programme whose toolbox holds the section; null if they are not
   * a member, or the section is archived or gone.
   */
  role: Role | null;
  /** Set when the section is a partnership's local version. */
  localVersion: {
    /** The person's role in the local version's programme, null if not a member. */
    role: Role | null;
    partnershipMember: boolean;
  } | null;
}

interface FactsRow {
  archivedAt: unknown;
  role: string | null;
  variantId: string | null;
  variantRole: string | null;
  partnershipMemberId: string | null;
}

export async function readSectionWriterFacts(
  db: Db,
  userId: string | null,
  sectionId: string,
): Promise<SectionWriterFacts> {
  // Without a person, the joins on userId match no row (NULL equals nothing).
  const rows = await db.$queryRaw<FactsRow[]>`
    SELECT s."archivedAt" AS "archivedAt", m."role" AS "role", v."id" AS "variantId",
           vm."role" AS "variantRole", pm."userId" AS "partnershipMemberId"
    FROM "Section" s
    JOIN "Document" d ON d."id" = s."documentId"
    JOIN "Toolbox" t ON t."id" = d."toolboxId"
    LEFT JOIN "Membership" m ON m."programmeId" = t."programmeId" AND m."userId" = ${userId}
    LEFT JOIN "SectionVariant" v ON v."variantSectionId" = s."id"
    LEFT JOIN "Membership" vm ON vm."programmeId" = v."programmeId" AND vm."userId" = ${userId}
    LEFT JOIN "PartnershipMember" pm
      ON pm."partnershipId" = v."partnershipId" AND pm."userId" = ${userId}
    WHERE s."id" = ${sectionId}`;
  const row = rows[0];
  if (!row) return { role: null, localVersion: null };
  return {
    role: row.archivedAt === null ? (row.role as Role | null) : null,
    localVersion:
      row.variantId === null
        ? null
        : {
            role: row.variantRole as Role | null,
            partnershipMember: row.partnershipMemberId !== null,
          },
  };
}
