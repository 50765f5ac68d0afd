// /dev/outbox lists every email the app sends, reset links included: whoever reads it can take
// over any account. It is for local development only, so it is served only when enabled and
// only to a browser on this machine that reached the server directly (not through a proxy).
import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, Response } from "express";

/**
 * Whether the outbox is enabled at all. In production only an explicit DEV_OUTBOX=on turns it
 * on (`npm start`, the local demo, sets it); elsewhere (npm run dev, tests) it is on unless
 * DEV_OUTBOX=off.
 */
export function devOutboxEnabled(nodeEnv: string, setting: "on" | "off" | undefined): boolean {
  if (setting) return setting === "on";
  return nodeEnv !== "production";
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * A request made on this machine straight to the server. A forwarding header means a proxy
 * passed it on, and the proxy's own loopback address says nothing about the real client.
 */
export function fromThisMachine(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? "";
  const forwarded = req.headers["x-forwarded-for"] ?? req.headers.forwarded;
  return LOOPBACK.has(address) && forwarded === undefined;
}

export function devOutboxOpenTo(enabled: boolean, req: IncomingMessage): boolean {
  return enabled && fromThisMachine(req);
}

/** Answers 404 for the outbox page (and its data request) to everyone it is not open to. */
export function hideDevOutbox(enabled: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (devOutboxOpenTo(enabled, req)) return next();
    res.status(404).type("text/plain").send("Not found");
  };
}
