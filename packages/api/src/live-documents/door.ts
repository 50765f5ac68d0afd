// The one door to live documents. The web server brings only who is connecting (from the
// cookie) and the websocket; everything else about a document, by kind, is in document-kinds.ts:
// names are parsed here once, and a name that is not one of ours is refused before it is
// loaded, logged or counted (no `section:<id>:extra` twins of a section).
import type { IncomingMessage } from "node:http";
import {
  createCollabServer,
  createLiveDocumentContent,
  type CollabServer,
  type CollabUser,
  type DocumentContent,
  type ScaleOutOptions,
} from "@coproduce/collab";
import type { Db } from "@coproduce/db";
import { parseDocumentName, type DocumentName } from "@coproduce/shared/document-names";
import { documentKinds, sharedLastWriters, type DocumentKind } from "./document-kinds.js";
import { AutomaticVersions } from "../services/toolbox/automatic-versions.js";

export interface LiveDocumentDoorOptions {
  /** The door's own connection: a page action's rolled-back transaction must not take edits. */
  db: Db;
  /**
   * The durable log's own connection (default: `db`). With SQLite, a statement sent on a
   * connection while one of its transactions is open runs inside that transaction; the door's
   * work when changes settle uses transactions (change control), so on a shared connection an
   * edit could be acknowledged before it is committed, and lost if that transaction rolls back.
   */
  logDb?: Db;
  /** Who is connecting, from the upgrade request (the web server reads its cookies). */
  authenticate(request: IncomingMessage): Promise<CollabUser | null>;
  /** Quiet period before a document counts as settled, in ms (default 2000). */
  settleDelayMs?: number;
  /** Several processes on one Redis (REDIS_URL); without it, this process alone. */
  scaleOut?: ScaleOutOptions;
}

export interface LiveDocumentDoor {
  /** Hands a websocket upgrade for a live document to the collaboration server. */
  handleUpgrade: CollabServer["handleUpgrade"];
  /** Reads and changes live documents for the procedures (versions, comments, boards). */
  documents: DocumentContent;
  /** How many people have a live document open now, for "2 editing" on the outline. */
  peopleIn(documentName: string): number;
  /** Closes every connection and finishes settling; the caller still owns `db`. */
  close(): Promise<void>;
}

export function openLiveDocumentDoor(options: LiveDocumentDoorOptions): LiveDocumentDoor {
  const { db } = options;
  // Both read the collaboration server made just below only once it exists.
  const automaticVersions = new AutomaticVersions(db, (name) => documents.read(name), {
    exclusive: (key, work) => collab.locks.withLock(key, { waitMs: 0 }, work).then(() => {}),
  });
  const lastWriters = sharedLastWriters(() => collab.values);
  const kinds = documentKinds(db, { automaticVersions, lastWriters });

  /** The kind of a document and its parsed name, or null if it is not one of ours. */
  function kindOf(documentName: string) {
    const name = parseDocumentName(documentName);
    if (!name) return null;
    // Each row of the table takes the name of its own kind.
    return { name, kind: kinds[name.kind] as DocumentKind<DocumentName> };
  }

  const collab = createCollabServer({
    db: options.logDb ?? db,
    authenticate: options.authenticate,
    settleDelayMs: options.settleDelayMs,
    scaleOut: options.scaleOut,
    authorize: async (user, documentName) => {
      const found = kindOf(documentName);
      return found ? found.kind.access(user, found.name) : null;
    },
    validateUpdate: {
      appliesTo: (documentName) => kindOf(documentName) !== null,
      async ruleFor(user, documentName, update) {
        const found = kindOf(documentName);
        if (!found) return () => "This is not a document.";
        return found.kind.ruleFor(user, found.name, update);
      },
      async accepted(user, documentName) {
        const found = kindOf(documentName);
        await found?.kind.accepted(user, found.name);
      },
    },
    acceptsSignal: (user, documentName, signal) => {
      const found = kindOf(documentName);
      return found ? found.kind.acceptsSignal(user, found.name, signal) : false;
    },
    onDocumentSettled: async (documentName, document) => {
      const found = kindOf(documentName);
      if (found) await found.kind.settled(found.name, document);
    },
    initialContent: async (documentName, document) => {
      const found = kindOf(documentName);
      if (found) await found.kind.initialContent(found.name, document);
    },
  });
  const documents = createLiveDocumentContent(options.logDb ?? db, collab);

  return {
    handleUpgrade: (request, socket, head) => collab.handleUpgrade(request, socket, head),
    documents,
    peopleIn(documentName) {
      const document = collab.hocuspocus.documents.get(documentName);
      return document ? document.awareness.getStates().size : 0;
    },
    async close() {
      automaticVersions.stop();
      await collab.destroy();
    },
  };
}
