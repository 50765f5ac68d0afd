// My mentions and replies: notifications that someone wrote to or about me, unread first.
import type { HomePanel } from "./panel.js";
import { ageText, PANEL_ITEMS } from "./panel.js";

const KINDS = ["mention", "feedback_reply", "feedback"];

export const mentionsAndReplies: HomePanel = {
  key: "mentions",
  title: "Mentions and replies",
  empty: "Nobody has mentioned you or replied to you yet.",
  appliesTo: () => true,
  async load(db, viewer) {
    const where = { userId: viewer.userId, programmeId: viewer.programmeId, kind: { in: KINDS } };
    const [rows, unread] = await Promise.all([
      db.notification.findMany({
        where,
        orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
        take: PANEL_ITEMS,
        select: { id: true, text: true, link: true, readAt: true, createdAt: true },
      }),
      db.notification.count({ where: { ...where, readAt: null } }),
    ]);
    return {
      items: rows.map((n) => ({
        id: n.id,
        text: n.text,
        link: n.link,
        detail: `${n.readAt ? "Read" : "New"}, ${ageText(n.createdAt, viewer.now)}`,
        urgent: !n.readAt,
      })),
      total: unread,
      more: { text: "All notifications", link: "/notifications" },
    };
  },
};
