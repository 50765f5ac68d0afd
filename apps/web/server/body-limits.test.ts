// Request bodies are capped before they are read, on the real server over real HTTP: a body
// declared too large is answered 413 without waiting for it, a streamed one is cut off once it
// passes the cap, and nothing reaches a route.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@coproduce/db";
import { migrateDatabase } from "@coproduce/db/migrate";
import { bodyLimitFor, CSV_IMPORT_BODY_LIMIT, DEFAULT_BODY_LIMIT } from "./body-limits.server.js";
import { startRealServer, type RealServer } from "./testing/real-server.js";

const MB = 1024 * 1024;
let server: RealServer;
let db: Db;
let port: number;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-body-limits-"));

beforeAll(async () => {
  const databaseUrl = `file:${path.join(dir, "limits.db")}`;
  migrateDatabase(databaseUrl);
  db = await createDb(databaseUrl);
  await db.programme.create({
    data: { slug: "limits", name: "Limits", description: "", population: 1 },
  });
  server = await startRealServer(databaseUrl);
  port = Number(new URL(server.origin).port);
}, 150_000);

afterAll(async () => {
  server?.process.kill("SIGKILL");
  await db?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  /** Bytes of the body written before the answer came. */
  sentBeforeAnswer: number;
  /** Whether the server closed the connection after answering. */
  closed: boolean;
}

/** How long a held-back request waits for its answer before the test says why it failed. */
const ANSWER_WAIT_MS = 20_000;

/**
 * Sends `fill` in 64 KB chunks, as fast as the socket takes them, and stops sending once the
 * answer arrives. `declare` sends Content-Length: `total`; otherwise the body is chunked.
 * `holdAfter` stops writing after that many bytes without ending the body, so a server that
 * waited for the whole body would never answer: the answer proves it did not wait. (Racing the
 * writes against the answer instead depends on how much a busy machine's socket buffers hold.)
 */
function send(
  pathname: string,
  {
    total,
    declare,
    type,
    fill = "a",
    holdAfter = total,
  }: { total: number; declare: boolean; type: string; fill?: string; holdAfter?: number },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request({
      host: "127.0.0.1",
      port,
      path: pathname,
      method: "POST",
      headers: {
        "Content-Type": type,
        Origin: `http://127.0.0.1:${port}`,
        ...(declare ? { "Content-Length": String(total) } : {}),
      },
    });
    request.on("error", (error) => {
      // Writing after the server has closed the connection fails; the answer is what counts.
      if (!answered) reject(error);
    });
    request.on("response", (response) => {
      answered = true;
      const sentBeforeAnswer = sent;
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => {
        const socket = request.socket;
        const finish = () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            sentBeforeAnswer,
            closed: socket?.destroyed ?? true,
          });
        if (!socket || socket.destroyed) finish();
        else socket.once("close", finish).setTimeout(5000, finish);
      });
    });
    const chunk = Buffer.alloc(64 * 1024, fill);
    const write = () => {
      const stopAt = Math.min(total, holdAfter);
      while (!answered && sent < stopAt) {
        const piece = chunk.subarray(0, Math.min(chunk.length, stopAt - sent));
        sent += piece.length;
        if (!request.write(piece)) {
          request.once("drain", write);
          return;
        }
      }
      if (answered) return;
      if (sent >= total) request.end();
      else {
        const waited = setTimeout(() => {
          request.destroy();
          reject(new Error(`No answer within ${ANSWER_WAIT_MS} ms of holding back the body`));
        }, ANSWER_WAIT_MS);
        request.once("response", () => clearTimeout(waited));
      }
    };
    write();
  });
}

const feedbackCount = () => db.feedback.count();

