// The PostgreSQL schema is made from the SQLite one (prisma/schema.prisma, the one source of
// truth), so a model added there appears on PostgreSQL with no extra work. Only the datasource
// provider and the generated client's folder differ: the schema keeps to types both providers
// share (enumerations are strings, JSON is text), so nothing else needs translating.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const sqliteSchemaPath = path.join(packageRoot, "prisma/schema.prisma");
export const postgresqlDir = path.join(packageRoot, "prisma/postgresql");
export const postgresqlSchemaPath = path.join(postgresqlDir, "schema.prisma");

const HEADER = `// GENERATED from ../schema.prisma by \`npm run db:migration -- <name>\`: do not edit.
// Change prisma/schema.prisma instead; the drift check in npm test compares the two.

`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) {
    throw new Error(`prisma/schema.prisma: cannot find ${what} to make the PostgreSQL schema.`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema text for a SQLite schema text. */
export function postgresqlSchemaFrom(sqliteSchema: string): string {
  let text = replaceOnce(
    sqliteSchema,
    /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    'the datasource\'s provider = "sqlite"',
  );
  // The schema lives one folder deeper, and its client is generated beside the SQLite one.
  text = replaceOnce(
    text,
    /(generator client \{[^}]*output\s*=\s*)"\.\.\/src\/generated"/,
    '$1"../../src/generated-postgresql"',
    'the generator\'s output = "../src/generated"',
  );
  return HEADER + text;
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; true when it changed. */
export function writePostgresqlSchema(): boolean {
  const wanted = postgresqlSchemaFrom(fs.readFileSync(sqliteSchemaPath, "utf8"));
  const current = fs.existsSync(postgresqlSchemaPath)
    ? fs.readFileSync(postgresqlSchemaPath, "utf8")
    : "";
  if (current === wanted) return false;
  fs.mkdirSync(postgresqlDir, { recursive: true });
  fs.writeFileSync(postgresqlSchemaPath, wanted);
  return true;
}
