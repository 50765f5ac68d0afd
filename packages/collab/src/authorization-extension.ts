// Who may open which document, and how: authenticates the person from the HTTP upgrade request
// (the session cookie; the provider's token is ignored) and asks the app what they may do with
// the document. "read" makes the connection read-only, which Hocuspocus enforces on the server.
import type { IncomingMessage } from "node:http";
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { CloseCode, CollabRefusal } from "./errors.js";

export interface CollabUser {
  /** The member's user id; null for a Change Academy guest, who has no account. */
  userId: string | null;
  /** Set for a Change Academy guest (from their cookie) instead of userId. */
  guestId?: string;
  name: string;
}

export type CollabAccess = "write" | "read";

/** What the hooks find in `context` once a connection is authorized. */
export interface CollabContext {
  user?: CollabUser;
  access?: CollabAccess;
}

export interface AuthorizationOptions {
  authenticate(request: IncomingMessage): Promise<CollabUser | null>;
  authorize(user: CollabUser, documentName: string): Promise<CollabAccess | null>;
}

export class AuthorizationExtension implements Extension {
  readonly extensionName = "Authorization";
  readonly priority = 1000;
  /** One websocket carries many documents: authenticate its upgrade request once. */
  private readonly users = new WeakMap<IncomingMessage, Promise<CollabUser | null>>();

  constructor(private readonly options: AuthorizationOptions) {}

  async onAuthenticate(data: onAuthenticatePayload): Promise<CollabContext> {
    const { request, documentName, connectionConfig } = data;
    let user: CollabUser | null;
    let access: CollabAccess | null;
    try {
      let pending = this.users.get(request);
      if (!pending) {
        pending = this.options.authenticate(request);
        this.users.set(request, pending);
      }
      user = await pending;
      access = user ? await this.options.authorize(user, documentName) : null;
    } catch (error) {
      console.error(`[collab] authorization for ${documentName} failed`, error);
      throw new CollabRefusal(CloseCode.forbidden, "Access could not be checked");
    }
    if (!user) throw new CollabRefusal(CloseCode.unauthorized, "Not signed in");
    if (!access) throw new CollabRefusal(CloseCode.forbidden, "No access to this document");
    connectionConfig.readOnly = access === "read";
    return { user, access };
  }
}
