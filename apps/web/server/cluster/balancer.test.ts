// The cluster's balancer against two real HTTP + websocket servers on loopback.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket, { WebSocketServer } from "ws";
import { startBalancer, type Balancer } from "./balancer.server.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** A backend that says who it is, echoes bodies and websocket messages with its name. */
async function backend(name: string) {
  const server = http.createServer((request, response) => {
    if (request.url === "/healthz") return void response.end("ok");
    let body = "";
    request.on("data", (chunk) => (body += String(chunk)));
    request.on("end", () =>
      response.end(`${name} ${request.method} ${body} ${request.headers["x-forwarded-for"]}`),
    );
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket) =>
    socket.on("message", (data) => socket.send(`${name}: ${String(data)}`)),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const stop = async () => {
    for (const client of wss.clients) client.terminate();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  cleanups.push(async () => {
    if (server.listening) await stop();
  });
  return { port, stop };
}

async function balancerFor(ports: number[]): Promise<Balancer & { url: string }> {
  const balancer = await startBalancer({
    port: 0,
    host: "127.0.0.1",
    backends: ports.map((port) => ({ host: "127.0.0.1", port })),
    healthEveryMs: 100,
  });
  cleanups.push(() => balancer.close());
  return { ...balancer, url: `127.0.0.1:${(balancer.server.address() as AddressInfo).port}` };
}

function openSocket(url: string) {
  const socket = new WebSocket(`ws://${url}/collab`);
  cleanups.push(() => socket.terminate());
  const next = () =>
    new Promise<string>((resolve) => socket.once("message", (data) => resolve(String(data))));
  return {
    socket,
    opened: new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject)),
    async say(text: string) {
      const answer = next();
      socket.send(text);
      return answer;
    },
  };
}

describe("the cluster balancer", () => {
  it("sends requests to each process in turn, with their bodies and the visitor's address", async () => {
    const [a, b] = await Promise.all([backend("a"), backend("b")]);
    const balancer = await balancerFor([a.port, b.port]);
    const answers = [];
    for (let i = 0; i < 4; i++) {
      answers.push(await (await fetch(`http://${balancer.url}/page`)).text());
    }
    expect(answers.map((text) => text.split(" ")[0]).sort()).toEqual(["a", "a", "b", "b"]);
    const posted = await fetch(`http://${balancer.url}/form`, { method: "POST", body: "x=1" });
    expect(await posted.text()).toMatch(/^[ab] POST x=1 127\.0\.0\.1$/);
  });

  it("keeps a websocket on one process, and sends the next one elsewhere when it dies", async () => {
    const [a, b] = await Promise.all([backend("a"), backend("b")]);
    const balancer = await balancerFor([a.port, b.port]);
    const first = openSocket(balancer.url);
    await first.opened;
    expect(await first.say("one")).toBe("a: one");
    expect(await first.say("two")).toBe("a: two");
    expect(balancer.websockets()).toEqual({
      [`127.0.0.1:${a.port}`]: 1,
      [`127.0.0.1:${b.port}`]: 0,
    });

    const closed = new Promise((resolve) => first.socket.once("close", resolve));
    await a.stop();
    await closed;
    const again = openSocket(balancer.url);
    await again.opened;
    expect(await again.say("three")).toBe("b: three");
    // Pages go to the living process only.
    for (let i = 0; i < 3; i++) {
      expect(await (await fetch(`http://${balancer.url}/page`)).text()).toMatch(/^b GET/);
    }
  });
});
