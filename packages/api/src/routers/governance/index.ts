// Governance: section status with change control, release sign-off, and the decision log.
import { router } from "../../trpc.js";
import { sectionStatusRouter } from "./section-status.js";
import { signOffRouter } from "./sign-off.js";
import { decisionLogRouter } from "./decision-log.js";

export const governanceRouter = router({
  sectionStatus: sectionStatusRouter,
  signOff: signOffRouter,
  decisionLog: decisionLogRouter,
});
