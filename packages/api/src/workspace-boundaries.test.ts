// The layering is enforced by lint (eslint.config.js, eslint-rules/boundaries.js). These run
// the repository's own ESLint config on small fixture files, so a rule that stops firing fails
// here, not silently.
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
// The import rules need no types, and type-aware parsing only accepts files that exist on disk,
// so the in-memory fixtures below are linted without it.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

/** The rules that fire on `code` if it were the file at `file` (relative to the repository). */
async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("workspace boundaries", () => {
  it("packages/db imports nothing of ours but the shared package", async () => {
    expect(
      await rulesFiredOn("packages/db/src/fixture.ts", 'export { x } from "@coproduce/api";\n'),
    ).toContain("no-restricted-imports");
    for (const source of ["node:path", "@coproduce/shared/vocabulary"]) {
      expect(
        await rulesFiredOn("packages/db/src/fixture.ts", `export { x } from "${source}";\n`),
      ).toEqual([]);
    }
  });

  it("packages/shared imports nothing of ours and nothing Node-only", async () => {
    for (const source of [
      "@coproduce/db",
      "@coproduce/editor",
      "node:fs",
      "fs",
      "@prisma/client",
    ]) {
      expect(
        await rulesFiredOn("packages/shared/src/fixture.ts", `export { x } from "${source}";\n`),
      ).toContain("no-restricted-imports");
    }
    expect(
      await rulesFiredOn("packages/shared/src/fixture.ts", 'export { x } from "yjs";\n'),
    ).toEqual([]);
  });

  it("browser code never imports the database", async () => {
    for (const file of ["apps/web/app/routes/fixture.tsx", "apps/web/app/lib/fixture.ts"]) {
      for (const source of ["@coproduce/db", "@coproduce/db/seed"]) {
        expect(await rulesFiredOn(file, `export { x } from "${source}";\n`)).toContain(
          "no-restricted-imports",
        );
      }
    }
    expect(
      await rulesFiredOn(
        "apps/web/app/lib/fixture.server.ts",
        'export { x } from "@coproduce/db";\n',
      ),
    ).toEqual([]);
  });

  it("the editor knows no database", async () => {
    for (const source of ["@coproduce/db", "@coproduce/db/seed", "@prisma/client"]) {
      expect(
        await rulesFiredOn("packages/editor/src/fixture.ts", `export { x } from "${source}";\n`),
      ).toContain("no-restricted-imports");
    }
  });

  it("packages never import an app", async () => {
    expect(
      await rulesFiredOn("packages/api/src/fixture.ts", 'export { x } from "@coproduce/web";\n'),
    ).toContain("no-restricted-imports");
  });

  it("no relative import leaves its workspace", async () => {
    const fired = await rulesFiredOn(
      "apps/web/server/fixture.ts",
      'export { x } from "../../../packages/api/src/router.js";\n',
    );
    expect(fired).toContain("coproduce/stay-in-workspace");
    expect(
      await rulesFiredOn(
        "packages/collab/src/fixture.ts",
        'export { x } from "../../db/src/a.js";\n',
      ),
    ).toContain("coproduce/stay-in-workspace");
    // Inside its own workspace a relative import is fine.
    expect(
      await rulesFiredOn(
        "packages/api/src/routers/fixture.ts",
        'export { x } from "../trpc.js";\n',
      ),
    ).toEqual([]);
  });

  it("live-document names are built and parsed only in document-names.ts", async () => {
    for (const code of [
      "export const name = `section:${id}`;\n",
      'export const name = "session:" + id;\n',
      'export const isSection = (name: string) => name.startsWith("section:");\n',
      "export const link = `/feedback/give?on=section:${id}`;\n",
    ]) {
      for (const file of ["apps/web/app/lib/fixture.ts", "packages/shared/src/fixture.ts"]) {
        expect(await rulesFiredOn(file, `declare const id: string;\n${code}`)).toContain(
          "coproduce/document-names-in-one-place",
        );
      }
    }
    expect(
      await rulesFiredOn(
        "packages/shared/src/document-names.ts",
        "export const name = (id: string) => `section:${id}`;\n",
      ),
    ).toEqual([]);
  });
});

describe("type-aware lint", () => {
  // A real file inside packages/api's tsconfig: type information comes from the workspace's
  // TypeScript program. Valid TypeScript, so a typecheck running meanwhile still passes.
  const fixture = path.join(root, `packages/api/src/lint-fixture-${process.pid}.ts`);
  afterEach(() => rm(fixture, { force: true }));

  it(
    "reports floating, needlessly awaited and misused promises",
    { timeout: 180_000 },
    async () => {
      await writeFile(
        fixture,
        [
          "async function save(): Promise<void> {}",
          "export async function run(list: number[]): Promise<void> {",
          "  save();",
          "  await list.length;",
          "  list.forEach(async () => save());",
          "  void save();",
          "}",
          "",
        ].join("\n"),
      );
      const [result] = await new ESLint({ cwd: root }).lintFiles([fixture]);
      expect((result?.messages ?? []).map((m) => [m.line, m.ruleId ?? m.message])).toEqual([
        [3, "@typescript-eslint/no-floating-promises"],
        [4, "@typescript-eslint/await-thenable"],
        [5, "@typescript-eslint/no-misused-promises"],
      ]);
    },
  );
});
