// Running a session live (facilitators): move through the agenda, the timer, the board's
// settings, voting rounds, outputs and the end. Each change is followed by everyone's screen.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { outputInput, voteRoundInput } from "../../services/academy/inputs.js";
import { goBack, goToActivity, setTimer } from "../../services/academy/run-control.js";
import { syncBoardRows } from "../../services/academy/board.js";
import { inviteToEvaluate } from "../../services/academy/evaluation-invites.js";
import { wholeNumberInput } from "../../number-inputs.js";
import { facilitatorProcedure } from "./session-door.js";

const followed = () => facilitatorProcedure({ everyoneFollows: true });

export const runRouter = router({
  /** Brings everyone to this activity. */
  goTo: followed()
    .input(z.object({ index: wholeNumberInput(z.number().int().min(0).max(1000)) }))
    .mutation(async ({ ctx, input }) => {
      await goToActivity(ctx.db, ctx.session.id, input.index, ctx.now());
    }),

  back: followed().mutation(async ({ ctx }) => {
    await goBack(ctx.db, ctx.session.id);
  }),

  setTimer: followed()
    .input(
      z.object({
        minutes: wholeNumberInput(
          z
            .number({ error: "Write the minutes as a whole number." })
            .int("Write the minutes as a whole number.")
            .min(1, "A timer runs at least 1 minute.")
            .max(180, "A timer runs at most 180 minutes.")
            .nullable(),
        ),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await setTimer(ctx.db, ctx.session.id, input.minutes, ctx.now());
    }),

  boardSettings: followed()
    .input(z.object({ locked: z.boolean(), anonymousNotes: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.academySession.update({
        where: { id: ctx.session.id },
        data: { boardLocked: input.locked, anonymousNotes: input.anonymousNotes },
      });
    }),

  end: followed().mutation(async ({ ctx }) => {
    const { session } = ctx;
    const now = ctx.now();
    // Ending closes the vote and reveals its results: the record keeps every round's votes,
    // also when the facilitator never pressed "Reveal the results".
    await ctx.db.$transaction([
      ctx.db.academyVoteRound.updateMany({
        where: { sessionId: session.id, closedAt: null },
        data: { closedAt: now },
      }),
      ctx.db.academyVoteRound.updateMany({
        where: { sessionId: session.id, revealedAt: null },
        data: { revealedAt: now },
      }),
      ctx.db.academySession.update({
        where: { id: session.id },
        data: { endedAt: now, timerEndsAt: null },
      }),
    ]);
    // The record is read from the rows: bring them up to date with the board as it ended.
    await syncBoardRows(ctx, session.id);
    if (!session.endedAt) {
      await inviteToEvaluate(ctx.db, {
        programmeId: ctx.access.programmeId,
        programmeSlug: ctx.access.programmeSlug,
        session,
        endedBy: ctx.user,
      });
    }
  }),

  startVoteRound: followed()
    .input(z.object({ rules: voteRoundInput }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const { durationMinutes, ...rules } = input.rules;
      // One round at a time: starting a new one closes the last.
      const [, round] = await ctx.db.$transaction([
        ctx.db.academyVoteRound.updateMany({
          where: { sessionId: ctx.session.id, closedAt: null },
          data: { closedAt: now },
        }),
        ctx.db.academyVoteRound.create({
          data: {
            ...rules,
            sessionId: ctx.session.id,
            endsAt: durationMinutes ? new Date(now.getTime() + durationMinutes * 60_000) : null,
          },
          select: { id: true },
        }),
      ]);
      return round;
    }),

  /** Closes the latest round and shows everyone its results. */
  revealVotes: followed().mutation(async ({ ctx }) => {
    const round = await ctx.db.academyVoteRound.findFirst({
      where: { sessionId: ctx.session.id },
      orderBy: { createdAt: "desc" },
    });
    if (!round) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "There is no vote to reveal." });
    }
    const now = ctx.now();
    await ctx.db.academyVoteRound.update({
      where: { id: round.id },
      data: { revealedAt: round.revealedAt ?? now, closedAt: round.closedAt ?? now },
    });
  }),

  createOutput: followed()
    .input(z.object({ output: outputInput }))
    .mutation(async ({ ctx, input }) => {
      const { session } = ctx;
      const { output } = input;
      const programmeId = ctx.access.programmeId;
      // A note or group made moments ago may not be in the rows yet.
      if (output.noteId || output.clusterId) await syncBoardRows(ctx, session.id);
      const checks = await Promise.all([
        output.noteId
          ? ctx.db.academyNote.count({ where: { id: output.noteId, sessionId: session.id } })
          : 1,
        output.clusterId
          ? ctx.db.academyCluster.count({ where: { id: output.clusterId, sessionId: session.id } })
          : 1,
        output.sectionId
          ? ctx.db.section.count({
              // A core toolkit section, as outputTargets offers: never a local version.
              where: {
                id: output.sectionId,
                variantOf: null,
                document: { toolbox: { programmeId } },
              },
            })
          : 1,
        output.partnershipId
          ? ctx.db.partnership.count({ where: { id: output.partnershipId, programmeId } })
          : 1,
      ]);
      if (checks.some((count) => count === 0)) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Choose a note, group, section and partnership from this programme.",
        });
      }
      const isAction = output.kind === "action";
      return ctx.db.academyOutput.create({
        data: {
          ...output,
          ownerName: isAction ? output.ownerName || null : null,
          dueDate: isAction ? output.dueDate : null,
          sessionId: session.id,
        },
        select: { id: true },
      });
    }),

  /** Sections and partnerships an output can be linked to. */
  outputTargets: programmeProcedure("academy:facilitate").query(async ({ ctx }) => {
    const programmeId = ctx.access.programmeId;
    const [sections, partnerships] = await Promise.all([
      ctx.db.section.findMany({
        where: { archivedAt: null, variantOf: null, document: { toolbox: { programmeId } } },
        orderBy: [{ document: { sortOrder: "asc" } }, { sortOrder: "asc" }],
        select: { id: true, title: true, document: { select: { title: true } } },
      }),
      ctx.db.partnership.findMany({
        where: { programmeId },
        orderBy: { name: "asc" },
        select: { id: true, name: true },
      }),
    ]);
    return {
      sections: sections.map((s) => ({ id: s.id, title: `${s.document.title}: ${s.title}` })),
      partnerships,
    };
  }),
});
