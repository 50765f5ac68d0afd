// Security headers for every response, through helmet (well kept, and its defaults cover the
// headers we would otherwise forget). The Content Security Policy lets a page run only this
// site's scripts and inline scripts carrying this response's nonce (React Router's hydration
// data and module imports; see app/entry.server.tsx and app/root.tsx), so injected markup cannot
// run code. Style attributes stay allowed: React renders `style` attributes on the server
// (presence colours, recharts' chart wrappers) and Lexical's saved HTML keeps its own, and CSP
// cannot allow those by nonce; style elements still need this site or the nonce.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/** This response's script nonce, for the page render. */
export function cspNonceOf(res: Response): string {
  return res.locals.cspNonce as string;
}

const nonce = (_req: IncomingMessage, res: ServerResponse) =>
  `'nonce-${cspNonceOf(res as Response)}'`;

// Pages whose address carries a secret: other sites get no Referer at all from them. Not
// `no-referrer`: with it, browsers send `Origin: null` on the page's own form posts, which the
// cross-site check must refuse.
const TOKEN_PAGE = /^\/(feedback\/track|reset-password|invite|join)\//;

/**
 * `enforce` is false in development: Vite's hot reload injects style elements without a nonce,
 * so the policy is only reported there (in the browser console).
 */
export function securityHeaders({ enforce }: { enforce: boolean }) {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      reportOnly: !enforce,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", nonce],
        styleSrc: ["'self'"],
        styleSrcElem: ["'self'", nonce],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        // 'self' includes ws: and wss: to this host (CSP 3), for /collab.
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    xFrameOptions: { action: "deny" },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    headers(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (TOKEN_PAGE.test(req.path)) res.setHeader("Referrer-Policy", "same-origin");
      next();
    });
  };
}
