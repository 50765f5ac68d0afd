// The same integration suite on PostgreSQL: a throwaway server started for the run (see
// src/test/postgresql-global-setup.ts); every test database is made from a migrated template.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({ test: { globalSetup: ["./src/test/postgresql-global-setup.ts"] } }),
);
