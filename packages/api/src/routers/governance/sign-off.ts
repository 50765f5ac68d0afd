// Release sign-off for programme members: who the approvers are and what they said about the
// next release (everyone), naming approvers and the rule (admins), approving or objecting
// (named approvers only), and what changed since the last release, section by section.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { REVIEW_VERDICTS, SIGN_OFF_RULES, type Db } from "@coproduce/db";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { releaseContent } from "../../services/publishing/release-content.js";
import { latestRelease } from "../../services/publishing/publish-release.js";
import { RULE_NAMES, signOffState } from "../../services/governance/sign-off.js";
import { recordDecision } from "../../services/governance/decision-log.js";
import { changesSinceRelease } from "../../services/governance/release-changes.js";

const id = z.string().min(1).max(100);

async function toolboxOf(db: Db, programmeId: string) {
  const toolbox = await db.toolbox.findUnique({ where: { programmeId }, select: { id: true } });
  if (!toolbox) {
    throw new TRPCError({ code: "NOT_FOUND", message: "This programme has no Toolbox yet." });
  }
  return toolbox;
}

export const signOffRouter = router({
  /** The rule, each approver and their review of the next release, and whether it is met. */
  overview: programmeProcedure("toolbox:read").query(async ({ ctx }) => {
    const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
    const { contentKey } = await releaseContent(ctx.db, toolbox.id);
    const state = await signOffState(ctx.db, toolbox.id, contentKey);
    const canManage = roleCan(ctx.access.role, "signoff:manage");
    const [members, organisations] = canManage
      ? await Promise.all([
          ctx.db.membership.findMany({
            where: { programmeId: ctx.access.programmeId },
            select: { user: { select: { id: true, name: true } }, organisationId: true },
            orderBy: { user: { name: "asc" } },
          }),
          ctx.db.organisation.findMany({
            where: { programmeId: ctx.access.programmeId },
            select: { id: true, name: true },
            orderBy: { name: "asc" },
          }),
        ])
      : [[], []];
    return {
      rule: state.rule,
      ruleName: RULE_NAMES[state.rule],
      met: state.met,
      approvers: state.approvers,
      me: state.approvers.find((approver) => approver.userId === ctx.user.id) ?? null,
      canManage,
      people: members.map((m) => ({ ...m.user, organisationId: m.organisationId })),
      organisations,
    };
  }),

  setRule: programmeProcedure("signoff:manage")
    .input(z.object({ rule: z.enum(SIGN_OFF_RULES, { error: "Choose a rule from the list." }) }))
    .mutation(async ({ ctx, input }) => {
      const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
      return ctx.db.$transaction(async (tx) => {
        await tx.toolbox.update({ where: { id: toolbox.id }, data: { signOffRule: input.rule } });
        await recordDecision(tx, {
          kind: "sign_off_rule_changed",
          programmeId: ctx.access.programmeId,
          actorId: ctx.user.id,
          summary: `Release sign-off rule set to: ${RULE_NAMES[input.rule]}.`,
        });
        return { rule: input.rule };
      });
    }),

  addApprover: programmeProcedure("signoff:manage")
    .input(z.object({ userId: id, organisationId: id }))
    .mutation(async ({ ctx, input }) => {
      const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
      const [member, organisation] = await Promise.all([
        ctx.db.membership.findFirst({
          where: { userId: input.userId, programmeId: ctx.access.programmeId },
          select: { user: { select: { name: true } } },
        }),
        ctx.db.organisation.findFirst({
          where: { id: input.organisationId, programmeId: ctx.access.programmeId },
          select: { name: true },
        }),
      ]);
      if (!member) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a person in this programme." });
      }
      if (!organisation) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Choose a partner organisation of this programme.",
        });
      }
      const existing = await ctx.db.releaseApprover.findUnique({
        where: { toolboxId_userId: { toolboxId: toolbox.id, userId: input.userId } },
      });
      if (existing) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `${member.user.name} is already an approver.`,
        });
      }
      return ctx.db.$transaction(async (tx) => {
        const approver = await tx.releaseApprover.create({
          data: {
            toolboxId: toolbox.id,
            userId: input.userId,
            organisationId: input.organisationId,
          },
          select: { id: true },
        });
        await recordDecision(tx, {
          kind: "approver_named",
          programmeId: ctx.access.programmeId,
          actorId: ctx.user.id,
          subjectPersonId: input.userId,
          summary: `${member.user.name} named as release approver for ${organisation.name}.`,
        });
        return approver;
      });
    }),

  removeApprover: programmeProcedure("signoff:manage")
    .input(z.object({ approverId: id }))
    .mutation(async ({ ctx, input }) => {
      const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
      const approver = await ctx.db.releaseApprover.findFirst({
        where: { id: input.approverId, toolboxId: toolbox.id },
        select: {
          id: true,
          userId: true,
          user: { select: { name: true } },
          organisation: { select: { name: true } },
        },
      });
      if (!approver) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that approver." });
      }
      return ctx.db.$transaction(async (tx) => {
        await tx.releaseApprover.delete({ where: { id: approver.id } });
        // Their review of the next release no longer counts, so it must not be published.
        await tx.releaseReview.deleteMany({
          where: { toolboxId: toolbox.id, releaseId: null, userId: approver.userId },
        });
        await recordDecision(tx, {
          kind: "approver_removed",
          programmeId: ctx.access.programmeId,
          actorId: ctx.user.id,
          subjectPersonId: approver.userId,
          summary: `${approver.user.name} is no longer a release approver for ${approver.organisation.name}.`,
        });
        return { removed: true };
      });
    }),

  /** A named approver approves the next release as it stands, or objects to it. */
  review: programmeProcedure("signoff:review")
    .input(
      z.object({
        verdict: z.enum(REVIEW_VERDICTS, { error: "Choose approve or object." }),
        comment: z
          .string()
          .trim()
          .max(2000, "Use at most 2,000 characters for the comment.")
          .default(""),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
      const approver = await ctx.db.releaseApprover.findUnique({
        where: { toolboxId_userId: { toolboxId: toolbox.id, userId: ctx.user.id } },
        select: { user: { select: { name: true } }, organisation: { select: { name: true } } },
      });
      if (!approver) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the named approvers can approve or object to a release.",
        });
      }
      if (input.verdict === "objected" && !input.comment) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Say why you object, so the editors know what to change.",
        });
      }
      const { sections, contentKey } = await releaseContent(ctx.db, toolbox.id);
      if (sections.length === 0) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "No sections are agreed yet, so there is nothing to approve.",
        });
      }
      const latest = await latestRelease(ctx.db, toolbox.id);
      const who = `${approver.user.name} (${approver.organisation.name})`;
      const what = input.verdict === "approved" ? "approved" : "objected to";
      return ctx.db.$transaction(async (tx) => {
        // One current review per approver: a new one replaces the last (the log keeps both).
        await tx.releaseReview.deleteMany({
          where: { toolboxId: toolbox.id, releaseId: null, userId: ctx.user.id },
        });
        const review = await tx.releaseReview.create({
          data: {
            toolboxId: toolbox.id,
            userId: ctx.user.id,
            personName: approver.user.name,
            organisationName: approver.organisation.name,
            verdict: input.verdict,
            comment: input.comment,
            contentKey,
          },
          select: { id: true, verdict: true },
        });
        await recordDecision(tx, {
          kind: input.verdict === "approved" ? "release_approved" : "release_objected",
          programmeId: ctx.access.programmeId,
          actorId: ctx.user.id,
          summary:
            `${who} ${what} the release after ${latest?.version ?? "none yet"}.` +
            (input.comment ? ` Comment: ${input.comment}` : ""),
        });
        return review;
      });
    }),

  /** What publishing now would change, section by section, as a word diff. */
  changes: programmeProcedure("toolbox:read").query(async ({ ctx }) => {
    const toolbox = await toolboxOf(ctx.db, ctx.access.programmeId);
    return changesSinceRelease(ctx.db, toolbox.id);
  }),
});
