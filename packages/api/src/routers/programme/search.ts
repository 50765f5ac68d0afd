import { z } from "zod";
import { programmeProcedure, router } from "../../trpc.js";
import { searchProgramme } from "../../services/search.js";

export const searchRouter = router({
  /**
   * One page of ranked results for what was typed, only from records the caller's role may
   * see, with how many match in all.
   */
  query: programmeProcedure("search:use")
    .input(
      z.object({
        q: z.string().max(200, "Use at most 200 characters to search."),
        page: z.number().int().min(1, "Pages start at 1.").max(1000).default(1),
        pageSize: z.number().int().min(1).max(50).default(20),
      }),
    )
    .query(({ ctx, input }) =>
      searchProgramme(ctx.db, ctx.access, input.q, { page: input.page, pageSize: input.pageSize }),
    ),
});
