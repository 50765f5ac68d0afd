// Lets the app check what a change does before it is logged or applied, for documents whose
// rules are finer than "may write" (a Change Academy board: your own notes, not when locked).
// Runs after authorization and the size limit, before the durable log: a refused change is
// never logged, never applied and never acknowledged, and the connection is closed with the
// app's reason (the client's copy keeps the change; the app's pages only offer allowed ones).
//
// Hocuspocus runs the hooks of several messages at once and applies each when its own hooks
// finish, so a change can be checked before the one it builds on (an earlier message from the
// same browser) is applied. Rules therefore run one at a time per document, in the order the
// messages came, against the document plus the changes already accepted and perhaps not yet
// applied. What a rule must read first (who is writing, from the database) is read as soon as
// the message arrives, beside other messages' reads: a read inside that one-at-a-time line
// made every keystroke in a document wait for the reads of all the keystrokes before it.
import type { Extension, beforeHandleMessagePayload } from "@hocuspocus/server";
import * as Y from "yjs";
import type { CollabContext, CollabUser } from "./authorization-extension.js";
import { CloseCode, CollabRefusal } from "./errors.js";
import { readDocumentUpdate } from "./sync-message.js";

/**
 * Why an update may not be applied to a document whose state `currentState()` returns, or
 * null. The state (the live `document` plus changes accepted but perhaps not yet applied) is
 * only built when asked for: most checks of typing need none. `document` is only to be read.
 */
export type UpdateRule = (currentState: () => Uint8Array, document: Y.Doc) => string | null;

export interface UpdateValidation {
  /** Whether changes to this document are checked. */
  appliesTo(documentName: string): boolean;
  /**
   * Reads what is needed to judge `update` from `user` and returns the rule that judges it,
   * which then runs in order with the document's other changes.
   */
  ruleFor(user: CollabUser, documentName: string, update: Uint8Array): Promise<UpdateRule>;
  /** Called once a change from `user` is accepted, before it is logged. */
  accepted?(user: CollabUser, documentName: string): Promise<void>;
}

/** Accepted changes are kept this long for later checks; applying takes milliseconds. */
const ACCEPTED_KEPT_MS = 10_000;

export class ValidationExtension implements Extension {
  readonly extensionName = "Validation";
  /** Below ConnectionLimits (900), above DurableLog (100). */
  readonly priority = 500;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly accepted = new Map<string, { update: Uint8Array; at: number }[]>();

  constructor(private readonly validation: UpdateValidation) {}

  async beforeHandleMessage(data: beforeHandleMessagePayload): Promise<void> {
    const { connection, document, documentName } = data;
    const context = data.context as CollabContext;
    const user = context.user;
    if (connection.readOnly || !user || !this.validation.appliesTo(documentName)) return;
    let update: Uint8Array | null;
    try {
      update = readDocumentUpdate(data.update);
    } catch {
      throw new CollabRefusal(CloseCode.badMessage, "Malformed message");
    }
    if (update === null) return;
    const checked = update;
    const rule = this.validation.ruleFor(user, documentName, checked);
    // Its failure is handled when its turn comes; until then it must not count as unhandled.
    rule.catch(() => {});
    const previous = this.queues.get(documentName) ?? Promise.resolve();
    const turn = previous
      .catch(() => {})
      .then(() => this.check(documentName, document, checked, rule));
    this.queues.set(documentName, turn);
    try {
      await turn;
    } finally {
      if (this.queues.get(documentName) === turn) this.queues.delete(documentName);
    }
    try {
      await this.validation.accepted?.(user, documentName);
    } catch (error) {
      console.error(`[collab] could not note a change to ${documentName}`, error);
      throw new CollabRefusal(CloseCode.forbidden, "Your change could not be checked");
    }
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.accepted.delete(documentName);
  }

  private async check(
    documentName: string,
    document: Y.Doc,
    update: Uint8Array,
    rule: Promise<UpdateRule>,
  ) {
    const now = Date.now();
    // Sections are checked on every keystroke: drop expired entries from the front (they are
    // in time order) instead of copying the list each time.
    const recent = this.accepted.get(documentName) ?? [];
    while (recent.length > 0 && now - recent[0]!.at >= ACCEPTED_KEPT_MS) recent.shift();
    const currentState = () =>
      recent.length > 0
        ? Y.mergeUpdates([Y.encodeStateAsUpdate(document), ...recent.map((entry) => entry.update)])
        : Y.encodeStateAsUpdate(document);
    let refusal: string | null;
    try {
      refusal = (await rule)(currentState, document);
    } catch (error) {
      console.error(`[collab] could not check a change to ${documentName}`, error);
      throw new CollabRefusal(CloseCode.forbidden, "Your change could not be checked");
    }
    if (refusal) {
      if (!process.env.COPRODUCE_QUIET) {
        console.warn(`[collab] refused a change to ${documentName}: ${refusal}`);
      }
      throw new CollabRefusal(CloseCode.forbidden, refusal);
    }
    recent.push({ update, at: now });
    this.accepted.set(documentName, recent);
  }
}