describe("which cap applies where", () => {
  it("gives the CSV import page and its procedures room for a 2 MB file, and 1 MB elsewhere", () => {
    expect(bodyLimitFor("/p/demo/delivery-models/data")).toBe(CSV_IMPORT_BODY_LIMIT);
    expect(bodyLimitFor("/p/demo/delivery-models/data.data")).toBe(CSV_IMPORT_BODY_LIMIT);
    expect(bodyLimitFor("/api/trpc/deliveryCsv.preview")).toBe(CSV_IMPORT_BODY_LIMIT);
    expect(bodyLimitFor("/api/trpc/feedback.submit,deliveryCsv.import")).toBe(
      CSV_IMPORT_BODY_LIMIT,
    );
    expect(bodyLimitFor("/api/trpc/feedback.submit")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("/feedback/demo/give")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("/p/demo/delivery-models/data/other")).toBe(DEFAULT_BODY_LIMIT);
    // 2,000,000 characters of three UTF-8 bytes each fit; a 10 MB body does not.
    expect(CSV_IMPORT_BODY_LIMIT).toBeGreaterThan(6_000_000);
    expect(CSV_IMPORT_BODY_LIMIT).toBeLessThan(10_000_000);
  });
});

describe("bodies over the cap, on the real server", { timeout: 60_000 }, () => {
  const routes: [string, string, string][] = [
    ["an API call", "/api/trpc/feedback.submit", "application/json"],
    ["a form", "/feedback/limits/give", "application/x-www-form-urlencoded"],
  ];
  for (const [what, pathname, type] of routes) {
    it(`${what}: a declared 10 MB body is refused before it is sent`, async () => {
      const before = await feedbackCount();
      // The client declares 10 MB and sends only the first 64 KB: the answer comes anyway.
      const answer = await send(pathname, {
        total: 10_000_000,
        declare: true,
        type,
        holdAfter: 64 * 1024,
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toMatch(/more than we accept at once \(1 MB\)\. Nothing was saved\./);
      expect(answer.sentBeforeAnswer).toBeLessThanOrEqual(64 * 1024);
      expect(answer.closed).toBe(true);
      expect(await feedbackCount()).toBe(before);
    });

    it(`${what}: a streamed body without a length is cut off once it passes 1 MB`, async () => {
      const before = await feedbackCount();
      // 2 MB is sent and the body is never ended: only a server that counts as it reads answers.
      const answer = await send(pathname, {
        total: 10_000_000,
        declare: false,
        type,
        holdAfter: 2 * MB,
      });
      expect(answer.status).toBe(413);
      expect(answer.sentBeforeAnswer).toBeGreaterThan(DEFAULT_BODY_LIMIT);
      expect(answer.closed).toBe(true);
      expect(await feedbackCount()).toBe(before);
    });
  }

  it("an API client sees the message in tRPC's error shape", async () => {
    const answer = await send("/api/trpc/feedback.submit", {
      total: 2 * MB,
      declare: true,
      type: "application/json",
      holdAfter: 64 * 1024,
    });
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } },
    });
  });

  it("the CSV import takes a 3 MB body (it reaches the procedure), and refuses 10 MB", async () => {
    const csv = JSON.stringify({
      programmeSlug: "limits",
      kind: "partnerships",
      csv: "x".repeat(3 * MB),
    });
    const response = await fetch(`http://127.0.0.1:${port}/api/trpc/deliveryCsv.preview`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: `http://127.0.0.1:${port}` },
      body: csv,
    });
    // Not signed in: the procedure itself answered, so the body was read in full.
    expect(response.status).toBe(401);
    const tooLarge = await send("/api/trpc/deliveryCsv.preview", {
      total: 10_000_000,
      declare: true,
      type: "application/json",
      holdAfter: 64 * 1024,
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatch(/CSV file of at most 2 MB/);
  });

  it("a compressed body is refused: it could unpack past the cap", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/trpc/feedback.submit`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
        Origin: `http://127.0.0.1:${port}`,
      },
      body: "not really gzip",
    });
    expect(response.status).toBe(415);
  });
});

describe("bodies under the cap", { timeout: 60_000 }, () => {
  it("reach the route whole: feedback sent over the API is stored", async () => {
    const before = await feedbackCount();
    const response = await fetch(`http://127.0.0.1:${port}/api/trpc/feedback.submit`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({
        programmeSlug: "limits",
        target: { type: "programme" },
        rating: 3,
        body: "Short and welcome é ✓",
        name: null,
        contact: null,
        stakeholderGroupKey: null,
        placeId: null,
        consent: true,
        honeypot: "",
      }),
    });
    expect(response.status).toBe(200);
    expect(await feedbackCount()).toBe(before + 1);
    const stored = await db.feedback.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(stored.body).toBe("Short and welcome é ✓");
  });
});
