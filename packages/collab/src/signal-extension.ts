// Signals: short stateless messages ("the live state changed, reload it") that reach everyone
// who has a document open and are never stored, unlike a change to the document itself.
// Hocuspocus passes a client's stateless message to the onStateless hook, and broadcasts a
// client's "broadcast stateless" message to every connection with no hook at all; both are
// checked here before Hocuspocus handles them, so only what the app allows is ever sent on.
import type { Extension, beforeHandleMessagePayload, onStatelessPayload } from "@hocuspocus/server";
import type { CollabContext, CollabUser } from "./authorization-extension.js";
import { CloseCode, CollabRefusal } from "./errors.js";
import { readSignal } from "./sync-message.js";

/** Whether `user` may send `signal` to everyone else in the document. */
export type SignalCheck = (user: CollabUser, documentName: string, signal: string) => boolean;

/** Without a check, no client may send signals: they come from the server. */
const serverOnly: SignalCheck = () => false;

export class SignalExtension implements Extension {
  readonly extensionName = "Signals";
  /** Below ConnectionLimits (900), so a huge message is refused for its size first. */
  readonly priority = 800;

  constructor(private readonly accepts: SignalCheck = serverOnly) {}

  async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
    let signal: ReturnType<typeof readSignal>;
    try {
      signal = readSignal(data.update);
    } catch {
      throw new CollabRefusal(CloseCode.badMessage, "Malformed message");
    }
    if (!signal) return;
    const user = (data.context as CollabContext).user;
    const allowed =
      signal.kind === "stateless" &&
      !data.connection.readOnly &&
      user !== undefined &&
      this.accepts(user, data.documentName, signal.payload);
    if (!allowed) {
      if (!process.env.COPRODUCE_QUIET) {
        console.warn(`[collab] refused a signal to ${data.documentName}`);
      }
      throw new CollabRefusal(CloseCode.forbidden, "You may not send that signal");
    }
  }

  /** Reached only by signals the check allowed: passed on to everyone else in the document. */
  async onStateless({ connection, document, payload }: onStatelessPayload): Promise<void> {
    document.broadcastStateless(payload, (other) => other !== connection);
  }
}
