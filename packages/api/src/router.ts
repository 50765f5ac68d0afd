import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { router, createCallerFactory } from "./trpc.js";
import { authRouter } from "./routers/accounts/auth.js";
import { programmesRouter } from "./routers/programme/programmes.js";
import { membersRouter } from "./routers/accounts/members.js";
import { invitationsRouter } from "./routers/accounts/invitations.js";
import { toolboxRouter } from "./routers/toolbox/toolbox.js";
import { partnershipsRouter } from "./routers/delivery/partnerships.js";
import { publishingRouter } from "./routers/toolbox/publishing.js";
import { publicToolboxRouter } from "./routers/toolbox/public-toolbox.js";
import { feedbackRouter } from "./routers/feedback/feedback.js";
import { feedbackModerationRouter } from "./routers/feedback/feedback-moderation.js";
import { representationRouter } from "./routers/programme/representation.js";
import { academyGuestRouter, academyRouter } from "./routers/academy/index.js";
import { adoptionRouter } from "./routers/delivery/adoption.js";
import { milestonesRouter } from "./routers/delivery/milestones.js";
import { benefitsRouter } from "./routers/delivery/benefits.js";
import { readinessRouter } from "./routers/delivery/readiness.js";
import { deliveryCsvRouter } from "./routers/delivery/delivery-csv.js";
import { placesRouter } from "./routers/delivery/places.js";
import { devRouter } from "./routers/dev.js";
import { versionsRouter } from "./routers/toolbox/versions.js";
import { searchRouter } from "./routers/programme/search.js";
import { commentsRouter } from "./routers/toolbox/comments.js";
import { suggestionsRouter } from "./routers/toolbox/suggestions.js";
import { notificationsRouter } from "./routers/accounts/notifications.js";
import { homeRouter } from "./routers/accounts/home.js";
import { governanceRouter } from "./routers/governance/index.js";
import { coProductionRouter } from "./routers/programme/co-production.js";
import { variantsRouter } from "./routers/toolbox/variants.js";

export const appRouter = router({
  auth: authRouter,
  programmes: programmesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  toolbox: toolboxRouter,
  partnerships: partnershipsRouter,
  publishing: publishingRouter,
  publicToolbox: publicToolboxRouter,
  feedback: feedbackRouter,
  feedbackModeration: feedbackModerationRouter,
  representation: representationRouter,
  versions: versionsRouter,
  search: searchRouter,
  comments: commentsRouter,
  suggestions: suggestionsRouter,
  notifications: notificationsRouter,
  home: homeRouter,
  governance: governanceRouter,
  coProduction: coProductionRouter,
  variants: variantsRouter,
  academy: academyRouter,
  academyGuest: academyGuestRouter,
  adoption: adoptionRouter,
  milestones: milestonesRouter,
  benefits: benefitsRouter,
  readiness: readinessRouter,
  deliveryCsv: deliveryCsvRouter,
  places: placesRouter,
  dev: devRouter,
});

export type AppRouter = typeof appRouter;
/** What each procedure takes, and returns over HTTP (as JSON): inferred, never redeclared. */
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process, as route loaders and actions do. */
export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;
type OutputsOf<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => Promise<infer Output>
    ? Output
    : OutputsOf<T[K]>;
};
/** What each procedure returns to an in-process caller (pages' loaders): dates stay dates. */
export type CallerOutputs = OutputsOf<Caller>;
