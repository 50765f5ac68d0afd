// One local version in the demo: Northbridge Together's own wording of the first toolkit section
// it has adapted, so the partnership page, the matrix and the local-version page have something
// to show (docs/decisions/0017-local-versions.md). The toolkit has no release in the demo, so it
// is based on the core's current text.
import type { Db } from "../client.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const LOCAL_WORDS =
  "In Northbridge, the care co-ordinator at the Riverside hub is the first person to call.";

export async function seedLocalVersions(tx: Tx, programmeId: string) {
  const partnership = await tx.partnership.findFirst({
    where: { programmeId, name: "Northbridge Together" },
    select: { id: true, name: true },
  });
  if (!partnership) return;
  const cell = await tx.adoptionCell.findFirst({
    where: { partnershipId: partnership.id, status: "adapted" },
    orderBy: { section: { sortOrder: "asc" } },
    select: { section: { select: { id: true, title: true, documentId: true, plainText: true } } },
  });
  if (!cell) return;
  const core = cell.section;
  const local = await tx.section.create({
    data: {
      documentId: core.documentId,
      title: `${core.title} (${partnership.name})`,
      sortOrder: 0,
      plainText: `${core.plainText}\n\n${LOCAL_WORDS}`,
    },
  });
  await tx.sectionVariant.create({
    data: {
      programmeId,
      partnershipId: partnership.id,
      coreSectionId: core.id,
      variantSectionId: local.id,
      baseText: core.plainText,
    },
  });
}
