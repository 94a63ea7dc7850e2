import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Client types from the API contract. Queries and fragments live next to the component that
 * needs them (`graphql()` from client/src/gql); run `npm run codegen` after changing one.
 */
const config: CodegenConfig = {
  schema: "api/schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        scalars: { ID: "string" },
      },
    },
  },
};

export default config;
