// Cross-site request forgery protection for every state-changing request (form posts and tRPC
// mutations alike) and for every websocket upgrade. Browsers send Origin (and Sec-Fetch-Site) on
// POSTs and on websocket handshakes; a request that says it comes from another site is refused.
// Together with SameSite=Lax session cookies this is the defence OWASP recommends for apps
// without third-party form posts. See docs/decisions.
import type { IncomingHttpHeaders } from "node:http";
import type { NextFunction, Request, Response } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

interface RequestOrigin {
  host: string | undefined;
  origin: string | undefined;
  fetchSite: string | undefined;
}

/**
 * Whether a request says it was made by a page of another site. No Origin at all means no
 * browser made it (browsers always send Origin on POSTs and websocket handshakes), so it carries
 * no victim's cookie unless its sender already holds that cookie: it is let through, and the
 * cookie rules still decide who it is.
 */
export function isFromAnotherSite(request: RequestOrigin): boolean {
  if (request.fetchSite === "cross-site") return true;
  if (!request.origin) return false;
  // An opaque origin (sandboxed frames, some redirects) cannot be checked.
  if (request.origin === "null") return true;
  try {
    return new URL(request.origin).host !== request.host;
  } catch {
    return true;
  }
}

export function isCrossSiteWrite(request: RequestOrigin & { method: string }): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  return isFromAnotherSite(request);
}

/** The origin headers of a Node request, for the checks above. */
export function originOf(headers: IncomingHttpHeaders): RequestOrigin {
  return {
    host: headers.host,
    origin: headers.origin,
    fetchSite: headers["sec-fetch-site"] as string | undefined,
  };
}

export function rejectCrossSiteWrites(req: Request, res: Response, next: NextFunction) {
  if (isCrossSiteWrite({ method: req.method, ...originOf(req.headers) })) {
    res
      .status(403)
      .type("text/plain")
      .send("This form was sent from another website, so we did not accept it.");
    return;
  }
  next();
}
