import type { Db, Role } from "@coproduce/db";
import { findSessionUser, type SessionUser } from "./services/sessions.js";
import type { DocumentContent } from "@coproduce/collab";
import { readingEachOnce, type DocumentReads } from "./live-documents/read-once.js";

/** Live documents as procedures see them: the collaboration server's, or the stored log's. */
export type { DocumentContent };

/** For callers with no collaboration server (scripts, benchmarks): any use is a clear error. */
export const unavailableDocuments: DocumentContent = {
  read: () => Promise.reject(new Error("Live documents are not available here")),
  change: () => Promise.reject(new Error("Live documents are not available here")),
  // No collaboration server, so no open screens to tell.
  signal: () => {},
};

/** What every procedure knows about the request it serves. */
export interface Context {
  db: Db;
  /** The signed-in person, or null for an anonymous visitor. */
  user: SessionUser | null;
  /** The client's address, for rate limiting. */
  ip: string;
  /** Whether the request came over HTTPS (cookies are then marked Secure). */
  secure: boolean;
  /** Adds a Set-Cookie header to the response; each adapter says how. */
  setCookie: (serialized: string) => void;
  /** Whether /dev/outbox may list the messages the app would have sent. */
  devOutbox: boolean;
  /** Reads and changes live documents (versions, restores, comment marks, boards). */
  documents: DocumentContent;
  now: () => Date;
  /** A Change Academy guest's cookie token, if any; checked by the guest procedures. */
  guestToken?: string;
  /**
   * Memberships already looked up in this context, by programme slug (see programmeProcedure),
   * when the context lives for one request only; absent otherwise.
   */
  memberships?: Map<string, Promise<{ role: string; programmeId: string } | null>>;
  /**
   * Sections already checked against the draft local version rule in this context, by section
   * id (see findReadableSection), under the same condition as `memberships`.
   */
  readableSections?: Map<string, Promise<void>>;
  /** Live documents already read in this context (see read-once.ts), under the same condition. */
  documentReads?: DocumentReads;
}

export interface CreateContextOptions {
  db: Db;
  sessionToken: string | undefined;
  ip: string;
  secure: boolean;
  setCookie: (serialized: string) => void;
  devOutbox: boolean;
  documents?: DocumentContent;
  now?: () => Date;
  guestToken?: string;
  /**
   * The context serves one request (a page load calls several procedures of one programme):
   * look each membership up, check each section's local version rule, and read each live
   * document, once. Not for long-lived contexts, which would miss later changes.
   */
  oneRequest?: boolean;
}

export async function createContext(options: CreateContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const documentReads: DocumentReads | undefined = options.oneRequest ? new Map() : undefined;
  const user = options.sessionToken
    ? await findSessionUser(options.db, options.sessionToken, now())
    : null;
  return {
    db: options.db,
    user,
    ip: options.ip,
    secure: options.secure,
    setCookie: options.setCookie,
    devOutbox: options.devOutbox,
    documents: options.documents
      ? documentReads
        ? readingEachOnce(options.documents, documentReads)
        : options.documents
      : unavailableDocuments,
    now,
    guestToken: options.guestToken,
    memberships: options.oneRequest ? new Map() : undefined,
    readableSections: options.oneRequest ? new Map() : undefined,
    documentReads,
  };
}

/** A membership as procedures see it once the role check has passed. */
export interface ProgrammeAccess {
  programmeId: string;
  programmeSlug: string;
  role: Role;
}
