// Every request body is read here, once, with a cap for its kind of route, before any route sees
// it. A declared Content-Length over the cap is refused before a byte is read; a streamed body
// is cut off as soon as it passes the cap. Either way the answer is 413, the rest is never read
// and the connection is closed, and nothing has run that could save part of it. Routes get
// the whole body as req.body (a Buffer).
import type { NextFunction, Request, Response } from "express";
import getRawBody, { type RawBodyError } from "raw-body";

const MB = 1024 * 1024;

/** Forms and API calls: no field takes more than 5,000 characters, so 1 MB is plenty. */
export const DEFAULT_BODY_LIMIT = 1 * MB;
/**
 * CSV import: the CSV may have 2,000,000 characters (routers/delivery/delivery-csv.ts), at most 3 bytes
 * each in UTF-8, sent as a file or a form field, plus the rest of the form.
 */
export const CSV_IMPORT_BODY_LIMIT = 7 * MB;

// The import page (its action, or React Router's data request for it) and the tRPC procedures
// it calls, alone or in a batch ("a,b").
const CSV_IMPORT_PAGE = /^\/p\/[^/]+\/delivery-models\/data(\.data)?\/?$/;
const TRPC_PREFIX = "/api/trpc/";

export function bodyLimitFor(pathname: string): number {
  if (CSV_IMPORT_PAGE.test(pathname)) return CSV_IMPORT_BODY_LIMIT;
  if (pathname.startsWith(TRPC_PREFIX)) {
    const procedures = pathname.slice(TRPC_PREFIX.length).split(/,|%2C/i);
    if (procedures.some((name) => name.startsWith("deliveryCsv."))) return CSV_IMPORT_BODY_LIMIT;
  }
  return DEFAULT_BODY_LIMIT;
}

function tooLargeMessage(limit: number): string {
  return limit === CSV_IMPORT_BODY_LIMIT
    ? "This file is too large: use a CSV file of at most 2 MB. Nothing was imported."
    : `This is more than we accept at once (${limit / MB} MB). Nothing was saved.`;
}

/** How long a refused request's connection stays open, so the client can read the answer. */
const LINGER_MS = 1000;

function refuse(req: Request, res: Response, status: number, message: string) {
  // The rest of the body is never read: the request is paused, and marked as read (read(0)), or
  // Node would read it off the wire and throw it away after the answer. Closing the connection
  // the moment the answer is written could reset it before the client has read the answer, so
  // it is closed a moment later.
  req.pause();
  req.read(0);
  res.once("finish", () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
  if (req.path.startsWith(TRPC_PREFIX)) {
    // The shape tRPC's client reads, so the caller sees the message.
    res.status(status).json({
      error: {
        message,
        code: status === 413 ? -32013 : -32600,
        data: { code: status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", httpStatus: status },
      },
    });
  } else {
    res.status(status).type("text/plain").send(message);
  }
}

function hasBody(req: Request): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (!!length && length !== "0");
}

export function readCappedBody(req: Request, res: Response, next: NextFunction) {
  if (!hasBody(req)) {
    next();
    return;
  }
  // No browser compresses what it sends; a compressed body would be a way round the cap.
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  if (encoding !== "identity") {
    refuse(req, res, 415, "Compressed requests are not accepted. Nothing was saved.");
    return;
  }
  const limit = bodyLimitFor(req.path);
  getRawBody(req, { length: req.headers["content-length"], limit }, (error, body) => {
    if (!error) {
      req.body = body;
      next();
      return;
    }
    const { type } = error as RawBodyError;
    if (type === "entity.too.large") refuse(req, res, 413, tooLargeMessage(limit));
    // The sender went away: there is no one to answer.
    else if (type === "request.aborted") res.destroy();
    else refuse(req, res, 400, "We could not read this request. Nothing was saved.");
  });
}

/** tRPC reads a body given as a string as it is (a Buffer it would turn into JSON). */
export function bodyAsText(req: Request, _res: Response, next: NextFunction) {
  if (Buffer.isBuffer(req.body)) req.body = req.body.toString("utf8");
  next();
}
