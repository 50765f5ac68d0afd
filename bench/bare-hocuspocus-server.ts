// The baseline for bench:collab: Hocuspocus with no authentication and no durable log, as it
// comes out of the box, on loopback. Prints "ready" when it listens.
import { Server } from "@hocuspocus/server";

const port = Number(process.env.PORT ?? 3402);
const server = new Server({ port, address: "127.0.0.1", quiet: true });
await server.listen();
console.log("ready");
