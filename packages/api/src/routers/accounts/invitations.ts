import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure, programmeProcedure, publicProcedure, router } from "../../trpc.js";
import { emailInput, roleInput, tokenInput } from "../../inputs.js";
import { hashToken, newToken } from "../../services/tokens.js";
import { sendMessage } from "../../services/mail/queue.js";
import { notifyPeople } from "../../services/notifications/notify.js";
import { guarded } from "../../services/guess-limit.js";
import type { Context } from "../../context.js";

export const INVITATION_DAYS = 14;

/** Unknown links count against the address's guess limit. */
async function findUsableInvitation(ctx: Context, token: string) {
  const now = ctx.now();
  const invitation = await guarded(ctx, "invitation-link", () =>
    ctx.db.invitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { programme: { select: { id: true, slug: true, name: true } } },
    }),
  );
  if (!invitation || invitation.revokedAt) {
    throw new TRPCError({ code: "NOT_FOUND", message: "This invitation is not valid." });
  }
  if (invitation.acceptedAt) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This invitation has been used already." });
  }
  if (invitation.expiresAt <= now) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This invitation has expired. Ask the programme admin for a new one.",
    });
  }
  return invitation;
}

export const invitationsRouter = router({
  list: programmeProcedure("members:manage").query(({ ctx }) =>
    ctx.db.invitation.findMany({
      where: {
        programmeId: ctx.access.programmeId,
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: ctx.now() },
      },
      select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
  ),

  create: programmeProcedure("members:manage")
    .input(z.object({ email: emailInput, role: roleInput }))
    .mutation(async ({ ctx, input }) => {
      const alreadyMember = await ctx.db.membership.findFirst({
        where: { programmeId: ctx.access.programmeId, user: { email: input.email } },
      });
      if (alreadyMember) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "This person is already in the programme. Change their role instead.",
        });
      }
      const token = newToken();
      await ctx.db.invitation.create({
        data: {
          programmeId: ctx.access.programmeId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: ctx.user.id,
          expiresAt: new Date(ctx.now().getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
        },
      });
      const programme = await ctx.db.programme.findUniqueOrThrow({
        where: { id: ctx.access.programmeId },
      });
      const link = `/invite/${token}`;
      await sendMessage(ctx.db, {
        to: input.email,
        subject: `You are invited to ${programme.name}`,
        body: `${ctx.user.name} has invited you to join ${programme.name} on Coproduce as ${input.role}. The link works for ${INVITATION_DAYS} days.`,
        link,
      });
      // Someone who already has an account also finds it in the app, and can accept it from
      // their account page without the link.
      const account = await ctx.db.user.findUnique({
        where: { email: input.email },
        select: { id: true },
      });
      if (account) {
        await notifyPeople(ctx.db, {
          programmeId: ctx.access.programmeId,
          kind: "invitation",
          actorId: ctx.user.id,
          userIds: [account.id],
          text: `${ctx.user.name} invited you to join ${programme.name} as ${input.role}`,
          link: "/account#invitations",
          ownEmail: true,
        });
      }
      // The link is shown once to the admin too, so it can be shared another way.
      return { email: input.email, role: input.role, link };
    }),

  revoke: programmeProcedure("members:manage")
    .input(z.object({ invitationId: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const { count } = await ctx.db.invitation.updateMany({
        where: { id: input.invitationId, programmeId: ctx.access.programmeId, acceptedAt: null },
        data: { revokedAt: ctx.now() },
      });
      if (count === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "That invitation was not found." });
      }
      return { revoked: true };
    }),

  /** What the invitation page shows before someone accepts. */
  preview: publicProcedure.input(z.object({ token: tokenInput })).query(async ({ ctx, input }) => {
    const invitation = await findUsableInvitation(ctx, input.token);
    return {
      programmeName: invitation.programme.name,
      email: invitation.email,
      role: invitation.role,
    };
  }),

  accept: authedProcedure
    .input(z.object({ token: tokenInput }))
    .mutation(async ({ ctx, input }) => {
      const invitation = await findUsableInvitation(ctx, input.token);
      return joinThroughInvitation(ctx, invitation);
    }),

  /** Invitations waiting for the signed-in person's email address (their account page). */
  mine: authedProcedure.query(({ ctx }) =>
    ctx.db.invitation.findMany({
      where: {
        email: ctx.user.email.toLowerCase(),
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: ctx.now() },
      },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        role: true,
        expiresAt: true,
        programme: { select: { name: true } },
        invitedBy: { select: { name: true } },
      },
    }),
  ),

  /** Accepts one of `mine` without the emailed link: being signed in as its address is proof. */
  acceptMine: authedProcedure
    .input(z.object({ invitationId: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const invitation = await ctx.db.invitation.findFirst({
        where: {
          id: input.invitationId,
          email: ctx.user.email.toLowerCase(),
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: ctx.now() },
        },
        include: { programme: { select: { id: true, slug: true, name: true } } },
      });
      if (!invitation) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "This invitation is no longer open. Ask the programme admin for a new one.",
        });
      }
      return joinThroughInvitation(ctx, invitation);
    }),
});

async function joinThroughInvitation(
  ctx: Context & { user: { id: string; email: string } },
  invitation: {
    id: string;
    email: string;
    role: string;
    programmeId: string;
    programme: { slug: string };
  },
) {
  if (invitation.email !== ctx.user.email.toLowerCase()) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `This invitation was sent to ${invitation.email}. Sign in with that email address to accept it.`,
    });
  }
  const existing = await ctx.db.membership.findUnique({
    where: { userId_programmeId: { userId: ctx.user.id, programmeId: invitation.programmeId } },
  });
  await ctx.db.$transaction([
    existing
      ? ctx.db.membership.update({ where: { id: existing.id }, data: { role: invitation.role } })
      : ctx.db.membership.create({
          data: { userId: ctx.user.id, programmeId: invitation.programmeId, role: invitation.role },
        }),
    ctx.db.invitation.update({
      where: { id: invitation.id },
      data: { acceptedAt: ctx.now(), acceptedById: ctx.user.id },
    }),
  ]);
  return { programmeSlug: invitation.programme.slug };
}
