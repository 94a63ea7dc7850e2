/**
 * Writes api/schema.graphql from the TypeGraphQL classes (committed; codegen reads it) and
 * client/src/gql/relations.ts from the relationship table.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaText } from "./print-schema.js";
import { RELATIONS_MODULE_PATH, relationsModuleText } from "./relations-module.js";

const target = fileURLToPath(new URL("./schema.graphql", import.meta.url));
writeFileSync(target, await printSchemaText());
console.log(`Wrote ${target}`);
writeFileSync(RELATIONS_MODULE_PATH, relationsModuleText());
console.log(`Wrote ${fileURLToPath(RELATIONS_MODULE_PATH)}`);
