// The collaboration server as a process of its own, for the SIGKILL durability test.
// Env: DATABASE_URL (a migrated SQLite file), PORT (0 = any). Prints "ready <port>".
import { createDb } from "@coproduce/db";
import { startServer } from "./harness.js";
import { authenticateFromQuery, authorizeByName } from "./test-auth.js";

const db = await createDb(process.env.DATABASE_URL);
const { port } = await startServer(
  { db, authenticate: authenticateFromQuery, authorize: authorizeByName },
  Number(process.env.PORT ?? 0),
);
console.log(`ready ${port}`);
