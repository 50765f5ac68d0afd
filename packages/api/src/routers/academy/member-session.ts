// Planning and the record are for members only: they name a session of their programme.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context, ProgrammeAccess } from "../../context.js";
import { idInput } from "../../services/academy/inputs.js";

export const sessionInput = z.object({ sessionId: idInput });

/** The session, if it belongs to this programme; otherwise "not found". */
export async function sessionOf(ctx: Context & { access: ProgrammeAccess }, sessionId: string) {
  const session = await ctx.db.academySession.findFirst({
    where: { id: sessionId, programmeId: ctx.access.programmeId },
  });
  if (!session) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that session." });
  }
  return session;
}
