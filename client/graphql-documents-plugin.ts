import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/**
 * Each view carries only its own GraphQL documents. `graphql(`...`)` from client/src/gql looks the text up in a
 * map of every operation in the app (client/src/gql/gql.ts), so whichever chunk holds that map holds all the
 * documents. This build step replaces each `graphql(`...`)` call with the document codegen generated for that
 * text (its AST from client/src/gql/graphql.ts), in place: the document then travels in the chunk of the code
 * that uses it, and the map is left out of the build. It does what the client preset's Babel plugin does
 * (`@graphql-codegen/client-preset/babel`), without Babel in the build.
 *
 * The lookup is the same as `graphql()`'s at run time: by the exact text. A text codegen has not seen (a query
 * edited without `npm run codegen`) stops the build with that advice instead of sending an empty document.
 */
export function graphqlDocuments(srcDir: string): Plugin {
  const gqlDir = path.join(srcDir, "gql");
  const mapFile = path.join(gqlDir, "gql.ts");
  const astFile = path.join(gqlDir, "graphql.ts");
  let documents: Map<string, string> | undefined;
  const load = (): Map<string, string> => (documents ??= readDocuments(mapFile, astFile));
  return {
    name: "plangraf-graphql-documents",
    enforce: "pre",
    watchChange(id) {
      if (id === mapFile || id === astFile) documents = undefined;
    },
    transform(code, id) {
      const file = id.split("?")[0] ?? id;
      if (!/\.tsx?$/.test(file) || !file.startsWith(srcDir + path.sep) || file.startsWith(gqlDir + path.sep)) return;
      if (!code.includes("graphql(")) return;
      this.addWatchFile(mapFile);
      this.addWatchFile(astFile);
      const replaced = inlineDocuments(code, load(), path.relative(srcDir, file));
      return replaced === code ? undefined : { code: replaced, map: null };
    },
  };
}

// A call with a plain template literal (no `${}`), as codegen requires: `graphql(`...`)`, also with /* GraphQL */.
const CALL = /\bgraphql\(\s*(?:\/\*\s*GraphQL\s*\*\/\s*)?`((?:[^`$\\]|\$(?!\{))*)`\s*,?\s*\)/g;

/** `code` with each `graphql(`...`)` call replaced by its document's AST (a JSON literal). */
export function inlineDocuments(code: string, documents: Map<string, string>, where: string): string {
  return code.replace(CALL, (_call, source: string) => {
    const ast = documents.get(source);
    if (ast === undefined) {
      const name = /\b(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(source)?.[1] ?? "an unnamed document";
      throw new Error(
        `${where}: the GraphQL document ${name} is not in client/src/gql (its text changed since codegen ran): ` +
          `run npm run codegen.`,
      );
    }
    return `(${ast})`;
  });
}

/** Every document's text (the key `graphql()` looks up) and its AST as JSON, from codegen's two files. */
export function readDocuments(mapFile: string, astFile: string): Map<string, string> {
  const asts = new Map<string, string>();
  for (const match of readFileSync(astFile, "utf8").matchAll(/^export const (\w+) = (\{.*\}) as unknown as /gm))
    asts.set(match[1] as string, match[2] as string);
  const documents = new Map<string, string>();
  const map = readFileSync(mapFile, "utf8");
  const body = map.slice(map.indexOf("const documents"));
  for (const match of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const source = JSON.parse(match[1] as string) as string;
    const ast = asts.get(match[2] as string);
    if (ast === undefined) throw new Error(`${astFile} has no document ${match[2]}: run npm run codegen.`);
    documents.set(source, ast);
  }
  if (documents.size === 0) throw new Error(`${mapFile} lists no documents: run npm run codegen.`);
  return documents;
}
