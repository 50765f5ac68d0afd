// Prisma CLI configuration for PostgreSQL (DATABASE_URL=postgresql://…): the generated schema in
// prisma/postgresql and its own migration history, applied through the pg driver adapter so that
// `prisma migrate deploy` runs offline with the JS schema engine, as for SQLite.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresqlUrl } from "./src/database-url.js";

// The schema reads env("DATABASE_URL") and Prisma rejects a SQLite URL there even for
// `prisma generate`, which connects to nothing: without a PostgreSQL URL, use a local default.
if (!isPostgresqlUrl(process.env.DATABASE_URL ?? "")) {
  process.env.DATABASE_URL = "postgresql://localhost:5432/coproduce";
}

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: path.join("prisma", "postgresql", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL! });
  },
});
