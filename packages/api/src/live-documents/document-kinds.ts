// Every kind of live document, in one table: who may open it and how, which changes it
// accepts, what a brand-new one contains, and what happens when its changes settle. Its name
// is made and read in @coproduce/shared/document-names; a new kind there needs a row here (the table's type
// asks for one per kind) and nothing in the web server.
import * as Y from "yjs";
import type { CollabAccess, CollabUser, SharedValues, UpdateRule } from "@coproduce/collab";
import type { Db } from "@coproduce/db";
import { sectionUpdateRefusal, suggestionAuthorshipRefusal } from "@coproduce/editor/headless";
import { sectionDocumentName, type DocumentName } from "@coproduce/shared/document-names";
import { documentAccess } from "../policies/document-access.js";
import { boardAccess, boardStateOf } from "../services/academy/board-access.js";
import { boardUpdateRefusal } from "../services/academy/board-rules.js";
import { boardFromState, mirrorBoard, seedBoard } from "../services/academy/board-mirror.js";
import { renderSectionText, seedSectionContent } from "../services/toolbox/derived-text.js";
import type { AutomaticVersions } from "../services/toolbox/automatic-versions.js";
import {
  holdChangedAgreedSection,
  recordMissingAgreedText,
} from "../services/governance/change-control.js";
import { recordSuggestions } from "../services/toolbox/suggestions/suggestion-records.js";
import { suggestOnlyRefusal } from "../services/toolbox/suggestions/suggest-only-rule.js";
import { variantChangeRefusal } from "../policies/variant-access.js";
import { readSectionWriterFacts } from "../policies/section-writer-facts.js";

export interface DocumentKind<Name extends DocumentName> {
  /** Whether `user` may open the document, writable or read-only; null refuses them. */
  access(user: CollabUser, name: Name): Promise<CollabAccess | null>;
  /**
   * Reads what is needed to judge a writer's `update` (at once, beside other changes' reads)
   * and returns the rule that judges it, run in order with the document's other changes: why
   * the update may not be applied, or null. The rule reads the state it applies to only when
   * it must (see UpdateRule).
   */
  ruleFor(user: CollabUser, name: Name, update: Uint8Array): Promise<UpdateRule>;
  /** Once a writer's change is accepted, before it is logged. */
  accepted(user: CollabUser, name: Name): Promise<void>;
  /** Fills a document that has never been stored (from the server, never from a browser). */
  initialContent(name: Name, document: Y.Doc): Promise<void>;
  /** Runs when changes have stopped for a moment, and when the last person leaves. */
  settled(name: Name, document: Y.Doc): Promise<void>;
  /**
   * Whether `user` may send `signal` (a stateless message) to everyone else in the document.
   * The server's own signals (`DocumentContent.signal`) need no permission.
   */
  acceptsSignal(user: CollabUser, name: Name, signal: string): boolean;
}

/** Signals come from the server only, after a procedure has checked and made the change. */
const fromTheServerOnly = () => false;

export type DocumentKinds = {
  [Kind in DocumentName["kind"]]: DocumentKind<Extract<DocumentName, { kind: Kind }>>;
};

export interface DocumentKindServices {
  /** Records a section's automatic versions when its changes settle. */
  automaticVersions: AutomaticVersions;
  /**
   * Who last changed each section's text since it last settled, for the decision log when the
   * change moves an agreed section back to review; shared by all processes (the one that
   * renders a change may not be the one that received it).
   */
  lastWriters: LastWriters;
}

export interface LastWriters {
  note(sectionId: string, userId: string): Promise<void>;
  /** The last writer, forgotten as it is read. */
  take(sectionId: string): Promise<string | null>;
}

/** Last writers kept in shared values (collab.values), for a day at most. */
export function sharedLastWriters(values: () => SharedValues): LastWriters {
  const key = (sectionId: string) => `last-writer:${sectionId}`;
  return {
    note: (sectionId, userId) => values().set(key(sectionId), userId, 24 * 60 * 60 * 1000),
    take: (sectionId) => values().take(key(sectionId)),
  };
}

export function documentKinds(db: Db, services: DocumentKindServices): DocumentKinds {
  const { lastWriters } = services;
  return {
    section: {
      // Members only (guests have no account): the same permission table as the procedures.
      access: async (user, name) =>
        user.userId ? documentAccess(db, user.userId, sectionDocumentName(name.sectionId)) : null,
      // No inline styles, link targets, rel or addresses beyond what our editor writes; no
      // one makes or changes a suggestion in someone else's name; and people who may only
      // suggest change nothing but their own suggestions. Who is writing is read afresh for
      // every change (one statement), so someone made a contributor or taken off a
      // partnership while connected is held to it from their next change.
      ruleFor: async (user, name, update) => {
        const facts = await readSectionWriterFacts(db, user.userId, name.sectionId);
        return (currentState, document) =>
          sectionUpdateRefusal(document, currentState, update) ??
          suggestionAuthorshipRefusal(currentState, update, user.userId ?? "") ??
          variantChangeRefusal(facts) ??
          suggestOnlyRefusal(facts, user, currentState, update);
      },
      accepted: async (user, name) => {
        if (user.userId) await lastWriters.note(name.sectionId, user.userId);
      },
      initialContent: (name, document) => seedSectionContent(db, name.sectionId, document),
      // Plain text and HTML for listings, reading and search (accepted text only); an
      // automatic version if due; change control: a change to an agreed section's text moves
      // it back to review; and a row for each new suggestion.
      async settled(name, document) {
        const changedBy = await lastWriters.take(name.sectionId);
        await recordMissingAgreedText(db, name.sectionId);
        const rendered = await renderSectionText(
          db,
          name.sectionId,
          document,
          services.automaticVersions,
        );
        await holdChangedAgreedSection(db, name.sectionId, rendered.html, changedBy);
        await recordSuggestions(db, name.sectionId, Y.encodeStateAsUpdate(document));
      },
      acceptsSignal: fromTheServerOnly,
    },
    board: {
      access: async (user, name) =>
        (await boardAccess(db, visitorOf(user), name.sessionId))?.access ?? null,
      async ruleFor(user, name, update) {
        const [access, state] = await Promise.all([
          boardAccess(db, visitorOf(user), name.sessionId),
          boardStateOf(db, name.sessionId),
        ]);
        return (currentState) => {
          if (!access || access.access !== "write" || !state) {
            return "You can no longer change this board.";
          }
          return boardUpdateRefusal(currentState(), update, access.actor, state);
        };
      },
      accepted: async () => {},
      initialContent: (name, document) => seedBoard(db, name.sessionId, document),
      // The board's notes and clusters as rows, for the record and exports.
      settled: (name, document) =>
        mirrorBoard(db, name.sessionId, boardFromState(Y.encodeStateAsUpdate(document))),
      // "Everyone follows" (LIVE_SIGNAL) is sent by the live-session procedures, never by a
      // browser: a participant could otherwise make every screen reload at will.
      acceptsSignal: fromTheServerOnly,
    },
  };
}

function visitorOf(user: CollabUser) {
  return { userId: user.userId, guestId: user.guestId ?? null, name: user.name };
}
