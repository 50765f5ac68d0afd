// Cross-site request forgery protection for every state-changing request (form posts and tRPC
// mutations alike). Browsers send Origin (and Sec-Fetch-Site) on POSTs; a request that says it
// comes from another site is refused. Together with SameSite=Lax session cookies this is the
// defence OWASP recommends for apps without third-party form posts. See docs/decisions.
import type { NextFunction, Request, Response } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteWrite(request: {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  fetchSite: string | undefined;
}): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.fetchSite === "cross-site") return true;
  if (!request.origin || request.origin === "null") {
    // No Origin: not a browser form post from another site (browsers always send it on POST),
    // unless the fetch metadata said otherwise above.
    return request.origin === "null";
  }
  try {
    return new URL(request.origin).host !== request.host;
  } catch {
    return true;
  }
}

export function rejectCrossSiteWrites(req: Request, res: Response, next: NextFunction) {
  const crossSite = isCrossSiteWrite({
    method: req.method,
    host: req.headers.host,
    origin: req.headers.origin,
    fetchSite: req.headers["sec-fetch-site"] as string | undefined,
  });
  if (crossSite) {
    res
      .status(403)
      .type("text/plain")
      .send("This form was sent from another website, so we did not accept it.");
    return;
  }
  next();
}
