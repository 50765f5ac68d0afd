// How a hook refuses: Hocuspocus closes only the affected connection with `code` and `reason`
// (ClientConnection sends `reason` as "permission denied" before a connection is set up;
// Connection.handleMessage closes the document connection with both after it is). Always an
// Error object: Hocuspocus reads `"code" in e`, which throws on a string and would turn one
// refused message into an unhandled rejection.
export class CollabRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = "CollabRefusal";
  }
}

/** Close codes: 4xxx are ours to define (RFC 6455 §7.4.2); 1009 is the standard "too big". */
export const CloseCode = {
  unauthorized: 4401,
  forbidden: 4403,
  tooManyClients: 4429,
  loadFailed: 4500,
  logFailed: 4501,
  messageTooBig: 1009,
  badMessage: 1003,
} as const;

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
