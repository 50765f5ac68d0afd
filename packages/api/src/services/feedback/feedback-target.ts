// What feedback can be about, and how a target is checked and named. Only things the person
// could read without an account: a section in the published Toolbox, a partnership's delivery
// model, or the programme as a whole.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";

export const feedbackTarget = z.discriminatedUnion("type", [
  z.object({ type: z.literal("section"), id: z.string().min(1).max(100) }),
  z.object({ type: z.literal("partnership"), id: z.string().min(1).max(100) }),
  z.object({ type: z.literal("programme") }),
]);
export type FeedbackTarget = z.infer<typeof feedbackTarget>;

export interface ResolvedTarget {
  type: FeedbackTarget["type"];
  id: string | null;
  title: string;
  releaseVersion: string | null;
}

const notFound = () =>
  new TRPCError({
    code: "NOT_FOUND",
    message: "We could not find what you want to give feedback on.",
  });

export async function resolveFeedbackTarget(
  db: Db,
  programmeId: string,
  target: FeedbackTarget,
): Promise<ResolvedTarget> {
  if (target.type === "section") {
    // The newest release that has this section: what a reader of the public Toolbox sees.
    const published = await db.releaseSection.findFirst({
      where: { sectionId: target.id, release: { toolbox: { programmeId } } },
      orderBy: { release: { publishedAt: "desc" } },
      select: { title: true, release: { select: { version: true } } },
    });
    if (!published) throw notFound();
    return {
      type: "section",
      id: target.id,
      title: published.title,
      releaseVersion: published.release.version,
    };
  }
  if (target.type === "partnership") {
    const partnership = await db.partnership.findFirst({
      where: { id: target.id, programmeId },
      select: { name: true },
    });
    if (!partnership) throw notFound();
    return {
      type: "partnership",
      id: target.id,
      title: `${partnership.name} delivery model`,
      releaseVersion: null,
    };
  }
  const programme = await db.programme.findUniqueOrThrow({
    where: { id: programmeId },
    select: { name: true },
  });
  return { type: "programme", id: null, title: programme.name, releaseVersion: null };
}
