// The one Node server: health check, tRPC over HTTP, and the React Router app, on one port.
// (The collaboration websocket joins it on the same port.)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { ServerBuild } from "react-router";
import { appRouter } from "@coproduce/api";
import { createDb } from "@coproduce/db";
import { env } from "./env.server.js";
import { rejectCrossSiteWrites } from "./csrf.server.js";
import { bodyAsText, readCappedBody } from "./body-limits.server.js";
import { securityHeaders } from "./security-headers.server.js";
import { createRequestHandler } from "./react-router-handler.server.js";
import { contextForRequest, loadContextForRequest } from "./request-context.server.js";
import { acceptCollabUpgrades, openCollaboration } from "./collab.server.js";
import { hideDevOutbox } from "./dev-outbox.server.js";
import { startEmail } from "./mail.server.js";
import { benchMetrics } from "./bench-metrics.server.js";
import { compressResponses } from "./compression.server.js";
import { inProcessPageCache } from "./page-cache.server.js";
import { redisPageCache } from "./redis-page-cache.server.js";
import { forgetPagesOnWrite } from "./public-page-cache.server.js";

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const db = await createDb(env.DATABASE_URL);
// Live documents get their own connection, and their durable log one more: with Prisma's
// better-sqlite3 adapter, an interactive transaction on a connection also captures other
// queries made on it meanwhile, and neither a rolled-back page action nor the door's own work
// when changes settle may take an acknowledged edit with it. Opened first, so every request
// below finds it ready; websockets reach it once the server listens.
const liveDocuments = openCollaboration(await createDb(env.DATABASE_URL), {
  redisUrl: env.REDIS_URL,
  logDb: await createDb(env.DATABASE_URL),
});
// Rendered public pages, kept until a write (public-page-cache.server.ts). In this process's
// memory; with several processes (REDIS_URL), a write in any of them empties every one's.
const sharedPageCache = env.REDIS_URL ? redisPageCache(env.REDIS_URL) : null;
const pageCache = sharedPageCache ?? inProcessPageCache();
const app = express();
app.disable("x-powered-by");
app.set("trust proxy", env.TRUST_PROXY);
app.use(benchMetrics(env.BENCH_METRICS));
app.use(securityHeaders({ enforce: env.NODE_ENV === "production" }));
app.use(compressResponses());
app.use(forgetPagesOnWrite(pageCache));

app.get("/healthz", async (_req, res) => {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    // With several processes, one that cannot reach Redis cannot open live documents: the
    // balancer stops sending people to it.
    await sharedPageCache?.ping();
    res.json({ status: "ok" });
  } catch {
    res.status(503).json({ status: "unavailable" });
  }
});

app.use(rejectCrossSiteWrites);
// Before any page or build is involved, so the answer is the same with or without a build.
app.use(["/dev/outbox", "/dev/outbox.data"], hideDevOutbox(env.DEV_OUTBOX));
// Bodies are read (capped) only after the cross-site check, and before any route sees them.
app.use(readCappedBody);

app.use(
  "/api/trpc",
  bodyAsText,
  createExpressMiddleware({
    router: appRouter,
    createContext: ({ req, res }) => contextForRequest(db, req, res, liveDocuments),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path}:`, error);
    },
  }),
);

// In production the build is loaded once and handed over as a module: given a function,
// React Router calls it on every request and rebuilds its route tables (flattening and ranking
// every route) each time, and the import goes through the loader hooks again; on the scale
// fixture that was a large share of every page's time. Development keeps the function, so Vite
// can swap modules.
let build: ServerBuild | (() => Promise<ServerBuild>);
if (env.NODE_ENV === "production") {
  const client = path.join(appRoot, "build/client");
  // Hashed file names: a changed file gets a new name, so browsers may keep each one for good.
  // The .br/.gz copies written at build (scripts/precompress-assets.ts) are sent as they are.
  app.use(
    "/assets",
    expressStaticGzip(path.join(client, "assets"), {
      enableBrotli: true,
      orderPreference: ["br", "gz"],
      index: false,
      serveStatic: { immutable: true, maxAge: "1y" },
    }),
  );
  app.use(express.static(client, { maxAge: "1h" }));
  const serverBuildPath = path.join(appRoot, "build/server/index.js");
  if (fs.existsSync(serverBuildPath)) {
    build = (await import(serverBuildPath)) as ServerBuild;
  } else {
    // The API, websocket and /healthz need no build (tests start the server before building);
    // pages fail with the import's own error until `npm run build` has been run.
    console.warn(`No server build at ${serverBuildPath}: run npm run build to serve pages.`);
    build = () => import(serverBuildPath) as Promise<ServerBuild>;
  }
} else {
  const vite = await import("vite").then((v) =>
    v.createServer({ root: appRoot, server: { middlewareMode: true } }),
  );
  app.use(vite.middlewares);
  build = () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>;
}

app.use(
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (req, res) => loadContextForRequest(db, req, res, liveDocuments),
    cache: pageCache,
  }),
);

const server = app.listen(env.PORT, env.HOST, () => {
  console.log(`Coproduce is running at http://localhost:${env.PORT}`);
});
acceptCollabUpgrades(server, liveDocuments);
const email = startEmail(db);

function shutDown() {
  email.stop();
  void liveDocuments.close();
  server.close(() => {
    void db.$disconnect().finally(() => process.exit(0));
  });
  // Open keep-alive connections must not hold the process up.
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", shutDown);
process.on("SIGINT", shutDown);
