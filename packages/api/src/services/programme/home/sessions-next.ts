// Change Academy sessions today and next: the ones not ended yet, soonest first, saying which
// the person created or facilitates.
import { formatUkDay, formatUkTime, ukIsoDay } from "@coproduce/shared/uk-time";
import type { HomePanel } from "./panel.js";

export const sessionsNext: HomePanel = {
  key: "sessions",
  title: "Sessions today and next",
  empty: "No Change Academy sessions are planned.",
  appliesTo: () => true,
  async load(db, viewer) {
    const rows = await db.academySession.findMany({
      where: { programmeId: viewer.programmeId, endedAt: null, endsAt: { gte: viewer.now } },
      orderBy: { startsAt: "asc" },
      take: 3,
      select: {
        id: true,
        title: true,
        startsAt: true,
        place: true,
        facilitators: true,
        createdById: true,
      },
    });
    const today = ukIsoDay(viewer.now);
    return {
      items: rows.map((s) => {
        const mine =
          s.createdById === viewer.userId ||
          s.facilitators.toLowerCase().includes(viewer.userName.toLowerCase());
        const when = ukIsoDay(s.startsAt) === today ? "Today" : formatUkDay(s.startsAt);
        return {
          id: s.id,
          text: s.title,
          link: `/p/${viewer.programmeSlug}/academy/${s.id}`,
          detail: `${when} at ${formatUkTime(s.startsAt)}, ${s.place}${mine ? ". You are facilitating" : ""}`,
          urgent: ukIsoDay(s.startsAt) === today,
        };
      }),
      more: { text: "All sessions", link: `/p/${viewer.programmeSlug}/academy` },
    };
  },
};
