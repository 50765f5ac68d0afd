// Recent changes to sections I own: versions saved (or made automatically while people typed)
// in the last two weeks by anyone but me.
import type { HomePanel } from "./panel.js";
import { ageText, PANEL_ITEMS } from "./panel.js";

const FORTNIGHT = 14 * 24 * 60 * 60 * 1000;

export const mySectionChanges: HomePanel = {
  key: "section-changes",
  title: "Changes to your sections",
  empty: "Nobody else has changed the sections you own in the last two weeks.",
  appliesTo: () => true,
  async load(db, viewer) {
    const rows = await db.sectionVersion.findMany({
      where: {
        createdAt: { gte: new Date(viewer.now.getTime() - FORTNIGHT) },
        OR: [{ authorId: null }, { authorId: { not: viewer.userId } }],
        section: {
          ownerId: viewer.userId,
          archivedAt: null,
          document: { toolbox: { programmeId: viewer.programmeId } },
        },
      },
      orderBy: { createdAt: "desc" },
      take: PANEL_ITEMS,
      select: {
        id: true,
        kind: true,
        name: true,
        createdAt: true,
        author: { select: { name: true } },
        section: { select: { id: true, title: true } },
      },
    });
    return {
      items: rows.map((v) => ({
        id: v.id,
        text: `“${v.section.title}”: ${
          v.kind === "named" && v.name
            ? `version “${v.name}” saved`
            : v.kind === "restore"
              ? "an earlier version restored"
              : "edited"
        }`,
        link: `/p/${viewer.programmeSlug}/toolbox/${v.section.id}/versions`,
        detail: `${v.author ? `By ${v.author.name}, ` : ""}${ageText(v.createdAt, viewer.now)}`,
      })),
    };
  },
};
