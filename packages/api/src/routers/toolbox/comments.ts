// Comment threads on a section's text. Everyone in the programme reads them; contributors and
// up write them (see permissions.ts); a thread is resolved or reopened by its author or by an
// editor, facilitator or admin.
import { randomUUID } from "node:crypto";
import { markCommentedWords } from "../../services/comment-anchors.js";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { roleCan } from "../../permissions.js";
import type { ProgrammeAccess } from "../../context.js";
import {
  commentBodyInput,
  mentionsInput,
  prefixInput,
  quoteInput,
  threadIdInput,
} from "../../services/comment-inputs.js";
import { notifyMentioned } from "../../services/mentions.js";
import { findReadableSection, type SectionReader } from "../../policies/readable-section.js";

const sectionIdInput = z.string().min(1).max(100);

const sectionFields = { id: true, title: true, archivedAt: true } as const;

function refuseIfArchived(section: { archivedAt: Date | null }) {
  if (section.archivedAt) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This section is archived, so it cannot get new comments.",
    });
  }
}

/** A thread of the programme; its section comes through the same door as any other. */
async function findThread(reader: SectionReader, threadId: string) {
  const thread = await reader.db.commentThread.findFirst({
    where: {
      id: threadId,
      section: { document: { toolbox: { programmeId: reader.access.programmeId } } },
    },
  });
  if (!thread) {
    throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that comment." });
  }
  const section = await findReadableSection(reader, thread.sectionId, sectionFields);
  return { ...thread, section };
}

function canResolve(access: ProgrammeAccess, userId: string, thread: { authorId: string }) {
  return (
    roleCan(access.role, "comments:write") &&
    (thread.authorId === userId || roleCan(access.role, "toolbox:edit"))
  );
}

export const commentsRouter = router({
  /** Every thread of a section, oldest first, with its comments. */
  threads: programmeProcedure("comments:read")
    .input(z.object({ sectionId: sectionIdInput }))
    .query(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, sectionFields);
      const threads = await ctx.db.commentThread.findMany({
        where: { sectionId: section.id },
        orderBy: { createdAt: "asc" },
        include: {
          author: { select: { id: true, name: true } },
          resolvedBy: { select: { name: true } },
          comments: {
            orderBy: { createdAt: "asc" },
            include: { author: { select: { id: true, name: true } } },
          },
        },
      });
      return {
        canComment: roleCan(ctx.access.role, "comments:write") && !section.archivedAt,
        threads: threads.map((thread) => ({
          id: thread.id,
          quote: thread.quote,
          status: thread.status as "open" | "resolved",
          createdAt: thread.createdAt,
          author: thread.author,
          resolvedByName: thread.resolvedBy?.name ?? null,
          resolvedAt: thread.resolvedAt,
          canResolve: canResolve(ctx.access, ctx.user.id, thread),
          comments: thread.comments.map((comment) => ({
            id: comment.id,
            author: comment.author,
            body: comment.body,
            createdAt: comment.createdAt,
          })),
        })),
      };
    }),

  /** Starts a thread on the selected words: marks them in the live text, then saves. */
  createThread: programmeProcedure("comments:write")
    .input(
      z.object({
        sectionId: sectionIdInput,
        quote: quoteInput,
        prefix: prefixInput,
        body: commentBodyInput,
        mentions: mentionsInput,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const section = await findReadableSection(ctx, input.sectionId, sectionFields);
      refuseIfArchived(section);
      const threadId = randomUUID();
      // Only the mark is added to the text (commentMarkUpdate checks the text is unchanged), so
      // a contributor's comment can never be a way to edit.
      const marked = await markCommentedWords(ctx.documents, section.id, threadId, {
        quote: input.quote,
        prefix: input.prefix,
      });
      if (!marked) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            "We could not find the words you selected in the section: they may have just changed. Select them again.",
        });
      }
      await ctx.db.$transaction([
        ctx.db.commentThread.create({
          data: {
            id: threadId,
            sectionId: section.id,
            quote: input.quote,
            authorId: ctx.user.id,
          },
        }),
        ctx.db.comment.create({
          data: { threadId, authorId: ctx.user.id, body: input.body },
        }),
      ]);
      await notifyMentioned(ctx.db, {
        programmeId: ctx.access.programmeId,
        programmeSlug: ctx.access.programmeSlug,
        actor: ctx.user,
        mentionedUserIds: input.mentions,
        section,
        threadId,
      });
      return { threadId };
    }),

  reply: programmeProcedure("comments:write")
    .input(z.object({ threadId: threadIdInput, body: commentBodyInput, mentions: mentionsInput }))
    .mutation(async ({ ctx, input }) => {
      const thread = await findThread(ctx, input.threadId);
      refuseIfArchived(thread.section);
      const comment = await ctx.db.comment.create({
        data: { threadId: thread.id, authorId: ctx.user.id, body: input.body },
        select: { id: true },
      });
      await notifyMentioned(ctx.db, {
        programmeId: ctx.access.programmeId,
        programmeSlug: ctx.access.programmeSlug,
        actor: ctx.user,
        mentionedUserIds: input.mentions,
        section: thread.section,
        threadId: thread.id,
      });
      return { commentId: comment.id };
    }),

  /** Resolves (resolved: true) or reopens (false) a thread. */
  resolve: programmeProcedure("comments:write")
    .input(z.object({ threadId: threadIdInput, resolved: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const thread = await findThread(ctx, input.threadId);
      if (!canResolve(ctx.access, ctx.user.id, thread)) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only the person who started this thread, or an editor, can resolve it.",
        });
      }
      await ctx.db.commentThread.update({
        where: { id: thread.id },
        data: input.resolved
          ? { status: "resolved", resolvedById: ctx.user.id, resolvedAt: ctx.now() }
          : { status: "open", resolvedById: null, resolvedAt: null },
      });
      return { status: input.resolved ? "resolved" : "open" };
    }),
});
