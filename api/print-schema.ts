import { lexicographicSortSchema, printSchema } from "graphql";
import { buildPlangrafSchema } from "./schema.js";

const HEADER = "# Emitted from the TypeGraphQL classes by `npm run schema:emit`. Do not edit by hand.\n\n";

/** The schema as SDL, sorted so that a diff shows only real API changes. */
export async function printSchemaText(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await buildPlangrafSchema()))}\n`;
}
