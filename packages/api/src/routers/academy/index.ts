// Change Academy: plan sessions, run them live, take part (members and guests through one
// door, session-door.ts), and read the record afterwards. Guests join with a code (guest.ts).
import { mergeRouters } from "../../trpc.js";
import { planRouter } from "./plan.js";
import { runRouter } from "./run.js";
import { takePartRouter } from "./take-part.js";
import { recordRouter } from "./record.js";

export const academyRouter = mergeRouters(planRouter, runRouter, takePartRouter, recordRouter);
export { academyGuestRouter, GUEST_CONSENT_TEXT } from "./guest.js";
