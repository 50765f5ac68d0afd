import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Integration tests use real SQLite files and hash passwords on purpose; on a busy 2-core
    // machine a few seconds is normal, so time out only on a real hang.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
