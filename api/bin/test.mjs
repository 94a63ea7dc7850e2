// `npm test`: the whole suite. Static checks first (lint and format, types, emitted schema and generated
// client types up to date), then the client build the e2e tests drive and its JavaScript budget, then vitest
// (unit, integration against a real Neo4j, e2e in headless Chromium).
import { ensureClientBuilt, ensureInstalled, step } from "./run.mjs";

ensureInstalled();
step("Lint (eslint: recommended rules and the import boundaries)", "npx", ["eslint", "."]);
step("Format check (prettier --check)", "npx", ["prettier", "--check", ".", "--log-level", "warn"]);
step("Type check (tsc)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
step("Generated client types are up to date (graphql-codegen --check)", "npx", [
  "graphql-codegen",
  "--config",
  "codegen.ts",
  "--check",
]);
ensureClientBuilt(true);
step("JavaScript bundle budget (client/bundle-budget.json)", "node", ["api/bin/bundle-budget.mjs"]);
step("Test suite (vitest)", "npx", ["vitest", "run", ...process.argv.slice(2)]);
