// Release sign-off: the programme's approvers (each for a partner organisation), its rule
// (none, any one, or all of them), and whether the rule is met for the text a release would
// publish now. Approvals and objections count only for the text they were given on.
import { TRPCError } from "@trpc/server";
import type { Db, SignOffRule } from "@coproduce/db";

type Reader = Pick<Db, "toolbox" | "releaseApprover" | "releaseReview">;

export const RULE_NAMES: Record<SignOffRule, string> = {
  none: "No sign-off needed",
  any: "Any one approver",
  all: "Every approver",
};

/** The approvers, their reviews of the next release, and whether the rule is met. */
export async function signOffState(db: Reader, toolboxId: string, contentKey: string) {
  const [toolbox, approvers, reviews] = await Promise.all([
    db.toolbox.findUniqueOrThrow({
      where: { id: toolboxId },
      select: { signOffRule: true, programmeId: true },
    }),
    db.releaseApprover.findMany({
      where: { toolboxId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        userId: true,
        user: { select: { name: true } },
        organisation: { select: { name: true } },
      },
    }),
    db.releaseReview.findMany({
      where: { toolboxId, releaseId: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        userId: true,
        verdict: true,
        comment: true,
        contentKey: true,
        createdAt: true,
      },
    }),
  ]);
  const rule = toolbox.signOffRule as SignOffRule;
  const people = approvers.map((approver) => {
    const review = reviews.find((r) => r.userId === approver.userId) ?? null;
    return {
      id: approver.id,
      userId: approver.userId,
      name: approver.user.name,
      organisationName: approver.organisation.name,
      review: review && {
        verdict: review.verdict,
        comment: review.comment,
        createdAt: review.createdAt,
        /** False when the text has changed since: the review no longer counts. */
        current: review.contentKey === contentKey,
      },
    };
  });
  const approved = people.filter((p) => p.review?.current && p.review.verdict === "approved");
  const met =
    rule === "none" ||
    (rule === "any" && approved.length > 0) ||
    (rule === "all" && people.length > 0 && approved.length === people.length);
  return { rule, programmeId: toolbox.programmeId, approvers: people, approved, met };
}

/** Refuses to go on unless the rule is met; says what is missing in plain words. */
export async function assertSignedOff(db: Reader, toolboxId: string, contentKey: string) {
  const state = await signOffState(db, toolboxId, contentKey);
  if (!state.met) {
    const waiting = state.approvers
      .filter((p) => !(p.review?.current && p.review.verdict === "approved"))
      .map((p) => p.name);
    let message: string;
    if (state.approvers.length === 0) {
      message = "This release needs sign-off, but no approvers are named yet. Ask an admin.";
    } else if (state.rule === "any") {
      message = "This release needs approval from at least one approver before it is published.";
    } else {
      message = `This release needs approval from every approver. Still waiting for: ${waiting.join(", ")}.`;
    }
    throw new TRPCError({ code: "BAD_REQUEST", message });
  }
  return {
    programmeId: state.programmeId,
    approvedBy: state.approved.map((p) => `${p.name} (${p.organisationName})`),
  };
}

type Writer = Pick<Db, "releaseReview">;

/**
 * At publishing: the reviews given on the published text become part of the release (names
 * already copied in), and reviews of text that was never published are dropped (the decision
 * log keeps them).
 */
export async function attachSignOff(
  tx: Writer,
  toolboxId: string,
  releaseId: string,
  contentKey: string,
) {
  await tx.releaseReview.updateMany({
    where: { toolboxId, releaseId: null, contentKey },
    data: { releaseId },
  });
  await tx.releaseReview.deleteMany({ where: { toolboxId, releaseId: null } });
}
