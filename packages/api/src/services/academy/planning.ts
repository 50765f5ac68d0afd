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

export type SessionDetails = Omit<SessionPlan, "anonymousNotes" | "template">;

/**
 * Changes a session's details. Refused once it has ended (its record then stays as it ran) and
 * when the new capacity is below the number already attending.
 */
export async function updateSessionDetails(
  db: Db,
  session: { id: string; endedAt: Date | null; endsAt: Date },
  details: SessionDetails,
  now: Date,
) {
  if (session.endedAt || session.endsAt <= now) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This session has ended, so its details can no longer be changed.",
    });
  }
  if (details.capacity !== null) {
    const attending = await db.academyAttendance.count({ where: { sessionId: session.id } });
    if (attending > details.capacity) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `${attending} people are already attending, so the capacity must be at least ${attending}.`,
      });
    }
  }
  await db.academySession.update({ where: { id: session.id }, data: details });
}

/**
 * Moves an activity to a new place in the agenda (0 = first): one step up or down from the
 * buttons, or any place from drag and drop.
 */
export async function moveActivity(
  db: Db,
  sessionId: string,
  activityId: string,
  move: { direction: "up" | "down" } | { toIndex: number },
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
  const target =
    "toIndex" in move
      ? Math.min(move.toIndex, activities.length - 1)
      : index + (move.direction === "up" ? -1 : 1);
  if (target < 0 || target >= activities.length || target === index) return;
  const reordered = [...activities];
  const [moved] = reordered.splice(index, 1);
  reordered.splice(target, 0, moved!);
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
