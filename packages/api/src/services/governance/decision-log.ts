// The programme's decision log: one append-only table, written through one function, so every
// kind of decision (status changes, suggestions, approvals, releases) reads and exports alike.
import type { Db, DecisionKind } from "@coproduce/db";

export interface DecisionInput {
  kind: DecisionKind;
  programmeId: string;
  sectionId?: string | null;
  releaseId?: string | null;
  /** Who decided; null when the server decided (a change moved an agreed section to review). */
  actorId: string | null;
  /** The person the decision is about: an approver, a suggestion's author. */
  subjectPersonId?: string | null;
  summary: string;
  createdAt?: Date;
}

/** Either the client or a transaction's client: log the decision in the same write as the change. */
export type DecisionWriter = Pick<Db, "decisionEntry">;

export function recordDecision(tx: DecisionWriter, entry: DecisionInput) {
  return tx.decisionEntry.create({
    data: {
      kind: entry.kind,
      programmeId: entry.programmeId,
      sectionId: entry.sectionId ?? null,
      releaseId: entry.releaseId ?? null,
      actorId: entry.actorId,
      subjectPersonId: entry.subjectPersonId ?? null,
      summary: entry.summary,
      createdAt: entry.createdAt,
    },
    select: { id: true },
  });
}
