import { router, createCallerFactory } from "./trpc.js";
import { authRouter } from "./routers/auth.js";
import { programmesRouter } from "./routers/programmes.js";
import { membersRouter } from "./routers/members.js";
import { invitationsRouter } from "./routers/invitations.js";
import { toolboxRouter } from "./routers/toolbox.js";
import { partnershipsRouter } from "./routers/partnerships.js";
import { adoptionRouter } from "./routers/adoption.js";
import { milestonesRouter } from "./routers/milestones.js";
import { benefitsRouter } from "./routers/benefits.js";
import { readinessRouter } from "./routers/readiness.js";
import { deliveryCsvRouter } from "./routers/delivery-csv.js";
import { devRouter } from "./routers/dev.js";

export const appRouter = router({
  auth: authRouter,
  programmes: programmesRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  toolbox: toolboxRouter,
  partnerships: partnershipsRouter,
  adoption: adoptionRouter,
  milestones: milestonesRouter,
  benefits: benefitsRouter,
  readiness: readinessRouter,
  deliveryCsv: deliveryCsvRouter,
  dev: devRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process, as route loaders and actions do. */
export const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;
