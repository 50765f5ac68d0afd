// The one door into a live Change Academy session, for members and guests alike. Every live
// action takes `session`: a member names it by programme and id (their account is checked),
// a guest by its join code (their cookie is checked: only the session they joined, only while
// their access lasts). Behind the door each procedure has one participant and one session, so
// there is one procedure per action, whoever does it.
//
// Procedures marked `everyoneFollows` tell every open screen of the session to reload its live
// state once they succeed: a signal (a stateless message on the board's websocket), never a
// stored change.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { AcademySessionModel as AcademySession } from "@coproduce/db";
import { programmeAccessFor, programmeInput, publicProcedure } from "../../trpc.js";
import { roleCan, type Permission } from "../../permissions.js";
import type { Context, ProgrammeAccess } from "../../context.js";
import type { SessionUser } from "../../services/sessions.js";
import { idInput } from "../../services/academy/inputs.js";
import { findGuest } from "../../services/academy/guest-access.js";
import { normaliseJoinCode } from "../../services/academy/join-code.js";
import {
  guestParticipant,
  memberParticipant,
  type Participant,
} from "../../services/academy/participant.js";
import { boardDocumentName, LIVE_SIGNAL } from "@coproduce/shared/board";

export const joinCodeInput = z.string().trim().min(1).max(20);

/** Which session: a member's (programme and id) or a guest's (the code they joined with). */
export const sessionRefInput = z.union([
  programmeInput.extend({ sessionId: idInput }),
  z.object({ code: joinCodeInput }),
]);
export type SessionRef = z.infer<typeof sessionRefInput>;

/** A member (signed in, with a role in the programme) or a guest of this one session. */
type Someone =
  | { kind: "member"; user: SessionUser; access: ProgrammeAccess }
  | { kind: "guest"; guestId: string };

interface Opened {
  session: AcademySession;
  participant: Participant;
  someone: Someone;
}

const notFound = () =>
  new TRPCError({ code: "NOT_FOUND", message: "We could not find that session." });

async function openAsMember(
  ctx: Context,
  ref: { programmeSlug: string; sessionId: string },
  permission: Permission,
): Promise<Opened> {
  if (!ctx.user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to continue." });
  }
  const access = await programmeAccessFor(ctx, ctx.user.id, ref.programmeSlug, permission);
  const session = await ctx.db.academySession.findFirst({
    where: { id: ref.sessionId, programmeId: access.programmeId },
  });
  if (!session) throw notFound();
  return {
    session,
    participant: memberParticipant(ctx.user, roleCan(access.role, "academy:facilitate")),
    someone: { kind: "member", user: ctx.user, access },
  };
}

/** Guests read and take part; running a session is for facilitators, who are members. */
const GUEST_PERMISSIONS: readonly Permission[] = ["academy:read", "academy:take-part"];

async function openAsGuest(ctx: Context, code: string, permission: Permission): Promise<Opened> {
  const guest = await findGuest(ctx.db, ctx.guestToken, ctx.now());
  if (!guest) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "Please join the session with its code first.",
    });
  }
  const session = await ctx.db.academySession.findUnique({
    where: { joinCode: normaliseJoinCode(code) },
  });
  if (!session || session.id !== guest.sessionId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can only take part in the session you joined.",
    });
  }
  if (!GUEST_PERMISSIONS.includes(permission)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Only facilitators can do that." });
  }
  return {
    session,
    participant: guestParticipant(guest),
    someone: { kind: "guest", guestId: guest.id },
  };
}

function openSession(ctx: Context, ref: SessionRef, permission: Permission) {
  return "code" in ref
    ? openAsGuest(ctx, ref.code, permission)
    : openAsMember(ctx, ref, permission);
}

/** Tells every open screen of the session that its live state changed. */
function everyoneFollow(ctx: Context, sessionId: string) {
  ctx.documents.signal(boardDocumentName(sessionId), LIVE_SIGNAL);
}

interface DoorOptions {
  /** Signal every open screen to reload once the procedure succeeds. */
  everyoneFollows?: boolean;
}

/** A procedure any participant may use, member or guest, on the session in `session`. */
export function participantProcedure(permission: Permission, options: DoorOptions = {}) {
  return publicProcedure
    .input(z.object({ session: sessionRefInput }))
    .use(async ({ ctx, input, next }) => {
      const opened = await openSession(ctx, input.session, permission);
      const result = await next({ ctx: { ...ctx, ...opened } });
      if (result.ok && options.everyoneFollows) everyoneFollow(ctx, opened.session.id);
      return result;
    });
}

/** A facilitator's procedure: the same door, but only a member whose role may facilitate. */
export function facilitatorProcedure(options: DoorOptions = {}) {
  return publicProcedure
    .input(z.object({ session: sessionRefInput }))
    .use(async ({ ctx, input, next }) => {
      const opened = await openSession(ctx, input.session, "academy:facilitate");
      // openAsGuest refuses facilitator permissions; this narrows the type.
      if (opened.someone.kind !== "member") throw new TRPCError({ code: "FORBIDDEN" });
      const { user, access } = opened.someone;
      const result = await next({ ctx: { ...ctx, ...opened, user, access } });
      if (result.ok && options.everyoneFollows) everyoneFollow(ctx, opened.session.id);
      return result;
    });
}
