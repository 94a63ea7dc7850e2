// Lint rules for the whole repository; `npm test` fails on any error (npm run lint).
// Besides the recommended sets, the layering is enforced here:
// - graph/ (the database layer) imports nothing of api/, seeds/ or client/;
// - only graph/driver.ts imports neo4j-driver; everything else goes through its exports;
// - a client feature imports shared code (components, lib, gql, app), never another feature.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const features = readdirSync(new URL("./client/src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "client/dist/",
      "client/src/gql/",
      ".neo4j/",
      ".plangraf/",
      "tests/bench/results/",
      "tests/e2e/screenshots/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
      "prefer-const": "error",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "neo4j-driver",
              message: "Only graph/driver.ts imports neo4j-driver; import what you need from it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["graph/driver.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["graph/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./graph",
              from: ["./api", "./seeds", "./client"],
              message: "graph/ is the database layer: it must not depend on the API, the seeds or the client.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    files: ["client/src/features/**"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: features.map((feature) => ({
            target: `./client/src/features/${feature}`,
            from: "./client/src/features",
            except: [`./${feature}`],
            message: "A feature imports shared code (components, lib, gql, app), never another feature.",
          })),
        },
      ],
    },
  },
  prettier,
);
