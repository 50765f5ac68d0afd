// Accepting feedback from anyone. Every refusal (a bot's honeypot, too many sends, missing
// consent) happens before anything is written; an accepted piece is committed before the
// person is thanked, so a "thank you" always means it is stored.
import { TRPCError } from "@trpc/server";
import { createHash } from "node:crypto";
import { FEEDBACK_CONSENT_TEXT, type Db } from "@coproduce/db";
import { hashToken, newToken } from "../tokens.js";
import { resolveFeedbackTarget, type FeedbackTarget } from "./feedback-target.js";

/** Pieces of feedback one network address may send in one window. */
export const FEEDBACK_RATE_LIMIT = { perSender: 10, windowMinutes: 60 } as const;

export interface FeedbackSubmission {
  programmeId: string;
  allowAnonymous: boolean;
  target: FeedbackTarget;
  rating: number | null;
  body: string;
  name: string | null;
  contact: string | null;
  /** Given only to hear the reply by email. */
  replyEmail: string | null;
  /** The signed-in person giving it, if any: they hear the reply in the app too. */
  authorId: string | null;
  stakeholderGroupKey: string | null;
  placeId: string | null;
  consent: boolean;
  /** A field people never see; only bots fill it in. */
  honeypot: string;
  ip: string;
  now: Date;
}

export function senderHash(ip: string): string {
  return createHash("sha256").update(`feedback-sender:${ip}`).digest("hex");
}

const refuse = (message: string, code: "BAD_REQUEST" | "TOO_MANY_REQUESTS" = "BAD_REQUEST") =>
  new TRPCError({ code, message });

export async function submitFeedback(db: Db, input: FeedbackSubmission) {
  if (input.honeypot.trim() !== "") {
    throw refuse(
      "We could not accept this feedback. Please try again, or contact the programme team.",
    );
  }
  if (!input.consent) {
    throw refuse("Please tick the box to say you agree, so that we can keep your feedback.");
  }
  if (!input.allowAnonymous && !input.name) {
    throw refuse("This programme asks for your name with feedback. Please add your name.");
  }
  const sender = senderHash(input.ip);
  const since = new Date(input.now.getTime() - FEEDBACK_RATE_LIMIT.windowMinutes * 60_000);
  const recent = await db.feedback.count({
    where: { senderHash: sender, createdAt: { gte: since } },
  });
  if (recent >= FEEDBACK_RATE_LIMIT.perSender) {
    throw refuse(
      "You have sent a lot of feedback in a short time. Please wait an hour and try again.",
      "TOO_MANY_REQUESTS",
    );
  }

  const target = await resolveFeedbackTarget(db, input.programmeId, input.target);
  const group = input.stakeholderGroupKey
    ? await db.stakeholderGroup.findUnique({ where: { key: input.stakeholderGroupKey } })
    : null;
  if (input.stakeholderGroupKey && !group) throw refuse("Choose who you are from the list.");
  if (input.placeId) {
    const place = await db.place.findFirst({
      where: { id: input.placeId, programmeId: input.programmeId },
    });
    if (!place) throw refuse("Choose where you live from the list.");
  }

  const token = newToken();
  const feedback = await db.feedback.create({
    data: {
      programmeId: input.programmeId,
      targetType: target.type,
      targetId: target.id,
      targetTitle: target.title,
      releaseVersion: target.releaseVersion,
      rating: input.rating,
      body: input.body,
      name: input.name,
      contact: input.contact,
      replyEmail: input.replyEmail,
      authorId: input.authorId,
      stakeholderGroupId: group?.id ?? null,
      placeId: input.placeId,
      consentText: FEEDBACK_CONSENT_TEXT,
      trackTokenHash: hashToken(token),
      senderHash: sender,
      createdAt: input.now,
    },
    select: { id: true },
  });
  return { id: feedback.id, trackToken: token };
}
