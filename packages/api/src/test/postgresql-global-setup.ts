// Vitest global setup for the PostgreSQL run: one throwaway server for the whole run, with a
// migrated template database; removed when the run ends.
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "@coproduce/db/testing/postgres";
import { createPostgresqlTemplate } from "./postgresql-template.js";

export default async function setup(project: TestProject) {
  const server = await startThrowawayPostgres();
  await createPostgresqlTemplate(server.url);
  project.provide("postgresqlServerUrl", server.url);
  return () => server.stop();
}
