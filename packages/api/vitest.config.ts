import { defineConfig } from "vitest/config";

// Each test builds a real database; on a busy shared machine that can exceed Vitest's 5 s default.
export default defineConfig({ test: { testTimeout: 20_000 } });
