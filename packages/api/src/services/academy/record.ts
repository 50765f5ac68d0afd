// The record of a session once it has run: the agenda as run, who came (by stakeholder group),
// the board, the vote results and what came out of it. Also its Markdown and CSV exports.
import { toCsv } from "../csv/csv-file.js";
import type { Db } from "@coproduce/db";
import { activityStartTimes } from "./agenda.js";
import { formatUkTime, ukIsoDay } from "@coproduce/shared/uk-time";

export async function loadSessionRecord(db: Db, sessionId: string) {
  const session = await db.academySession.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      activities: { orderBy: { position: "asc" } },
      attendances: { orderBy: { joinedAt: "asc" } },
      clusters: { orderBy: { createdAt: "asc" } },
      notes: { orderBy: { createdAt: "asc" } },
      voteRounds: {
        orderBy: { createdAt: "asc" },
        include: { votes: { select: { noteId: true, voterName: true } } },
      },
      outputs: { orderBy: { createdAt: "asc" } },
      evaluations: { select: { rating: true, comment: true } },
    },
  });
  const groups = await db.stakeholderGroup.findMany({ orderBy: { sortOrder: "asc" } });
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const attendanceByGroup = new Map<string, number>();
  for (const a of session.attendances) {
    const name = a.stakeholderGroupId
      ? (groupName.get(a.stakeholderGroupId) ?? "Other")
      : "Not said";
    attendanceByGroup.set(name, (attendanceByGroup.get(name) ?? 0) + 1);
  }
  const sectionIds = session.outputs.flatMap((o) => (o.sectionId ? [o.sectionId] : []));
  const partnershipIds = session.outputs.flatMap((o) => (o.partnershipId ? [o.partnershipId] : []));
  const [sections, partnerships] = await Promise.all([
    db.section.findMany({ where: { id: { in: sectionIds } }, select: { id: true, title: true } }),
    db.partnership.findMany({
      where: { id: { in: partnershipIds } },
      select: { id: true, name: true },
    }),
  ]);
  const sectionTitle = new Map(sections.map((s) => [s.id, s.title]));
  const partnershipName = new Map(partnerships.map((p) => [p.id, p.name]));
  const noteText = new Map(session.notes.map((n) => [n.id, n.text]));
  const starts = activityStartTimes(session.startsAt, session.activities);
  const ratings = session.evaluations.map((e) => e.rating);

  return {
    id: session.id,
    programmeId: session.programmeId,
    title: session.title,
    purpose: session.purpose,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    endedAt: session.endedAt,
    place: session.place,
    facilitators: session.facilitators,
    agenda: session.activities.map((a, i) => ({
      title: a.title,
      kind: a.kind,
      durationMinutes: a.durationMinutes,
      plannedStart: starts[i]!,
      startedAt: a.startedAt,
    })),
    attendance: {
      total: session.attendances.length,
      byGroup: [...attendanceByGroup].map(([group, count]) => ({ group, count })),
    },
    board: [
      ...session.clusters.map((c) => ({
        title: c.title,
        notes: session.notes.filter((n) => n.clusterId === c.id).map((n) => n.text),
      })),
      {
        title: "Not grouped",
        notes: session.notes.filter((n) => !n.clusterId).map((n) => n.text),
      },
    ].filter((group) => group.notes.length > 0),
    voteRounds: session.voteRounds.map((round, i) => {
      const counts = new Map<string, number>();
      for (const v of round.votes) counts.set(v.noteId, (counts.get(v.noteId) ?? 0) + 1);
      // Once the session has ended its votes are part of the record, revealed or not (sessions
      // ended before ending revealed them).
      const revealed = Boolean(round.revealedAt || session.endedAt);
      return {
        number: i + 1,
        budget: round.budget,
        revealed,
        results: revealed
          ? [...counts]
              .map(([noteId, votes]) => ({ note: noteText.get(noteId) ?? "(removed)", votes }))
              .sort((a, b) => b.votes - a.votes)
          : [],
      };
    }),
    outputs: session.outputs.map((o) => ({
      id: o.id,
      kind: o.kind,
      title: o.title,
      ownerName: o.ownerName,
      dueDate: o.dueDate,
      status: o.status,
      sectionId: o.sectionId,
      sectionTitle: o.sectionId ? (sectionTitle.get(o.sectionId) ?? null) : null,
      partnershipName: o.partnershipId ? (partnershipName.get(o.partnershipId) ?? null) : null,
    })),
    evaluation: {
      count: ratings.length,
      averageRating: ratings.length ? ratings.reduce((s, r) => s + r, 0) / ratings.length : null,
      comments: session.evaluations.map((e) => e.comment).filter(Boolean),
    },
  };
}

export type SessionRecord = Awaited<ReturnType<typeof loadSessionRecord>>;

// Session times are UK time, like the pages; due dates are calendar dates stored as UTC midnight.
const dueDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const time = formatUkTime;

export function recordToMarkdown(record: SessionRecord): string {
  const lines = [`# ${record.title}`, "", record.purpose, ""];
  lines.push(
    `${ukIsoDay(record.startsAt)} ${time(record.startsAt)}–${time(record.endsAt)} UK time, ${record.place}`,
    "",
  );
  lines.push("## Agenda as run", "");
  for (const a of record.agenda) {
    lines.push(
      `- ${time(a.plannedStart)} ${a.title} (${a.durationMinutes} min)${a.startedAt ? `, started ${time(a.startedAt)}` : ", not run"}`,
    );
  }
  lines.push("", `## Attendance (${record.attendance.total})`, "");
  for (const g of record.attendance.byGroup) lines.push(`- ${g.group}: ${g.count}`);
  lines.push("", "## Board", "");
  for (const group of record.board) {
    lines.push(`### ${group.title}`, "", ...group.notes.map((n) => `- ${n}`), "");
  }
  lines.push("## Votes", "");
  for (const round of record.voteRounds) {
    lines.push(`### Round ${round.number}`, "");
    for (const r of round.results) lines.push(`- ${r.votes} × ${r.note}`);
    lines.push("");
  }
  lines.push("## Outputs", "");
  for (const o of record.outputs) {
    const details = [
      o.ownerName && `owner ${o.ownerName}`,
      o.dueDate && `due ${dueDay(o.dueDate)}`,
      o.sectionTitle && `toolkit: ${o.sectionTitle}`,
      o.partnershipName && `partnership: ${o.partnershipName}`,
    ].filter(Boolean);
    lines.push(`- ${o.kind}: ${o.title}${details.length ? ` (${details.join(", ")})` : ""}`);
  }
  return lines.join("\n") + "\n";
}

export function outputsToCsv(record: SessionRecord): string {
  return toCsv(
    ["kind", "title", "owner", "due", "status", "toolkit_section", "partnership"],
    record.outputs.map((o) => [
      o.kind,
      o.title,
      o.ownerName ?? "",
      dueDay(o.dueDate),
      o.status,
      o.sectionTitle ?? "",
      o.partnershipName ?? "",
    ]),
  );
}
