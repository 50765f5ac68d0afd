// Slipped milestones of my partnerships: not complete, and past their planned date or
// forecast later than planned.
import { formatUkDay } from "@coproduce/shared/uk-time";
import type { HomePanel } from "./panel.js";
import { PANEL_ITEMS } from "./panel.js";

export const slippedMilestones: HomePanel = {
  key: "milestones",
  title: "Slipped milestones in your partnerships",
  empty: "No milestone of your partnerships has slipped.",
  appliesTo: () => true,
  async load(db, viewer) {
    const candidates = await db.milestone.findMany({
      where: {
        status: { not: "complete" },
        partnership: {
          programmeId: viewer.programmeId,
          members: { some: { userId: viewer.userId } },
        },
      },
      orderBy: { plannedDate: "asc" },
      select: {
        id: true,
        title: true,
        plannedDate: true,
        forecastDate: true,
        partnership: { select: { id: true, name: true } },
      },
    });
    const slipped = candidates.filter(
      (m) =>
        m.plannedDate < viewer.now || (m.forecastDate !== null && m.forecastDate > m.plannedDate),
    );
    return {
      items: slipped.slice(0, PANEL_ITEMS).map((m) => ({
        id: m.id,
        text: `${m.partnership.name}: ${m.title}`,
        link: `/p/${viewer.programmeSlug}/delivery-models/${m.partnership.id}`,
        detail: `Planned ${formatUkDay(m.plannedDate)}${
          m.forecastDate ? `, now forecast ${formatUkDay(m.forecastDate)}` : ""
        }`,
        urgent: m.plannedDate < viewer.now,
      })),
      total: slipped.length,
    };
  },
};
