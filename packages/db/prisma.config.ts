// Prisma CLI configuration. The JS schema engine and the better-sqlite3 adapter let
// `prisma migrate deploy` run offline (no downloaded engine binaries): see STACK-NOTES.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl } from "./src/database-url.js";

// schema.prisma reads env("DATABASE_URL"); give it the same resolved default as the app.
process.env.DATABASE_URL = resolveDatabaseUrl();

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
