import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Client types from the API contract. Queries and fragments live next to the component that
 * needs them (`graphql()` from client/src/gql); run `npm run codegen` after changing one.
 *
 * Fragments are masked: a query that spreads `...EdgeHop` sees only a reference, and only the
 * component that owns the fragment reads its fields (`getFragmentData`). A spread marked
 * `@unmask` (Apollo Client strips it before the request) stays readable where it is spread: for
 * shared selections that feature logic reads, such as `NodeRef`.
 */
const config: CodegenConfig = {
  schema: "api/schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        customDirectives: { apolloUnmask: true },
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
