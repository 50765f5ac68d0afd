// Reading the decision log: newest first, filtered by section, person (who decided or whom it
// is about) and kind; and the same entries as a CSV file through our one CSV writer.
import type { Db, DecisionKind } from "@coproduce/db";
import { toCsv } from "../csv/csv-file.js";

export interface DecisionFilter {
  sectionId?: string;
  personId?: string;
  kind?: DecisionKind;
}

export const KIND_NAMES: Record<DecisionKind, string> = {
  status_changed: "Status changed",
  suggestion_accepted: "Suggestion accepted",
  suggestion_rejected: "Suggestion rejected",
  approver_named: "Approver named",
  approver_removed: "Approver removed",
  sign_off_rule_changed: "Sign-off rule changed",
  release_approved: "Release approved",
  release_objected: "Release objected to",
  release_published: "Release published",
  variant_created: "Local version started",
  variant_published: "Local version published",
  variant_brought_in: "Core change brought in",
};

export async function listDecisions(
  db: Db,
  programmeId: string,
  filter: DecisionFilter,
  limit?: number,
) {
  const entries = await db.decisionEntry.findMany({
    where: {
      programmeId,
      sectionId: filter.sectionId,
      kind: filter.kind,
      ...(filter.personId
        ? { OR: [{ actorId: filter.personId }, { subjectPersonId: filter.personId }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      sectionId: true,
      releaseId: true,
      summary: true,
      createdAt: true,
      actor: { select: { id: true, name: true } },
      subjectPerson: { select: { id: true, name: true } },
    },
  });
  const sectionIds = [...new Set(entries.flatMap((e) => (e.sectionId ? [e.sectionId] : [])))];
  const sections = await db.section.findMany({
    where: { id: { in: sectionIds } },
    select: { id: true, title: true },
  });
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  return entries.map((entry) => ({
    ...entry,
    kindName: KIND_NAMES[entry.kind as DecisionKind] ?? entry.kind,
    sectionTitle: entry.sectionId ? (titles.get(entry.sectionId) ?? null) : null,
  }));
}

export const DECISION_CSV_COLUMNS = [
  "When (UTC)",
  "Kind",
  "Section",
  "Decided by",
  "About",
  "Summary",
] as const;

export function decisionsCsv(entries: Awaited<ReturnType<typeof listDecisions>>): string {
  return toCsv(
    DECISION_CSV_COLUMNS,
    entries.map((entry) => [
      entry.createdAt.toISOString(),
      entry.kindName,
      entry.sectionTitle ?? "",
      entry.actor?.name ?? "Coproduce (automatic)",
      entry.subjectPerson?.name ?? "",
      entry.summary,
    ]),
  );
}

/** The sections and people that appear in the log, for the filter lists. */
export async function decisionFilterChoices(db: Db, programmeId: string) {
  const [sections, people] = await Promise.all([
    db.section.findMany({
      where: { document: { toolbox: { programmeId } } },
      select: { id: true, title: true },
      orderBy: { title: "asc" },
    }),
    db.membership.findMany({
      where: { programmeId },
      select: { user: { select: { id: true, name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
  ]);
  return { sections, people: people.map((m) => m.user) };
}
