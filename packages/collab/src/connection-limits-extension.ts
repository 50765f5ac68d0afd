// Caps what one connection may do (as Outline does): the size of one message, and the number of
// people in one document. Both refusals carry a reason the editor can show.
import type {
  Extension,
  beforeHandleMessagePayload,
  onAuthenticatePayload,
} from "@hocuspocus/server";
import { CloseCode, CollabRefusal } from "./errors.js";

export const DEFAULT_MAX_MESSAGE_BYTES = 1.5 * 1024 * 1024;
export const DEFAULT_MAX_CLIENTS_PER_DOCUMENT = 100;

export function messageTooBigReason(bytes: number, maxBytes: number): string {
  return `Change too large to save (${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)})`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}

export class ConnectionLimitsExtension implements Extension {
  readonly extensionName = "ConnectionLimits";
  /** Below authorization (so outsiders hear "no access", not "full"), above the durable log. */
  readonly priority = 900;

  constructor(
    private readonly maxMessageBytes: number,
    private readonly maxClientsPerDocument: number,
  ) {}

  async onAuthenticate({ instance, documentName }: onAuthenticatePayload): Promise<void> {
    const open = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
    if (open >= this.maxClientsPerDocument) {
      throw new CollabRefusal(
        CloseCode.tooManyClients,
        `This document already has ${this.maxClientsPerDocument} people in it; try again later`,
      );
    }
  }

  /** Runs before the durable log (higher priority), so a refused message is never logged. */
  async beforeHandleMessage({ update }: beforeHandleMessagePayload): Promise<void> {
    if (update.byteLength > this.maxMessageBytes) {
      throw new CollabRefusal(
        CloseCode.messageTooBig,
        messageTooBigReason(update.byteLength, this.maxMessageBytes),
      );
    }
  }
}
