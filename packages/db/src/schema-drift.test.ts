// The two databases cannot drift: the PostgreSQL schema is generated from prisma/schema.prisma,
// and each migration history ends at its schema. When one of these fails, run
//   npm run db:migration -- <what_changed>
// which regenerates prisma/postgresql/schema.prisma and writes the missing migration(s).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { MIGRATION_HISTORIES } from "./migration-histories.js";
import {
  postgresqlSchemaFrom,
  postgresqlSchemaPath,
  sqliteSchemaPath,
} from "./postgresql-schema.js";

const FIX = "Run `npm run db:migration -- <what_changed>` to bring it up to date.";

describe("the SQLite and PostgreSQL schemas", () => {
  it("prisma/postgresql/schema.prisma is generated from prisma/schema.prisma", () => {
    const wanted = postgresqlSchemaFrom(fs.readFileSync(sqliteSchemaPath, "utf8"));
    const committed = fs.readFileSync(postgresqlSchemaPath, "utf8");
    expect(committed === wanted, `prisma/postgresql/schema.prisma is out of date. ${FIX}`).toBe(
      true,
    );
  });

  for (const history of MIGRATION_HISTORIES) {
    it(`the ${history.label} migration history ends at its schema`, () => {
      const snapshot = fs.existsSync(history.snapshot)
        ? fs.readFileSync(history.snapshot, "utf8")
        : "";
      const schema = fs.readFileSync(history.schema, "utf8");
      expect(
        snapshot === schema,
        `The ${history.label} schema changed since its last migration. ${FIX}`,
      ).toBe(true);
    });
  }

  it("makes a model added to the SQLite schema appear in the PostgreSQL one", () => {
    const sqlite = fs.readFileSync(sqliteSchemaPath, "utf8");
    const added = `${sqlite}\nmodel Example {\n  id String @id\n}\n`;
    const postgresql = postgresqlSchemaFrom(added);
    expect(postgresql).toContain("model Example {");
    expect(postgresql).toMatch(/provider = "postgresql"/);
    expect(postgresql).not.toMatch(/provider = "sqlite"/);
  });

  it("says what it cannot translate instead of writing a wrong schema", () => {
    expect(() => postgresqlSchemaFrom('datasource db {\n  provider = "mysql"\n}')).toThrow(
      /cannot find the datasource's provider/,
    );
  });
});
