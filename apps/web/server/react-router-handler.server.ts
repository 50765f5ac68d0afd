// React Router's Express adapter (@react-router/express 7.18.4, MIT), with two changes: the
// request's body is the one body-limits.server.ts has already read and capped, not the raw
// stream (which is used up by then); and public pages are served from the page cache when it
// holds them (public-page-cache.server.ts). The rest follows the adapter line for line.
import type { NextFunction, Request, Response } from "express";
import {
  createRequestHandler as createReactRouterHandler,
  type AppLoadContext,
  type ServerBuild,
} from "react-router";
import { writeReadableStreamToWritable } from "@react-router/node";
import type { PageCache } from "./page-cache.server.js";
import { isKept, pageToKeep, sendCached } from "./public-page-cache.server.js";

export function createRequestHandler({
  build,
  mode,
  getLoadContext,
  cache,
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: Response) => Promise<AppLoadContext>;
  /** Public pages are kept here and sent again while nothing changed. */
  cache?: PageCache;
}) {
  const handleRequest = createReactRouterHandler(build, mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const kept = cache && req.method === "GET" && isKept(req.path);
      if (kept) {
        const page = await cache.get(req.originalUrl);
        if (page) return sendCached(req, res, page);
      }
      // Taken before the page reads anything, so a write meanwhile stops it being kept.
      const ticket = kept ? await cache.ticket() : 0;
      const request = webRequestOf(req, res);
      const loadContext = await getLoadContext(req, res);
      const response = await handleRequest(request, loadContext);
      if (kept) {
        const rendered = await pageToKeep(req.path, response);
        if (rendered?.keep) {
          await cache.set(req.originalUrl, rendered.keep, ticket);
          return sendCached(req, res, rendered.keep);
        }
        if (rendered) {
          // Rendered but not to be kept: send the body already read.
          return await send(res, new globalThis.Response(new Uint8Array(rendered.body), response));
        }
      }
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function webRequestOf(req: Request, res: Response): globalThis.Request {
  const [, forwardedPort] = req.app.enabled("trust proxy")
    ? (req.get("X-Forwarded-Host")?.split(":") ?? [])
    : [];
  const [, hostPort] = req.get("host")?.split(":") ?? [];
  const port = [forwardedPort, hostPort]
    .map((value) => Number.parseInt(value ?? "", 10))
    .find((value) => Number.isSafeInteger(value));
  const hostname = req.hostname.split(/[\\/?#@]/)[0] || "localhost";
  const url = new URL(`${req.protocol}://${hostname}${port ? `:${port}` : ""}${req.originalUrl}`);

  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (!values) continue;
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else headers.set(key, values);
  }
  let controller: AbortController | null = new AbortController();
  const signal = controller.signal;
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const body =
    req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(req.body)
      ? new Uint8Array(req.body)
      : undefined;
  return new Request(url.href, { method: req.method, headers, signal, body });
}

async function send(res: Response, response: globalThis.Response) {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel();
    return;
  }
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  try {
    await writeReadableStreamToWritable(response.body, res);
  } catch (error) {
    if (res.destroyed || res.writableEnded) return;
    throw error;
  }
}
