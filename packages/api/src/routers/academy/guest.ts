// Joining Change Academy as a guest: service users and carers join one session with its code,
// without an account. Once joined, a guest takes part through the same procedures as members
// (session-door.ts), naming the session by its code.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "@coproduce/db";
import { publicProcedure, router } from "../../trpc.js";
import { hashToken, newToken } from "../../services/tokens.js";
import { normaliseJoinCode } from "../../services/academy/join-code.js";
import {
  findGuest,
  guestAccessValid,
  guestCookie,
  guestExpiry,
} from "../../services/academy/guest-access.js";
import { guestJoinInput } from "../../services/academy/inputs.js";
import { assertRoomFor } from "../../services/academy/capacity.js";
import { guarded } from "../../services/guess-limit.js";
import type { Context } from "../../context.js";
import { joinCodeInput } from "./session-door.js";

export const GUEST_CONSENT_TEXT =
  "I agree that my name, my group and what I write on the board are kept in the record of this session.";

const codeInput = z.object({ code: joinCodeInput });

async function sessionByCode(db: Db, code: string) {
  return db.academySession.findUnique({
    where: { joinCode: normaliseJoinCode(code) },
    select: {
      id: true,
      title: true,
      purpose: true,
      startsAt: true,
      endsAt: true,
      endedAt: true,
      joinCode: true,
      capacity: true,
    },
  });
}

const noSessionWithCode = () =>
  new TRPCError({
    code: "NOT_FOUND",
    message: "We could not find a session with that code. Check the code and try again.",
  });

/**
 * The session a typed code opens, while guests may still join it. Codes are short, so wrong
 * ones count against the address's guess limit.
 */
async function joinableSession(ctx: Context, code: string) {
  const session = await guarded(ctx, "join-code", async () => {
    const found = await sessionByCode(ctx.db, code);
    return found && guestAccessValid(guestExpiry(found.endsAt), ctx.now()) ? found : null;
  });
  if (!session) throw noSessionWithCode();
  return session;
}

export const academyGuestRouter = router({
  /** What the join page shows for a code, and whether this browser has already joined. */
  joinInfo: publicProcedure.input(codeInput).query(async ({ ctx, input }) => {
    const session = await joinableSession(ctx, input.code);
    const guest = await findGuest(ctx.db, ctx.guestToken, ctx.now());
    const groups = await ctx.db.stakeholderGroup.findMany({
      orderBy: { sortOrder: "asc" },
      select: { key: true, name: true },
    });
    return {
      session,
      joined: guest?.sessionId === session.id ? { name: guest.displayName } : null,
      groups,
      consentText: GUEST_CONSENT_TEXT,
    };
  }),

  join: publicProcedure.input(guestJoinInput).mutation(async ({ ctx, input }) => {
    const session = await joinableSession(ctx, input.code);
    const expiresAt = guestExpiry(session.endsAt);
    await assertRoomFor(ctx.db, session);
    const group = input.stakeholderGroupKey
      ? await ctx.db.stakeholderGroup.findUnique({ where: { key: input.stakeholderGroupKey } })
      : null;
    if (input.stakeholderGroupKey && !group) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Choose a group from the list." });
    }
    const token = newToken();
    const guest = await ctx.db.academyGuest.create({
      data: {
        sessionId: session.id,
        tokenHash: hashToken(token),
        displayName: input.displayName,
        stakeholderGroupId: group?.id ?? null,
        consentText: GUEST_CONSENT_TEXT,
        expiresAt,
      },
    });
    await ctx.db.academyAttendance.create({
      data: {
        sessionId: session.id,
        guestId: guest.id,
        name: guest.displayName,
        stakeholderGroupId: guest.stakeholderGroupId,
      },
    });
    ctx.setCookie(guestCookie(session.joinCode, token, expiresAt, ctx.secure));
    return { joinCode: session.joinCode };
  }),
});
