// The co-production record: who shaped a section, for members (names included), the
// representation dashboard's sections × groups table, and the records frozen into a release.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import {
  NO_GROUP_NAME,
  loadCoProductionRecord,
  loadCoProductionRecords,
  parseFrozenRecord,
} from "../../services/co-production/record.js";
import { findReadableSection } from "../../policies/readable-section.js";

const notFound = (message: string) => new TRPCError({ code: "NOT_FOUND", message });

export const coProductionRouter = router({
  /** One section's record, live. Any section of the programme, a local variant included. */
  section: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: z.string().min(1).max(100) }))
    .query(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, { id: true });
      return loadCoProductionRecord(ctx.db, ctx.access.programmeId, section.id);
    }),

  /** Every current section against every group: how many people of each took part. */
  sections: programmeProcedure("representation:read").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const sections = await ctx.db.section.findMany({
      // The core toolkit's sections; partnerships' local versions are not part of it.
      where: { archivedAt: null, variantOf: null, document: { toolbox: { programmeId } } },
      orderBy: [{ document: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: { id: true, title: true, status: true, document: { select: { title: true } } },
    });
    const records = await loadCoProductionRecords(
      ctx.db,
      programmeId,
      sections.map((s) => s.id),
    );
    const first = records.values().next().value;
    const groups = first
      ? first.groups.map(({ key, name }) => ({ key, name }))
      : (
          await ctx.db.stakeholderGroup.findMany({
            orderBy: { sortOrder: "asc" },
            select: { key: true, name: true },
          })
        )
          .map((g) => ({ key: g.key as string | null, name: g.name }))
          .concat({ key: null, name: NO_GROUP_NAME });
    return {
      groups,
      sections: sections.map((section) => {
        const record = records.get(section.id)!;
        return {
          id: section.id,
          title: section.title,
          status: section.status,
          documentTitle: section.document.title,
          people: record.groups.map((g) => g.people),
          livedExperience: record.livedExperience,
        };
      }),
    };
  }),

  /** The records frozen into one release when it was published, names included. */
  release: programmeProcedure("toolbox:read")
    .input(z.object({ version: z.string().min(1).max(20) }))
    .query(async ({ ctx, input }) => {
      const release = await ctx.db.toolboxRelease.findFirst({
        where: { version: input.version, toolbox: { programmeId: ctx.access.programmeId } },
        select: {
          version: true,
          sections: {
            orderBy: { position: "asc" },
            select: { sectionId: true, title: true, documentTitle: true, coProduction: true },
          },
        },
      });
      if (!release) throw notFound(`We could not find release ${input.version}.`);
      return {
        version: release.version,
        sections: release.sections.map(({ coProduction, ...section }) => ({
          ...section,
          record: parseFrozenRecord(coProduction),
        })),
      };
    }),
});
