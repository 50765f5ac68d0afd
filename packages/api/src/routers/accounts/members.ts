import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { containsIgnoringCase, type Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { PERMISSIONS } from "../../permissions.js";
import { roleInput } from "../../inputs.js";

const membershipInput = z.object({ membershipId: z.string().min(1).max(100) });

async function findMembership(db: Db, programmeId: string, membershipId: string) {
  const membership = await db.membership.findFirst({ where: { id: membershipId, programmeId } });
  if (!membership) {
    throw new TRPCError({ code: "NOT_FOUND", message: "That person is not in this programme." });
  }
  return membership;
}

/** A programme must always keep at least one admin, or nobody could manage it. */
async function assertAnotherAdminRemains(db: Db, programmeId: string, membershipId: string) {
  const otherAdmins = await db.membership.count({
    where: { programmeId, role: "admin", id: { not: membershipId } },
  });
  if (otherAdmins === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This is the programme's only admin. Make someone else an admin first.",
    });
  }
}

/** How many people the @ picker offers at once. */
export const MENTION_MATCHES = 6;

export const membersRouter = router({
  /**
   * People whose name contains `query`, for the @ picker in comments: a few at a time, asked for
   * as someone types, so a section page need not carry every member's name.
   */
  /**
   * The people who may own a section (those who may edit the Toolbox), by name, with how many
   * there are in all. With `listIfAtMost`, the names come only when there are no more than
   * that: a page offers a short list or none, and sorting thousands of names for nothing cost
   * a section page several milliseconds on a large programme.
   */
  possibleOwners: programmeProcedure("members:read")
    .input(z.object({ listIfAtMost: z.number().int().min(0).max(100_000).optional() }))
    .query(async ({ ctx, input }) => {
      const where = {
        programmeId: ctx.access.programmeId,
        role: { in: [...PERMISSIONS["toolbox:edit"]] },
      };
      const total = await ctx.db.membership.count({ where });
      if (input.listIfAtMost !== undefined && total > input.listIfAtMost) {
        return { people: [], total };
      }
      const members = await ctx.db.membership.findMany({
        where,
        select: { user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
      });
      return { people: members.map((m) => ({ id: m.user.id, name: m.user.name })), total };
    }),

  mentionable: programmeProcedure("members:read")
    .input(z.object({ query: z.string().trim().max(100) }))
    .query(async ({ ctx, input }) => {
      const members = await ctx.db.membership.findMany({
        where: {
          programmeId: ctx.access.programmeId,
          ...(input.query ? { user: { name: containsIgnoringCase(ctx.db, input.query) } } : {}),
        },
        select: { user: { select: { id: true, name: true } } },
        orderBy: { user: { name: "asc" } },
        take: MENTION_MATCHES,
      });
      return members.map((m) => ({ id: m.user.id, name: m.user.name }));
    }),

  list: programmeProcedure("members:read").query(async ({ ctx }) => {
    const members = await ctx.db.membership.findMany({
      where: { programmeId: ctx.access.programmeId },
      include: {
        user: { select: { id: true, name: true, email: true } },
        stakeholderGroup: { select: { name: true } },
        organisation: { select: { name: true } },
      },
      orderBy: { user: { name: "asc" } },
    });
    const canSeeEmails = ctx.access.role === "admin";
    return members.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      // Email addresses are personal data: only admins, who manage access, see them.
      email: canSeeEmails ? m.user.email : null,
      role: m.role,
      stakeholderGroup: m.stakeholderGroup?.name ?? null,
      organisation: m.organisation?.name ?? null,
      isMe: m.user.id === ctx.user.id,
    }));
  }),

  changeRole: programmeProcedure("members:manage")
    .input(membershipInput.extend({ role: roleInput }))
    .mutation(async ({ ctx, input }) => {
      const membership = await findMembership(ctx.db, ctx.access.programmeId, input.membershipId);
      if (membership.role === "admin" && input.role !== "admin") {
        await assertAnotherAdminRemains(ctx.db, ctx.access.programmeId, membership.id);
      }
      await ctx.db.membership.update({ where: { id: membership.id }, data: { role: input.role } });
      return { membershipId: membership.id, role: input.role };
    }),

  remove: programmeProcedure("members:manage")
    .input(membershipInput)
    .mutation(async ({ ctx, input }) => {
      const membership = await findMembership(ctx.db, ctx.access.programmeId, input.membershipId);
      if (membership.role === "admin") {
        await assertAnotherAdminRemains(ctx.db, ctx.access.programmeId, membership.id);
      }
      await ctx.db.membership.delete({ where: { id: membership.id } });
      return { removed: true };
    }),
});
