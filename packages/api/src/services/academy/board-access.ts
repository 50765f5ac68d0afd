// Who may open a session's live board (`session:<id>`) over the websocket, and as whom:
// - a guest, only the board of the session they joined, until their access expires;
// - a member of the session's programme who may read the Change Academy; they may write if
//   they may take part, while the session has not ended.
// A note on the board names its author by a tag, a hash of the session's secret and who they
// are, so that an anonymous board shows nobody (not even in the websocket traffic) who wrote
// what, while the server can still tell a person's own notes.
import { createHash } from "node:crypto";
import type { Db } from "@coproduce/db";
import type { Role } from "@coproduce/db";
import { roleCan } from "../../permissions.js";
import { newToken } from "../tokens.js";
import type { BoardActor, BoardState } from "./board-rules.js";
import type { Participant } from "./participant.js";

export interface BoardVisitor {
  userId: string | null;
  guestId: string | null;
  name: string;
}

export interface BoardAccess {
  access: "write" | "read";
  actor: BoardActor;
}

export function authorTagFor(boardSecret: string, participantKey: string): string {
  return createHash("sha256").update(`${boardSecret}|${participantKey}`).digest("hex").slice(0, 32);
}

/** The session's board secret, made on first use. */
export async function boardSecretOf(db: Db, sessionId: string): Promise<string> {
  const session = await db.academySession.findUnique({
    where: { id: sessionId },
    select: { boardSecret: true },
  });
  if (!session) throw new Error(`No session ${sessionId}`);
  if (session.boardSecret) return session.boardSecret;
  // Two first uses at once: only one secret is kept, and both read it back.
  await db.academySession.updateMany({
    where: { id: sessionId, boardSecret: null },
    data: { boardSecret: newToken() },
  });
  const saved = await db.academySession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { boardSecret: true },
  });
  return saved.boardSecret ?? "";
}

export async function authorTagOf(db: Db, sessionId: string, participant: Participant) {
  return authorTagFor(await boardSecretOf(db, sessionId), participant.key);
}

/** What this visitor may do with the board of `sessionId`, or null to refuse. */
export async function boardAccess(
  db: Db,
  visitor: BoardVisitor,
  sessionId: string,
): Promise<BoardAccess | null> {
  const session = await db.academySession.findUnique({
    where: { id: sessionId },
    select: { id: true, programmeId: true, endedAt: true },
  });
  if (!session) return null;
  const secret = await boardSecretOf(db, session.id);

  if (visitor.guestId) {
    // The guest was found from their cookie, unexpired; it must be this session's guest.
    const guest = await db.academyGuest.findUnique({
      where: { id: visitor.guestId },
      select: { sessionId: true },
    });
    if (guest?.sessionId !== session.id) return null;
    return {
      access: session.endedAt ? "read" : "write",
      actor: {
        authorTag: authorTagFor(secret, `guest:${visitor.guestId}`),
        name: visitor.name,
        facilitator: false,
      },
    };
  }
  if (!visitor.userId) return null;
  const membership = await db.membership.findUnique({
    where: { userId_programmeId: { userId: visitor.userId, programmeId: session.programmeId } },
    select: { role: true },
  });
  if (!membership) return null;
  const role = membership.role as Role;
  if (!roleCan(role, "academy:read")) return null;
  const mayWrite = roleCan(role, "academy:take-part") && !session.endedAt;
  return {
    access: mayWrite ? "write" : "read",
    actor: {
      authorTag: authorTagFor(secret, `user:${visitor.userId}`),
      name: visitor.name,
      facilitator: roleCan(role, "academy:facilitate"),
    },
  };
}

/** The settings the board's rules depend on, read afresh for every change. */
export async function boardStateOf(db: Db, sessionId: string): Promise<BoardState | null> {
  const session = await db.academySession.findUnique({
    where: { id: sessionId },
    select: { endedAt: true, boardLocked: true, anonymousNotes: true },
  });
  if (!session) return null;
  return {
    ended: session.endedAt !== null,
    locked: session.boardLocked,
    anonymousNotes: session.anonymousNotes,
  };
}
