// One ESLint flat config for the whole monorepo; each workspace runs `eslint .` against it.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { builtinModules } from "node:module";
import { boundaries } from "./eslint-rules/boundaries.js";

// Which workspace may import which (the layering in docs/architecture.md): shared imports
// nothing of ours and nothing Node-only, db imports only shared, the editor knows no database,
// packages never import an app, and browser code never imports the database.
const apps = {
  group: ["@coproduce/web", "@coproduce/web/*"],
  message: "Packages never import an app.",
};
const oursButShared = {
  group: ["@coproduce/*", "!@coproduce/shared", "!@coproduce/shared/*"],
  message: "packages/db imports nothing of ours but @coproduce/shared.",
};
const sharedAlone = {
  group: ["@coproduce/*", "node:*", "@prisma/*"],
  message:
    "packages/shared runs in the browser too: it imports nothing of ours and nothing Node-only.",
};
const nodeBuiltins = builtinModules.map((name) => ({
  name,
  message: "packages/shared runs in the browser too: it imports nothing Node-only.",
}));
const database = {
  group: ["@coproduce/db", "@coproduce/db/*", "@prisma/*", "prisma", "better-sqlite3"],
  message: "The editor knows no database: take what it needs as arguments.",
};
function importRules(...patterns) {
  return { "no-restricted-imports": ["error", { patterns }] };
}
const browserDatabase = {
  group: ["@coproduce/db", "@coproduce/db/*"],
  message:
    "Browser code never imports the database: take values from @coproduce/shared, or do it in a .server.ts file.",
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/build/**",
      "**/dist/**",
      "**/.react-router/**",
      "**/src/generated/**",
      "**/src/generated-postgresql/**",
      "**/test-results/**",
      "**/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": "off",
    },
  },
  {
    // Type-aware lint: each file is checked against the tsconfig of its workspace, so rules can see
    // which values are promises.
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its rejection and its ordering.
      "@typescript-eslint/no-floating-promises": "error",
      // `await` on something that is not a promise is a mistake about what a call returns.
      "@typescript-eslint/await-thenable": "error",
      // A promise where a boolean or a void callback is expected is never waited for.
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // Plain JavaScript (the ESLint config and its rules) belongs to no tsconfig.
    files: ["**/*.{js,mjs,cjs,jsx}"],
    ...tseslint.configs.disableTypeChecked,
  },
  { plugins: { coproduce: boundaries } },
  {
    // The bench measures the app's own server wiring on purpose, so it alone may reach into it.
    files: ["apps/**/*.{ts,tsx,js}", "packages/**/*.{ts,tsx,js}", "e2e/**/*.ts"],
    rules: { "coproduce/stay-in-workspace": "error" },
  },
  { files: ["packages/**/*.{ts,tsx,js}"], rules: importRules(apps) },
  { files: ["packages/db/**/*.{ts,tsx,js}"], rules: importRules(apps, oursButShared) },
  { files: ["packages/editor/**/*.{ts,tsx,js}"], rules: importRules(apps, database) },
  {
    files: ["packages/shared/**/*.{ts,tsx,js}"],
    rules: { "no-restricted-imports": ["error", { paths: nodeBuiltins, patterns: [sharedAlone] }] },
  },
  {
    // Components and routes are bundled for the browser; loaders reach the database through
    // context.trpc, and anything else server-only lives in a .server.ts file.
    files: ["apps/web/app/**/*.{ts,tsx}"],
    ignores: ["**/*.server.ts", "**/*.server.tsx", "**/*.test.ts", "**/*.test.tsx"],
    rules: importRules(browserDatabase),
  },
  {
    files: ["apps/**/*.{ts,tsx}", "packages/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "**/test/**", "**/testing/**"],
    rules: { "coproduce/document-names-in-one-place": "error" },
  },
  {
    // The one place live-document names are made and read.
    files: ["packages/shared/src/document-names.ts"],
    rules: { "coproduce/document-names-in-one-place": "off" },
  },
  {
    // Browser tests take `test` from e2e/support/test.ts, which fails a test on any Content
    // Security Policy violation.
    files: ["e2e/tests/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@playwright/test",
              message: "Import from ../support/test, so the Content Security Policy check runs.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
);
