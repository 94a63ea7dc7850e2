import path from "node:path";
import { describe, expect, it } from "vitest";
import { inlineDocuments, readDocuments } from "../../../client/graphql-documents-plugin";
import { graphql } from "../../../client/src/gql";

const gqlDir = path.resolve(import.meta.dirname, "../../../client/src/gql");
const documents = readDocuments(path.join(gqlDir, "gql.ts"), path.join(gqlDir, "graphql.ts"));

describe("the build's GraphQL documents, inlined where they are used", () => {
  it("gives every document the same AST as graphql() looks up at run time", () => {
    expect(documents.size).toBeGreaterThan(10);
    for (const [source, ast] of documents) expect(JSON.parse(ast)).toEqual(graphql(source as never));
  });

  it("replaces a graphql(`...`) call by its document and leaves other code alone", () => {
    const [source, ast] = [...documents].find(([s]) => s.includes("query GraphView"))!;
    const code = `import { graphql } from "../gql";\nexport const doc = graphql(\`${source}\`);\nconst other = graphqlish(\`x\`);\n`;
    const out = inlineDocuments(code, documents, "graph-view.ts");
    expect(out).toContain(`export const doc = (${ast});`);
    expect(out).toContain("const other = graphqlish(`x`);");
    expect(out).not.toContain("query GraphView");
  });

  it("stops the build when a document's text is not what codegen saw, naming it", () => {
    const code = "const doc = graphql(`\n  query Stale($id: ID!) {\n    node(id: $id) { id }\n  }\n`);";
    expect(() => inlineDocuments(code, documents, "stale.ts")).toThrow(
      /stale\.ts: the GraphQL document Stale .* npm run codegen/,
    );
  });
});
