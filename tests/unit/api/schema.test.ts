/** api/schema.graphql is what the client's codegen reads: it must be the schema the server runs. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printSchemaText } from "../../../api/print-schema.js";
import { RELATIONS_MODULE_PATH, relationsModuleText } from "../../../api/relations-module.js";

describe("api/schema.graphql", () => {
  it("equals the schema emitted from the TypeGraphQL classes (run `npm run schema:emit` after an API change)", async () => {
    const committed = readFileSync(new URL("../../../api/schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(await printSchemaText());
  });
});

describe("client/src/gql/relations.ts", () => {
  it("is the relationship table as graph/relations.ts has it (run `npm run schema:emit` after a change)", () => {
    expect(readFileSync(RELATIONS_MODULE_PATH, "utf8")).toBe(relationsModuleText());
  });
});
