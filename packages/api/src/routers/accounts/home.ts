// The programme home: "what needs me", as panels (services/programme/home). Every panel reads
// only what the person may see: their own notifications, their sections and partnerships, and
// the moderation queue only for roles that moderate.
import { programmeProcedure, router } from "../../trpc.js";
import { HOME_PANELS } from "../../services/programme/home/panels.js";

export const homeRouter = router({
  panels: programmeProcedure("programme:read").query(async ({ ctx }) => {
    const viewer = {
      userId: ctx.user.id,
      userName: ctx.user.name,
      role: ctx.access.role,
      programmeId: ctx.access.programmeId,
      programmeSlug: ctx.access.programmeSlug,
      now: ctx.now(),
    };
    const panels = HOME_PANELS.filter((panel) => panel.appliesTo(viewer.role));
    return Promise.all(
      panels.map(async (panel) => ({
        key: panel.key,
        title: panel.title,
        empty: panel.empty,
        ...(await panel.load(ctx.db, viewer)),
      })),
    );
  }),
});
