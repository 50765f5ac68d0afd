// Planning a session: creating it from a template and arranging its agenda.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import { SESSION_TEMPLATES, type SessionTemplateKey } from "./agenda.js";
import { newJoinCode } from "./join-code.js";

export interface SessionPlan {
  title: string;
  purpose: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineLink: string | null;
  facilitators: string;
  invited: string;
  capacity: number | null;
  anonymousNotes: boolean;
  template: SessionTemplateKey;
}

export async function createSession(
  db: Db,
  programmeId: string,
  createdById: string | null,
  plan: SessionPlan,
) {
  const { template, ...fields } = plan;
  // Codes are unique; on the rare clash, draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const joinCode = newJoinCode();
    if (await db.academySession.findUnique({ where: { joinCode } })) continue;
    return db.academySession.create({
      data: {
        ...fields,
        programmeId,
        createdById,
        joinCode,
        activities: {
          create: SESSION_TEMPLATES[template].activities.map((a, position) => ({
            ...a,
            position,
          })),
        },
      },
      select: { id: true, joinCode: true },
    });
  }
  throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Please try again." });
}

/** Swaps an activity with its neighbour above or below. */
export async function moveActivity(
  db: Db,
  sessionId: string,
  activityId: string,
  direction: "up" | "down",
) {
  const activities = await db.academyActivity.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const index = activities.findIndex((a) => a.id === activityId);
  if (index < 0) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that activity." });
  }
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= activities.length) return;
  const reordered = [...activities];
  [reordered[index], reordered[target]] = [reordered[target]!, reordered[index]!];
  await renumber(db, reordered);
}

export async function removeActivity(db: Db, sessionId: string, activityId: string) {
  const removed = await db.academyActivity.deleteMany({ where: { id: activityId, sessionId } });
  if (removed.count === 0) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that activity." });
  }
  const rest = await db.academyActivity.findMany({
    where: { sessionId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  await renumber(db, rest);
}

async function renumber(db: Db, ordered: { id: string }[]) {
  await db.$transaction(
    ordered.map((a, position) =>
      db.academyActivity.update({ where: { id: a.id }, data: { position } }),
    ),
  );
}
