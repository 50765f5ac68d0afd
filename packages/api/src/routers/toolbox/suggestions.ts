// Suggestions in a section's text (docs/decisions/0011-suggestions.md). The words are made in
// the browser, in Suggesting mode, and checked by the collaboration server; these procedures
// list them with their authors, and accept, reject or withdraw them.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { suggestionsInState } from "@coproduce/editor/headless";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import {
  decideSuggestions,
  suggestionKindOf,
} from "../../services/toolbox/suggestions/suggestion-decisions.js";
import { findReadableSection, type SectionReader } from "../../policies/readable-section.js";

const sectionIdInput = z.string().min(1).max(100);
const suggestionIdInput = z.string().min(1).max(100);

const sectionFields = { id: true, archivedAt: true } as const;

/** A section whose suggestions may still change: readable by the person, and not archived. */
async function findChangeableSection(reader: SectionReader, sectionId: string) {
  const section = await findReadableSection(reader, sectionId, sectionFields);
  if (section.archivedAt) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This section is archived, so its suggestions cannot change.",
    });
  }
  return section;
}

const gone = () =>
  new TRPCError({
    code: "NOT_FOUND",
    message: "That suggestion is no longer in the text: someone may have just dealt with it.",
  });

export const suggestionsRouter = router({
  /** The suggestions now in a section's text, and the ones decided, with who and when. */
  list: programmeProcedure("toolbox:read")
    .input(z.object({ sectionId: sectionIdInput }))
    .query(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, sectionFields);
      const state = await ctx.documents.read(sectionDocumentName(section.id));
      const pending = state ? suggestionsInState(state) : [];
      const rows = await ctx.db.sectionSuggestion.findMany({
        where: { sectionId: section.id },
        orderBy: { createdAt: "asc" },
        include: { decidedBy: { select: { name: true } } },
      });
      const people = await ctx.db.membership.findMany({
        where: {
          programmeId: ctx.access.programmeId,
          userId: { in: [...new Set([...pending, ...rows].map((s) => s.authorId))] },
        },
        select: {
          userId: true,
          user: { select: { name: true } },
          stakeholderGroup: { select: { name: true } },
        },
      });
      const personOf = (authorId: string) => {
        const person = people.find((p) => p.userId === authorId);
        return {
          id: authorId,
          name: person?.user.name ?? "Someone who has left",
          stakeholderGroup: person?.stakeholderGroup?.name ?? null,
        };
      };
      const rowOf = new Map(rows.map((row) => [row.suggestionId, row]));
      const canDecide = roleCan(ctx.access.role, "toolbox:edit") && !section.archivedAt;
      return {
        canDecide,
        canSuggest: roleCan(ctx.access.role, "toolbox:suggest") && !section.archivedAt,
        pending: pending.map((suggestion) => {
          const suggestedAt =
            rowOf.get(suggestion.suggestionId)?.createdAt ?? new Date(suggestion.createdAt);
          return {
            id: suggestion.suggestionId,
            kind: suggestion.kind,
            text: suggestion.text,
            author: personOf(suggestion.authorId),
            suggestedAt: Number.isNaN(suggestedAt.getTime()) ? null : suggestedAt,
            canWithdraw: suggestion.authorId === ctx.user.id && !section.archivedAt,
          };
        }),
        decided: rows
          .filter((row) => row.status !== "pending" && row.status !== "removed")
          .map((row) => ({
            id: row.suggestionId,
            kind: suggestionKindOf(row.kind),
            text: row.text,
            status: row.status as "accepted" | "rejected" | "withdrawn",
            author: personOf(row.authorId),
            decidedByName: row.decidedBy?.name ?? null,
            decidedAt: row.decidedAt,
          })),
      };
    }),

  /** Accepts or rejects one suggestion. */
  decide: programmeProcedure("toolbox:edit")
    .input(
      z.object({ sectionId: sectionIdInput, suggestionId: suggestionIdInput, accept: z.boolean() }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findChangeableSection(ctx, input.sectionId);
      const decided = await decideSuggestions(ctx.db, ctx.documents, {
        programmeId: ctx.access.programmeId,
        sectionId: section.id,
        deciderId: ctx.user.id,
        decision: input.accept ? "accepted" : "rejected",
        which: (suggestion) => suggestion.suggestionId === input.suggestionId,
        now: ctx.now(),
      });
      if (decided.length === 0) throw gone();
      return { decided: decided.length };
    }),

  /** Accepts or rejects every suggestion one person has in a section. */
  decideAllBy: programmeProcedure("toolbox:edit")
    .input(
      z.object({
        sectionId: sectionIdInput,
        authorId: z.string().min(1).max(100),
        accept: z.boolean(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findChangeableSection(ctx, input.sectionId);
      const decided = await decideSuggestions(ctx.db, ctx.documents, {
        programmeId: ctx.access.programmeId,
        sectionId: section.id,
        deciderId: ctx.user.id,
        decision: input.accept ? "accepted" : "rejected",
        which: (suggestion) => suggestion.authorId === input.authorId,
        now: ctx.now(),
      });
      if (decided.length === 0) throw gone();
      return { decided: decided.length };
    }),

  /** Takes back one's own suggestion. */
  withdraw: programmeProcedure("toolbox:suggest")
    .input(z.object({ sectionId: sectionIdInput, suggestionId: suggestionIdInput }))
    .mutation(async ({ ctx, input }) => {
      const section = await findChangeableSection(ctx, input.sectionId);
      const decided = await decideSuggestions(ctx.db, ctx.documents, {
        programmeId: ctx.access.programmeId,
        sectionId: section.id,
        deciderId: ctx.user.id,
        decision: "withdrawn",
        which: (suggestion) =>
          suggestion.suggestionId === input.suggestionId && suggestion.authorId === ctx.user.id,
        now: ctx.now(),
      });
      if (decided.length === 0) throw gone();
      return { decided: decided.length };
    }),
});
