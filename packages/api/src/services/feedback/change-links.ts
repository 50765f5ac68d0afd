// What a response can point to as "what changed": a Toolbox section, a published release, or a
// partnership's delivery model. Stored as type, id and a label people can read.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";

export interface ChangeLink {
  type: "section" | "release" | "partnership";
  id: string;
  label: string;
}

export async function changeOptions(
  db: Db,
  programmeId: string,
): Promise<{ value: string; label: string }[]> {
  const [sections, releases, partnerships] = await Promise.all([
    db.section.findMany({
      where: { archivedAt: null, variantOf: null, document: { toolbox: { programmeId } } },
      orderBy: [{ document: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      select: { id: true, title: true },
    }),
    db.toolboxRelease.findMany({
      where: { toolbox: { programmeId } },
      orderBy: { publishedAt: "desc" },
      select: { version: true },
    }),
    db.partnership.findMany({
      where: { programmeId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return [
    ...releases.map((r) => ({
      value: `release:${r.version}`,
      label: `Toolbox release ${r.version}`,
    })),
    // eslint-disable-next-line coproduce/document-names-in-one-place -- a form value naming what feedback changed, not a live document
    ...sections.map((s) => ({ value: `section:${s.id}`, label: `Toolbox section: ${s.title}` })),
    ...partnerships.map((p) => ({
      value: `partnership:${p.id}`,
      label: `Delivery model: ${p.name}`,
    })),
  ];
}

/** Checks that `value` names something in this programme, and labels it. */
export async function describeChange(
  db: Db,
  programmeId: string,
  value: string,
): Promise<ChangeLink> {
  const options = await changeOptions(db, programmeId);
  const option = options.find((o) => o.value === value);
  if (!option) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose what changed from the list." });
  }
  const [type, ...rest] = option.value.split(":");
  return { type: type as ChangeLink["type"], id: rest.join(":"), label: option.label };
}
