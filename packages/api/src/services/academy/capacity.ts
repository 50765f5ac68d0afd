// A session with a capacity takes no more attendees than that.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";

export async function assertRoomFor(db: Db, session: { id: string; capacity: number | null }) {
  if (session.capacity === null) return;
  const attending = await db.academyAttendance.count({ where: { sessionId: session.id } });
  if (attending >= session.capacity) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This session is full." });
  }
}
