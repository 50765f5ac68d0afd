// The panels of the programme home, in the order they show.
import type { HomePanel } from "./panel.js";
import { mentionsAndReplies } from "./mentions-and-replies.js";
import { reviewsWaiting } from "./reviews-waiting.js";
import { moderationWaiting } from "./moderation-waiting.js";
import { sessionsNext } from "./sessions-next.js";
import { mySectionChanges } from "./my-section-changes.js";
import { slippedMilestones } from "./slipped-milestones.js";

export const HOME_PANELS: HomePanel[] = [
  mentionsAndReplies,
  reviewsWaiting,
  moderationWaiting,
  sessionsNext,
  mySectionChanges,
  slippedMilestones,
];
