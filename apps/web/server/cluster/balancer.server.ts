// A small load balancer for several app processes on one machine (npm run start:cluster).
// Pages and API calls go to the next healthy process in turn; a websocket goes to the healthy
// process with the fewest websockets and stays on it for its whole life (one TCP connection),
// which is all live documents need: Redis shares them between processes. When a process dies,
// its websockets close, the browsers reconnect, and the balancer sends them to the others.
// Across machines, use a real load balancer the same way (README: "Several machines").
import http, { type IncomingMessage } from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";

export interface Backend {
  host: string;
  port: number;
}

export interface Balancer {
  server: http.Server;
  /** Open websockets per backend ("host:port"), for tests and the log. */
  websockets(): Record<string, number>;
  close(): Promise<void>;
}

interface BackendState extends Backend {
  key: string;
  healthy: boolean;
  websockets: number;
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding"]);

export function startBalancer({
  port,
  host = "0.0.0.0",
  backends,
  healthEveryMs = 1000,
  statusPath,
}: {
  port: number;
  host?: string;
  backends: Backend[];
  healthEveryMs?: number;
  /** Answers here with open websockets per process (for tests; off unless given). */
  statusPath?: string;
}): Promise<Balancer> {
  const states: BackendState[] = backends.map((backend) => ({
    ...backend,
    key: `${backend.host}:${backend.port}`,
    healthy: true,
    websockets: 0,
  }));
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

  /** Healthy backends first, in turn; unhealthy ones last (they may have come back). */
  function inTurn(): BackendState[] {
    const start = next++ % states.length;
    const rotated = [...states.slice(start), ...states.slice(0, start)];
    return [...rotated.filter((s) => s.healthy), ...rotated.filter((s) => !s.healthy)];
  }

  function forwardedHeaders(request: IncomingMessage): http.OutgoingHttpHeaders {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    }
    const client = request.socket.remoteAddress ?? "";
    const earlier = request.headers["x-forwarded-for"];
    headers["x-forwarded-for"] = earlier ? `${String(earlier)}, ${client}` : client;
    return headers;
  }

  const server = http.createServer((request, response) => {
    if (statusPath && request.url === statusPath) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(Object.fromEntries(states.map((s) => [s.key, s.websockets]))));
      return;
    }
    // Only requests without a body can be tried on another process after a failed connect.
    const retryable = request.method === "GET" || request.method === "HEAD";
    const candidates = retryable ? inTurn() : inTurn().slice(0, 1);
    const attempt = (index: number) => {
      const backend = candidates[index];
      if (!backend) {
        response.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        response.end("The service is restarting. Please try again in a moment.");
        return;
      }
      const upstream = http.request(
        {
          host: backend.host,
          port: backend.port,
          method: request.method,
          path: request.url,
          headers: forwardedHeaders(request),
          agent,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
          answer.pipe(response);
        },
      );
      upstream.on("error", () => {
        backend.healthy = false;
        if (!response.headersSent) attempt(index + 1);
        else response.destroy();
      });
      if (retryable) upstream.end();
      else request.pipe(upstream);
    };
    attempt(0);
  });

  server.on("upgrade", (request: IncomingMessage, client: Duplex, head: Buffer) => {
    const candidates = [...states].sort(
      (a, b) => Number(b.healthy) - Number(a.healthy) || a.websockets - b.websockets,
    );
    client.on("error", () => client.destroy());
    const attempt = (index: number) => {
      const backend = candidates[index];
      if (!backend) {
        client.end("HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n");
        return;
      }
      const upstream = net.connect(backend.port, backend.host);
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        backend.websockets++;
        const headers = forwardedHeaders(request);
        headers.connection = "Upgrade";
        const lines = [`${request.method} ${request.url} HTTP/1.1`];
        for (const [name, value] of Object.entries(headers)) {
          for (const one of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${one}`);
        }
        upstream.write(`${lines.join("\r\n")}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => {
        if (!connected) {
          backend.healthy = false;
          attempt(index + 1);
        } else {
          client.destroy();
        }
      });
      upstream.on("close", () => {
        // A refused connection closes too, but the next process is tried (above).
        if (!connected) return;
        backend.websockets--;
        client.destroy();
      });
      client.once("close", () => upstream.destroy());
    };
    attempt(0);
  });

  const health = setInterval(() => {
    for (const backend of states) {
      const probe = http.get(
        { host: backend.host, port: backend.port, path: "/healthz", timeout: healthEveryMs },
        (answer) => {
          backend.healthy = answer.statusCode === 200;
          answer.resume();
        },
      );
      probe.on("timeout", () => probe.destroy());
      probe.on("error", () => (backend.healthy = false));
    }
  }, healthEveryMs);
  health.unref();

  return new Promise((resolve) => {
    server.listen(port, host, () =>
      resolve({
        server,
        websockets: () => Object.fromEntries(states.map((s) => [s.key, s.websockets])),
        async close() {
          clearInterval(health);
          server.closeAllConnections();
          agent.destroy();
          await new Promise<void>((done) => server.close(() => done()));
        },
      }),
    );
  });
}

/** "127.0.0.1:3001,127.0.0.1:3002" → backends. */
export function parseBackends(list: string): Backend[] {
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.lastIndexOf(":");
      const port = Number(entry.slice(at + 1));
      if (at < 1 || !Number.isInteger(port)) throw new Error(`Not host:port: ${entry}`);
      return { host: entry.slice(0, at), port };
    });
}
