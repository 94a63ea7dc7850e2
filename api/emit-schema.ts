/** Writes api/schema.graphql from the TypeGraphQL classes (committed; codegen reads it). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchemaText } from "./print-schema.js";

const target = fileURLToPath(new URL("./schema.graphql", import.meta.url));
writeFileSync(target, await printSchemaText());
console.log(`Wrote ${target}`);
