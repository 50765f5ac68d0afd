// Builds the tRPC context for one HTTP request: who is signed in, where they are, and how to
// set cookies on the response. Used by both the tRPC HTTP handler and the page loaders.
import type { Request, Response } from "express";
import { parse } from "cookie";
import {
  createCaller,
  createContext,
  GUEST_COOKIE,
  SESSION_COOKIE,
  type Caller,
  type LiveDocumentDoor,
} from "@coproduce/api";
import type { Db } from "@coproduce/db";
import { env } from "./env.server.js";
import { devOutboxOpenTo } from "./dev-outbox.server.js";
import { cspNonceOf } from "./security-headers.server.js";

/** What pages and procedures use of the live-documents door besides the database. */
export type LiveDocuments = Pick<LiveDocumentDoor, "documents" | "peopleIn">;

export function contextForRequest(
  db: Db,
  req: Request,
  res: Response,
  liveDocuments: LiveDocuments,
) {
  const cookies = parse(req.headers.cookie ?? "");
  return createContext({
    db,
    sessionToken: cookies[SESSION_COOKIE],
    ip: req.ip ?? req.socket.remoteAddress ?? "unknown",
    secure: req.secure,
    // res.append keeps cookies set here when React Router or tRPC later add their own headers.
    setCookie: (cookie) => res.append("Set-Cookie", cookie),
    devOutbox: devOutboxOpenTo(env.DEV_OUTBOX, req),
    documents: liveDocuments.documents,
    guestToken: cookies[GUEST_COOKIE],
    // Every HTTP request gets its own context.
    oneRequest: true,
  });
}

export interface AppLoadContext {
  [key: string]: unknown;
  /** The tRPC router, called in-process with this request's session. */
  trpc: Caller;
  user: Awaited<ReturnType<typeof createContext>>["user"];
  devOutbox: boolean;
  /** How many people have a live document open right now. */
  peopleIn: (documentName: string) => number;
  /** A full page load (not a client-side navigation's data request). */
  documentRequest: boolean;
  /** Long HTML for the server render only, by key (see app/lib/page-html.tsx). */
  pageHtml: Map<string, string>;
  /** This response's Content Security Policy nonce, for the page's inline scripts. */
  cspNonce: string;
}

export async function loadContextForRequest(
  db: Db,
  req: Request,
  res: Response,
  liveDocuments: LiveDocuments,
): Promise<AppLoadContext> {
  const ctx = await contextForRequest(db, req, res, liveDocuments);
  return {
    trpc: createCaller(ctx),
    user: ctx.user,
    devOutbox: ctx.devOutbox,
    peopleIn: (name) => liveDocuments.peopleIn(name),
    // React Router asks for a route's data at the page's path plus ".data".
    documentRequest: !req.path.endsWith(".data"),
    pageHtml: new Map(),
    cspNonce: cspNonceOf(res),
  };
}
