// What only facilitators do while a session runs: move through the agenda (and undo a step),
// run the timer, lock the board and end the session.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";

/** Brings everyone to the activity at `index`, remembering where they were. */
export async function goToActivity(db: Db, sessionId: string, index: number, now: Date) {
  const session = await db.academySession.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      activities: { orderBy: { position: "asc" }, select: { id: true, startedAt: true } },
    },
  });
  const activity = session.activities[index];
  if (!activity) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "There is no such activity on the agenda.",
    });
  }
  if (session.endedAt) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This session has ended." });
  }
  await db.$transaction([
    db.academySession.update({
      where: { id: sessionId },
      data: {
        previousActivityIndex: session.currentActivityIndex,
        currentActivityIndex: index,
        timerEndsAt: null,
      },
    }),
    // The first time an activity is reached is when it ran, for the record.
    ...(activity.startedAt
      ? []
      : [db.academyActivity.update({ where: { id: activity.id }, data: { startedAt: now } })]),
  ]);
}

/** Undoes the last step: back to the activity before it. */
export async function goBack(db: Db, sessionId: string) {
  const session = await db.academySession.findUniqueOrThrow({ where: { id: sessionId } });
  if (session.previousActivityIndex === null) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "There is no step to undo." });
  }
  await db.academySession.update({
    where: { id: sessionId },
    data: {
      currentActivityIndex: session.previousActivityIndex,
      previousActivityIndex: null,
      timerEndsAt: null,
    },
  });
}

export async function setTimer(db: Db, sessionId: string, minutes: number | null, now: Date) {
  await db.academySession.update({
    where: { id: sessionId },
    data: { timerEndsAt: minutes === null ? null : new Date(now.getTime() + minutes * 60_000) },
  });
}
