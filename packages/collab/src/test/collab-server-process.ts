// The collaboration server as a process of its own, for the SIGKILL durability test.
// Env: DATABASE_URL (a migrated SQLite file), PORT (0 = any). Prints "ready <port>".
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createDb } from "@coproduce/db";
import { createCollabServer } from "../create-collab-server.js";
import { authenticateFromQuery, authorizeByName } from "./test-auth.js";

const db = await createDb(process.env.DATABASE_URL);
const collab = createCollabServer({
  db,
  authenticate: authenticateFromQuery,
  authorize: authorizeByName,
});
const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  if (new URL(request.url ?? "/", "http://localhost").pathname === "/collab") {
    collab.handleUpgrade(request, socket, head);
  } else {
    socket.destroy();
  }
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`ready ${(server.address() as AddressInfo).port}`);
});
