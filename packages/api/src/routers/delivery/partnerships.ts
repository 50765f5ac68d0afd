import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { editablePartnershipIds, partnershipAccess } from "../../policies/partnership-access.js";
import { partnershipFields } from "../../services/delivery/schemas.js";
import { idInput } from "../../services/delivery/inputs.js";

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "partnership"
  );
}

/** A slug not yet used in the programme: the name's slug, then -2, -3, … */
export async function uniquePartnershipSlug(db: Db, programmeId: string, name: string) {
  const base = slugify(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const taken = await db.partnership.findUnique({
      where: { programmeId_slug: { programmeId, slug } },
      select: { id: true },
    });
    if (!taken) return slug;
  }
}

/** Places and organisations named in a partnership must belong to the same programme. */
export async function checkPartnershipReferences(
  db: Db,
  programmeId: string,
  fields: { placeId: string; leadOrganisationId: string | null; organisationIds: string[] },
) {
  const place = await db.place.findFirst({ where: { id: fields.placeId, programmeId } });
  if (!place) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a place from the list." });
  }
  const ids = [...new Set([...fields.organisationIds, fields.leadOrganisationId ?? ""])].filter(
    Boolean,
  );
  const found = await db.organisation.count({ where: { id: { in: ids }, programmeId } });
  if (found !== ids.length) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Choose organisations from the list.",
    });
  }
}

function partnershipData(fields: z.output<typeof partnershipFields>) {
  const { organisationIds: _organisations, ...rest } = fields;
  return rest;
}

/** Member organisations always include the lead organisation. */
function memberOrganisations(fields: z.output<typeof partnershipFields>) {
  return [...new Set([...fields.organisationIds, fields.leadOrganisationId ?? ""])].filter(Boolean);
}

export const partnershipsRouter = router({
  list: programmeProcedure("partnerships:read").query(({ ctx }) =>
    ctx.db.partnership.findMany({
      where: { programmeId: ctx.access.programmeId },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        cohort: true,
        cohortSize: true,
        careModelType: true,
        status: true,
        plannedGoLive: true,
        actualGoLive: true,
        place: { select: { name: true } },
        leadOrganisation: { select: { name: true } },
      },
    }),
  ),

  /** What the current person may do with partnerships, for showing the right controls. */
  abilities: programmeProcedure("partnerships:read").query(async ({ ctx }) => ({
    canCreate: roleCan(ctx.access.role, "partnerships:manage"),
    editable: [...(await editablePartnershipIds(ctx.db, ctx.access, ctx.user.id))],
  })),

  /** Places, organisations and programme members, for the partnership forms. */
  formOptions: programmeProcedure("partnerships:read").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [places, organisations, people] = await Promise.all([
      ctx.db.place.findMany({
        where: { programmeId },
        orderBy: { name: "asc" },
        select: { id: true, name: true, level: true },
      }),
      ctx.db.organisation.findMany({
        where: { programmeId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
      roleCan(ctx.access.role, "partnerships:manage")
        ? ctx.db.membership.findMany({
            where: { programmeId },
            orderBy: { user: { name: "asc" } },
            select: { role: true, user: { select: { id: true, name: true } } },
          })
        : Promise.resolve([]),
    ]);
    return { places, organisations, people };
  }),

  get: programmeProcedure("partnerships:read")
    .input(z.object({ partnershipId: idInput }))
    .query(async ({ ctx, input }) => {
      const access = await partnershipAccess(
        ctx.db,
        ctx.access,
        ctx.user.id,
        input.partnershipId,
        "read",
      );
      const partnership = await ctx.db.partnership.findUniqueOrThrow({
        where: { id: access.id },
        include: {
          place: { select: { id: true, name: true } },
          leadOrganisation: { select: { id: true, name: true } },
          organisations: {
            select: { organisation: { select: { id: true, name: true } } },
            orderBy: { organisation: { name: "asc" } },
          },
          members: {
            select: { user: { select: { id: true, name: true } } },
            orderBy: { user: { name: "asc" } },
          },
        },
      });
      return {
        ...partnership,
        organisations: partnership.organisations.map((o) => o.organisation),
        members: partnership.members.map((m) => m.user),
        canEdit: access.canEdit,
        canManage: roleCan(ctx.access.role, "partnerships:manage"),
      };
    }),

  create: programmeProcedure("partnerships:manage")
    .input(partnershipFields)
    .mutation(async ({ ctx, input: { programmeSlug: _slug, ...input } }) => {
      const programmeId = ctx.access.programmeId;
      await checkPartnershipReferences(ctx.db, programmeId, input);
      return ctx.db.partnership.create({
        data: {
          ...partnershipData(input),
          programmeId,
          slug: await uniquePartnershipSlug(ctx.db, programmeId, input.name),
          organisations: {
            create: memberOrganisations(input).map((organisationId) => ({ organisationId })),
          },
        },
        select: { id: true, name: true, slug: true },
      });
    }),

  update: programmeProcedure("partnerships:read")
    .input(partnershipFields.extend({ partnershipId: idInput }))
    .mutation(async ({ ctx, input }) => {
      const { partnershipId, programmeSlug: _slug, ...fields } = input;
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, partnershipId, "edit");
      await checkPartnershipReferences(ctx.db, ctx.access.programmeId, fields);
      return ctx.db.$transaction(async (tx) => {
        await tx.partnershipOrganisation.deleteMany({ where: { partnershipId } });
        return tx.partnership.update({
          where: { id: partnershipId },
          data: {
            ...partnershipData(fields),
            organisations: {
              create: memberOrganisations(fields).map((organisationId) => ({ organisationId })),
            },
          },
          select: { id: true, name: true, slug: true },
        });
      });
    }),

  addMember: programmeProcedure("partnerships:manage")
    .input(z.object({ partnershipId: idInput, userId: z.string({ error: "Choose a person." }) }))
    .mutation(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      const membership = await ctx.db.membership.findFirst({
        where: { userId: input.userId, programmeId: ctx.access.programmeId },
      });
      if (!membership) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Choose someone who is a member of this programme.",
        });
      }
      await ctx.db.partnershipMember.upsert({
        where: {
          partnershipId_userId: { partnershipId: input.partnershipId, userId: input.userId },
        },
        create: { partnershipId: input.partnershipId, userId: input.userId },
        update: {},
      });
      return { ok: true };
    }),

  removeMember: programmeProcedure("partnerships:manage")
    .input(z.object({ partnershipId: idInput, userId: idInput }))
    .mutation(async ({ ctx, input }) => {
      await partnershipAccess(ctx.db, ctx.access, ctx.user.id, input.partnershipId, "edit");
      await ctx.db.partnershipMember.deleteMany({
        where: { partnershipId: input.partnershipId, userId: input.userId },
      });
      return { ok: true };
    }),
});
