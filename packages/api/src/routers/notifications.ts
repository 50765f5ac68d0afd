// A person's in-app notifications (for now: mentions in comments). Each person sees only their
// own, and only from programmes they still belong to.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure, router } from "../trpc.js";

const stillMember = (userId: string) => ({
  programme: { memberships: { some: { userId } } },
});

export const notificationsRouter = router({
  /** The latest 50, newest first, with how many are unread. */
  list: authedProcedure.query(async ({ ctx }) => {
    const where = { userId: ctx.user.id, ...stillMember(ctx.user.id) };
    const [items, unread] = await Promise.all([
      ctx.db.notification.findMany({
        where,
        orderBy: { createdAt: "desc" },
        take: 50,
        select: {
          id: true,
          kind: true,
          text: true,
          link: true,
          readAt: true,
          createdAt: true,
          programme: { select: { name: true } },
        },
      }),
      ctx.db.notification.count({ where: { ...where, readAt: null } }),
    ]);
    return { items, unread };
  }),

  unreadCount: authedProcedure.query(({ ctx }) =>
    ctx.db.notification.count({
      where: { userId: ctx.user.id, readAt: null, ...stillMember(ctx.user.id) },
    }),
  ),

  /** Marks one notification read and gives the page it points to. */
  open: authedProcedure
    .input(z.object({ notificationId: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const notification = await ctx.db.notification.findFirst({
        where: { id: input.notificationId, userId: ctx.user.id, ...stillMember(ctx.user.id) },
        select: { id: true, link: true, readAt: true },
      });
      if (!notification) {
        throw new TRPCError({ code: "NOT_FOUND", message: "We could not find that notification." });
      }
      if (!notification.readAt) {
        await ctx.db.notification.update({
          where: { id: notification.id },
          data: { readAt: ctx.now() },
        });
      }
      return { link: notification.link };
    }),

  markAllRead: authedProcedure.mutation(async ({ ctx }) => {
    const { count } = await ctx.db.notification.updateMany({
      where: { userId: ctx.user.id, readAt: null },
      data: { readAt: ctx.now() },
    });
    return { count };
  }),
});
