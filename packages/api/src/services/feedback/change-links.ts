// What a response can point to as "what changed": a Toolbox section, a published release, or a
// partnership's delivery model. Stored as type, id and a label people can read.
import { TRPCError } from "@trpc/server";
import type { Db } from "@coproduce/db";
import {
  changedThingValue,
  parseChangedThing,
  type ChangedThing,
} from "@coproduce/shared/feedback-targets";

export interface ChangeLink extends ChangedThing {
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
      value: changedThingValue({ type: "release", id: r.version }),
      label: `Toolbox release ${r.version}`,
    })),
    ...sections.map((s) => ({
      value: changedThingValue({ type: "section", id: s.id }),
      label: `Toolbox section: ${s.title}`,
    })),
    ...partnerships.map((p) => ({
      value: changedThingValue({ type: "partnership", id: p.id }),
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
  const thing = option && parseChangedThing(option.value);
  if (!option || !thing) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Choose what changed from the list." });
  }
  return { ...thing, label: option.label };
}
