// SQLite's search keeps its rows in a plain table and only the words in FTS5 (the
// search_rows_in_a_plain_table migration). These tests hold the parts a results test cannot
// see: that a search and the triggers find rows without reading every row's body, that the
// words follow every change to a row, and that the migration kept the rows indexed before it.
// (search.test.ts covers what people find, on SQLite and PostgreSQL.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrationSqlFiles } from "@coproduce/db/migrate";
import { searchStatements } from "./sqlite-fts5.js";

let dir: string;
let sqlite: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coproduce-fts5-"));
  sqlite = new Database(path.join(dir, "test.db"));
});

afterEach(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function migrate(files: string[]) {
  for (const file of files) sqlite.exec(fs.readFileSync(file, "utf8"));
}

const query = {
  words: ["care"],
  programmeId: "programme-1",
  scopes: ["toolbox:read"],
  kinds: ["section", "document"],
  limit: 20,
  offset: 0,
};

function plan(sql: string, values: unknown[]): string[] {
  return sqlite
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...values)
    .map((row) => (row as { detail: string }).detail);
}

function addRow(recordId: string, title: string, body: string, programmeId = "programme-1") {
  sqlite
    .prepare(
      `INSERT INTO SearchIndex (kind, recordId, programmeId, scope, title, body)
       VALUES ('section', ?, ?, 'toolbox:read', ?, ?)`,
    )
    .run(recordId, programmeId, title, body);
}

function found(words: string[]): string[] {
  const { page } = searchStatements({ ...query, words });
  return sqlite
    .prepare(page.sql)
    .all(...page.values)
    .map((row) => (row as { recordId: string }).recordId);
}

/** FTS5's own check that its words match the rows of SearchIndex exactly. */
function wordsMatchRows() {
  sqlite.exec(`INSERT INTO SearchText (SearchText, rank) VALUES ('integrity-check', 1)`);
}

describe("SQLite search", () => {
  beforeEach(() => migrate(migrationSqlFiles()));

  it("reads the words first, then looks up each match by its id", () => {
    const { page, count } = searchStatements(query);
    for (const statement of [page, count]) {
      const steps = plan(statement.sql, statement.values);
      expect(steps[0]).toMatch(/^SCAN SearchText VIRTUAL TABLE/);
      expect(steps).toContainEqual(
        expect.stringMatching(/^SEARCH entry USING INTEGER PRIMARY KEY/),
      );
      expect(steps).not.toContainEqual(expect.stringMatching(/^SCAN entry/));
    }
  });

  it("lets the triggers find a record's rows by index", () => {
    const steps = plan(`DELETE FROM SearchIndex WHERE kind = 'section' AND recordId = ?`, ["s1"]);
    expect(steps).toEqual([
      expect.stringMatching(
        /^SEARCH SearchIndex USING (COVERING )?INDEX SearchIndex_kind_recordId_idx/,
      ),
    ]);
  });

  it("keeps the words in step as rows are added, changed and removed", () => {
    addRow("s1", "Continuity of care", "Seeing the same team.");
    addRow("s2", "Background", "Nothing about that.");
    addRow("s3", "Care elsewhere", "Another programme's.", "programme-2");
    expect(found(["care"])).toEqual(["s1"]);

    sqlite.exec(`UPDATE SearchIndex SET title = 'Carers together' WHERE recordId = 's2'`);
    sqlite.exec(
      `UPDATE SearchIndex SET title = 'Continuity', body = 'Teams.' WHERE recordId = 's1'`,
    );
    expect(found(["care"])).toEqual(["s2"]);
    expect(found(["continuity"])).toEqual(["s1"]);
    expect(found(["seeing"])).toEqual([]);

    sqlite.exec(`DELETE FROM SearchIndex WHERE recordId = 's2'`);
    expect(found(["carers"])).toEqual([]);
    wordsMatchRows();
  });

  it("shows title and snippet from the row, with the matches marked", () => {
    addRow("s1", "Continuity of care", "People told us they want to see the same team.");
    const { page } = searchStatements({ ...query, words: ["team"] });
    expect(sqlite.prepare(page.sql).get(...page.values)).toMatchObject({
      kind: "section",
      recordId: "s1",
      title: "Continuity of care",
      snippet: "People told us they want to see the same \u0002team\u0003.",
    });
  });
});

describe("the migration to a plain table", () => {
  it("keeps every row that was indexed before it, with its words", () => {
    const files = migrationSqlFiles();
    const last = files.findIndex((file) => file.includes("search_rows_in_a_plain_table"));
    expect(last).toBeGreaterThan(0);
    migrate(files.slice(0, last));
    // Before: one FTS5 table held the rows and their words.
    sqlite.exec(`INSERT INTO SearchIndex (title, body, kind, recordId, programmeId, scope)
                 VALUES ('Continuity of care', 'The same team.', 'section', 's1', 'programme-1', 'toolbox:read'),
                        ('Governance', NULL, 'document', 'd1', 'programme-1', 'toolbox:read')`);
    migrate(files.slice(last));

    expect(found(["care"])).toEqual(["s1"]);
    expect(found(["governance"])).toEqual(["d1"]);
    wordsMatchRows();
    // New rows after the migration get ids of their own.
    addRow("s2", "Carers", "");
    expect(found(["care"]).sort()).toEqual(["s1", "s2"]);
  });
});
