// The two migration histories, one per provider (Prisma cannot switch one between providers).
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface MigrationHistory {
  label: string;
  provider: "sqlite" | "postgresql";
  schema: string;
  migrations: string;
  /** The schema as it was at the last migration: the next migration is the diff from it. */
  snapshot: string;
}

function history(label: string, provider: MigrationHistory["provider"], folder: string) {
  const migrations = path.join(packageRoot, folder, "migrations");
  return {
    label,
    provider,
    schema: path.join(packageRoot, folder, "schema.prisma"),
    migrations,
    snapshot: path.join(migrations, "schema.snapshot.prisma"),
  };
}

export const MIGRATION_HISTORIES: MigrationHistory[] = [
  history("SQLite", "sqlite", "prisma"),
  history("PostgreSQL", "postgresql", "prisma/postgresql"),
];
