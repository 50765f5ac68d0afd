import { TRPCError } from "@trpc/server";
import { publicProcedure, router } from "../trpc.js";

export const devRouter = router({
  /**
   * The messages the app would have emailed. Only when DEV_OUTBOX is on (the local demo):
   * it shows reset links, so a real deployment turns it off and configures mail instead.
   */
  outbox: publicProcedure.query(({ ctx }) => {
    if (!ctx.devOutbox) {
      throw new TRPCError({ code: "NOT_FOUND", message: "The outbox is turned off here." });
    }
    return ctx.db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  }),
});
