// Feedback waiting for moderation, oldest first with its age: for the people who moderate.
import { roleCan } from "../../../permissions.js";
import type { HomePanel } from "./panel.js";
import { ageText, PANEL_ITEMS } from "./panel.js";

const WEEK = 7 * 24 * 60 * 60 * 1000;

export const moderationWaiting: HomePanel = {
  key: "moderation",
  title: "Feedback waiting for moderation",
  empty: "No feedback is waiting. Everything sent has been read.",
  appliesTo: (role) => roleCan(role, "feedback:moderate"),
  async load(db, viewer) {
    const where = { programmeId: viewer.programmeId, moderation: "pending" };
    const [rows, total] = await Promise.all([
      db.feedback.findMany({
        where,
        orderBy: { createdAt: "asc" },
        take: PANEL_ITEMS,
        select: { id: true, targetTitle: true, body: true, createdAt: true },
      }),
      db.feedback.count({ where }),
    ]);
    return {
      items: rows.map((f) => ({
        id: f.id,
        text: `About “${f.targetTitle}”: ${f.body.length > 80 ? `${f.body.slice(0, 80)}…` : f.body}`,
        link: `/p/${viewer.programmeSlug}/feedback/${f.id}`,
        detail: `Sent ${ageText(f.createdAt, viewer.now)}`,
        urgent: viewer.now.getTime() - f.createdAt.getTime() > WEEK,
      })),
      total,
      more: { text: "Moderate feedback", link: `/p/${viewer.programmeSlug}/feedback` },
    };
  },
};
