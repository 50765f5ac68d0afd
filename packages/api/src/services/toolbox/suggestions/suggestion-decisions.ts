// Accepting, rejecting and withdrawing suggestions: the change is made in the live text through
// the one interface for server-made changes (so everyone sees it at once and it is logged), and
// each one is recorded with who decided and when. listSuggestionDecisions gives those records
// for a programme's decision log; accepted rows keep the author, for the credit.
import type { DocumentContent } from "@coproduce/collab";
import type { Db } from "@coproduce/db";
import * as Y from "yjs";
import {
  renderYDoc,
  suggestionDecisionUpdate,
  suggestionsInState,
  type SuggestionSummary,
} from "@coproduce/editor/headless";
import { sectionDocumentName } from "@coproduce/shared/document-names";
import { recordDecision } from "../../governance/decision-log.js";
import {
  holdChangedAgreedSection,
  recordMissingAgreedText,
} from "../../governance/change-control.js";

export type SuggestionDecision = "accepted" | "rejected" | "withdrawn";

export type SuggestionKindName = SuggestionSummary["kind"];

/** A stored kind, read back; an unknown one counts as an insertion (as in the text). */
export function suggestionKindOf(kind: string): SuggestionKindName {
  return kind === "delete" || kind === "split" || kind === "join" ? kind : "insert";
}

/** What a suggestion proposes, for the decision log: "add “words”", "join two paragraphs"… */
function whatItDoes(suggestion: { kind: SuggestionKindName; text: string }) {
  const words = shortened(suggestion.text);
  switch (suggestion.kind) {
    case "insert":
      return `add “${words}”`;
    case "delete":
      return `remove “${words}”`;
    case "split":
      return words ? `start a new paragraph at “${words}”` : "start a new paragraph";
    case "join":
      return words ? `join the paragraph “${words}” to the one before` : "join two paragraphs";
  }
}

/**
 * Accepts (or rejects) the suggestions of section `sectionId` that `which` picks from those in
 * its text, and records the decision as `deciderId`'s. Resolves with the suggestions decided
 * (none if none was in the text any more).
 */
export async function decideSuggestions(
  db: Db,
  documents: DocumentContent,
  options: {
    programmeId: string;
    sectionId: string;
    deciderId: string;
    decision: SuggestionDecision;
    which: (suggestion: SuggestionSummary) => boolean;
    now: Date;
  },
): Promise<SuggestionSummary[]> {
  let decided: SuggestionSummary[] = [];
  const accept = options.decision === "accepted";
  await recordMissingAgreedText(db, options.sectionId);
  const after = await documents.change(
    sectionDocumentName(options.sectionId),
    options.deciderId,
    (state) => {
      decided = suggestionsInState(state).filter(options.which);
      if (decided.length === 0) return null;
      return suggestionDecisionUpdate(
        state,
        decided.map((suggestion) => suggestion.suggestionId),
        accept,
      );
    },
  );
  // Accepting changes the text: change control now, as nobody may be in the section to settle it.
  if (accept && decided.length > 0) {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, after);
      await holdChangedAgreedSection(
        db,
        options.sectionId,
        renderYDoc(doc).html,
        options.deciderId,
      );
    } finally {
      doc.destroy();
    }
  }
  const authors = new Set(
    (
      await db.user.findMany({
        where: { id: { in: decided.map((suggestion) => suggestion.authorId) } },
        select: { id: true },
      })
    ).map((user) => user.id),
  );
  for (const suggestion of decided) {
    if (!authors.has(suggestion.authorId)) continue;
    const decision = {
      status: options.decision,
      decidedById: options.deciderId,
      decidedAt: options.now,
      text: suggestion.text,
    };
    // Accepting and rejecting go in the programme's decision log too, crediting the author;
    // withdrawing is the author changing their mind, not a decision about the text.
    if (options.decision !== "withdrawn") {
      await recordDecision(db, {
        kind: accept ? "suggestion_accepted" : "suggestion_rejected",
        programmeId: options.programmeId,
        sectionId: options.sectionId,
        actorId: options.deciderId,
        subjectPersonId: suggestion.authorId,
        summary: `${accept ? "Accepted" : "Rejected"} a suggestion to ${whatItDoes(suggestion)}`,
        createdAt: options.now,
      });
    }
    await db.sectionSuggestion.upsert({
      where: {
        sectionId_suggestionId: {
          sectionId: options.sectionId,
          suggestionId: suggestion.suggestionId,
        },
      },
      update: decision,
      create: {
        ...decision,
        sectionId: options.sectionId,
        programmeId: options.programmeId,
        suggestionId: suggestion.suggestionId,
        authorId: suggestion.authorId,
        kind: suggestion.kind,
      },
    });
  }
  return decided;
}

export interface SuggestionDecisionRecord {
  sectionId: string;
  sectionTitle: string;
  suggestionId: string;
  kind: SuggestionKindName;
  /** The suggested words, or the words proposed for removal, or the words after a break. */
  text: string;
  status: SuggestionDecision;
  author: { id: string; name: string };
  decidedBy: { id: string; name: string };
  decidedAt: Date;
  suggestedAt: Date;
}

/** Every accepted, rejected or withdrawn suggestion of a programme, newest decision first. */
export async function listSuggestionDecisions(
  db: Db,
  programmeId: string,
): Promise<SuggestionDecisionRecord[]> {
  const rows = await db.sectionSuggestion.findMany({
    where: { programmeId, status: { in: ["accepted", "rejected", "withdrawn"] } },
    orderBy: { decidedAt: "desc" },
    include: {
      section: { select: { title: true } },
      author: { select: { id: true, name: true } },
      decidedBy: { select: { id: true, name: true } },
    },
  });
  return rows.flatMap((row) =>
    row.decidedBy && row.decidedAt
      ? [
          {
            sectionId: row.sectionId,
            sectionTitle: row.section.title,
            suggestionId: row.suggestionId,
            kind: suggestionKindOf(row.kind),
            text: row.text,
            status: row.status as SuggestionDecision,
            author: row.author,
            decidedBy: row.decidedBy,
            decidedAt: row.decidedAt,
            suggestedAt: row.createdAt,
          },
        ]
      : [],
  );
}

/** The suggested words as the decision log shows them: at most about 80 characters. */
function shortened(text: string) {
  const words = text.replace(/\s+/g, " ").trim();
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}
