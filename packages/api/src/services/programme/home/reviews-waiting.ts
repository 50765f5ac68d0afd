// Suggestions and reviews waiting for me: "review" notifications not yet opened. Suggested
// changes and governance reviews tell reviewers through services/notifications/notify.ts with
// kind "review", so they appear here as soon as they are made.
import type { HomePanel } from "./panel.js";
import { ageText, PANEL_ITEMS } from "./panel.js";

export const reviewsWaiting: HomePanel = {
  key: "reviews",
  title: "Waiting for your review",
  empty: "No suggestions or reviews are waiting for you.",
  appliesTo: () => true,
  async load(db, viewer) {
    const where = {
      userId: viewer.userId,
      programmeId: viewer.programmeId,
      kind: "review",
      readAt: null,
    };
    const [rows, total] = await Promise.all([
      db.notification.findMany({
        where,
        orderBy: { createdAt: "asc" },
        take: PANEL_ITEMS,
        select: { id: true, text: true, link: true, createdAt: true },
      }),
      db.notification.count({ where }),
    ]);
    return {
      items: rows.map((n) => ({
        id: n.id,
        text: n.text,
        link: n.link,
        detail: `Asked ${ageText(n.createdAt, viewer.now)}`,
      })),
      total,
    };
  },
};
