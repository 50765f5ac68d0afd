// A person's in-app notifications (services/notifications/notify.ts makes them). Each person
// sees only their own, and only from programmes they still belong to (except invitations and
// replies to their feedback), and chooses whether they also come by email.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { authedProcedure, router } from "../../trpc.js";
import { visibleTo } from "../../services/notifications/notify.js";

export const notificationsRouter = router({
  /** The latest 50, newest first, with how many are unread. */
  list: authedProcedure.query(async ({ ctx }) => {
    const where = visibleTo(ctx.user.id);
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
      where: { ...visibleTo(ctx.user.id), readAt: null },
    }),
  ),

  /** Marks one notification read and gives the page it points to. */
  open: authedProcedure
    .input(z.object({ notificationId: z.string().min(1).max(100) }))
    .mutation(async ({ ctx, input }) => {
      const notification = await ctx.db.notification.findFirst({
        where: { ...visibleTo(ctx.user.id), id: input.notificationId },
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

  /** Whether notifications also come by email; they always show in the app. */
  emailPreference: authedProcedure.query(async ({ ctx }) => {
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { emailNotifications: true },
    });
    return { email: user.emailNotifications };
  }),

  setEmailPreference: authedProcedure
    .input(z.object({ email: z.boolean({ error: "Choose whether to get emails." }) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.user.update({
        where: { id: ctx.user.id },
        data: { emailNotifications: input.email },
      });
      return { email: input.email };
    }),

  markAllRead: authedProcedure.mutation(async ({ ctx }) => {
    const { count } = await ctx.db.notification.updateMany({
      where: { userId: ctx.user.id, readAt: null },
      data: { readAt: ctx.now() },
    });
    return { count };
  }),
});
