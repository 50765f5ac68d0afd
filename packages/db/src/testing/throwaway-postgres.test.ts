import fs from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres.js";

describe("a throwaway PostgreSQL for tests", () => {
  let server: ThrowawayPostgres | undefined;
  afterAll(() => server?.stop());

  it("starts on a free port, answers queries, and leaves nothing behind when stopped", async () => {
    server = await startThrowawayPostgres();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query<{ answer: number; collation: string }>(
      "SELECT 41 + 1 AS answer, datcollate AS collation FROM pg_database WHERE datname = 'postgres'",
    );
    await client.end();
    expect(rows[0]).toEqual({ answer: 42, collation: "C.UTF-8" });

    expect(fs.existsSync(server.folder)).toBe(true);
    server.stop();
    expect(fs.existsSync(server.folder)).toBe(false);
    const again = new pg.Client({ connectionString: server.url });
    await expect(again.connect()).rejects.toThrow();
    // initdb alone takes a few seconds on a busy 2-core machine.
  }, 60_000);
});
