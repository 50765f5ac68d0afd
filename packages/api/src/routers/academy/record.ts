// After a session: its record and exports, tracking its actions, and its outputs on the toolkit
// sections they are linked to.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { idInput, outputStatusInput } from "../../services/academy/inputs.js";
import { syncBoardRows } from "../../services/academy/board.js";
import {
  loadSessionRecord,
  outputsToCsv,
  recordToMarkdown,
} from "../../services/academy/record.js";
import { sessionInput, sessionOf } from "./member-session.js";

const read = () => programmeProcedure("academy:read");

export const recordRouter = router({
  record: read()
    .input(sessionInput)
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await syncBoardRows(ctx, session.id);
      const record = await loadSessionRecord(ctx.db, session.id);
      return { ...record, canFacilitate: roleCan(ctx.access.role, "academy:facilitate") };
    }),

  exportRecord: read()
    .input(sessionInput.extend({ format: z.enum(["markdown", "csv"]) }))
    .query(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      await syncBoardRows(ctx, session.id);
      const record = await loadSessionRecord(ctx.db, session.id);
      return input.format === "markdown" ? recordToMarkdown(record) : outputsToCsv(record);
    }),

  /** Tracks an action after the session. */
  setOutputStatus: programmeProcedure("academy:facilitate")
    .input(sessionInput.extend({ outputId: idInput, status: outputStatusInput }))
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOf(ctx, input.sessionId);
      const updated = await ctx.db.academyOutput.updateMany({
        where: { id: input.outputId, sessionId: session.id },
        data: { status: input.status },
      });
      if (updated.count === 0) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that output." });
      }
    }),

  /** Outputs linked to one toolkit section, for "From the Change Academy" on its page. */
  sectionOutputs: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: idInput }))
    .query(({ ctx, input }) =>
      ctx.db.academyOutput.findMany({
        where: { sectionId: input.sectionId, session: { programmeId: ctx.access.programmeId } },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          kind: true,
          title: true,
          status: true,
          session: { select: { id: true, title: true, startsAt: true } },
        },
      }),
    ),
});
