import type { Db, Role } from "@coproduce/db";
import { findSessionUser, type SessionUser } from "./services/sessions.js";

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
  now: () => Date;
  /** A Change Academy guest's cookie token, if any; checked by the guest procedures. */
  guestToken?: string;
}

export interface CreateContextOptions {
  db: Db;
  sessionToken: string | undefined;
  ip: string;
  secure: boolean;
  setCookie: (serialized: string) => void;
  devOutbox: boolean;
  now?: () => Date;
  guestToken?: string;
}

export async function createContext(options: CreateContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
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
    now,
    guestToken: options.guestToken,
  };
}

/** A membership as procedures see it once the role check has passed. */
export interface ProgrammeAccess {
  programmeId: string;
  programmeSlug: string;
  role: Role;
}
