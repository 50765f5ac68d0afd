// Change Academy fixtures: a session with a short agenda, a note and an open voting round, and
// guests who joined it.
import type { Db } from "@coproduce/db";
import { hashToken } from "../services/tokens.js";

export async function createAcademySession(
  db: Db,
  programmeId: string,
  options: { joinCode?: string; endsAt?: Date; budget?: number; onePerNote?: boolean } = {},
) {
  const startsAt = new Date(Date.now() - 30 * 60_000);
  const session = await db.academySession.create({
    data: {
      programmeId,
      title: "Ideas for discharge",
      purpose: "",
      startsAt,
      endsAt: options.endsAt ?? new Date(Date.now() + 60 * 60_000),
      place: "Town hall",
      facilitators: "",
      invited: "",
      joinCode: options.joinCode ?? "ACDEFG",
      activities: {
        create: [
          { position: 0, kind: "presentation", title: "Welcome", durationMinutes: 10 },
          { position: 1, kind: "ideas_board", title: "Ideas", durationMinutes: 20 },
        ],
      },
    },
  });
  const note = await db.academyNote.create({
    data: { sessionId: session.id, text: "Ring before visits", colour: "yellow", authorName: "A" },
  });
  const cluster = await db.academyCluster.create({
    data: { sessionId: session.id, title: "Visits" },
  });
  const round = await db.academyVoteRound.create({
    data: {
      sessionId: session.id,
      budget: options.budget ?? 3,
      onePerNote: options.onePerNote ?? false,
    },
  });
  return {
    session,
    note,
    cluster,
    round,
    activities: await db.academyActivity.findMany({
      where: { sessionId: session.id },
      orderBy: { position: "asc" },
    }),
  };
}

/** A guest of the session; returns the cookie token. */
export async function createGuest(
  db: Db,
  sessionId: string,
  token: string,
  expiresAt = new Date(Date.now() + 3 * 60 * 60_000),
) {
  const guest = await db.academyGuest.create({
    data: {
      sessionId,
      tokenHash: hashToken(token),
      displayName: "Guest",
      consentText: "I agree",
      expiresAt,
    },
  });
  return { guest, token };
}
