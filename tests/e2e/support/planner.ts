import { spawnSync } from "node:child_process";
import path from "node:path";
import { sourceOf, type Operation, type Variables } from "../../helpers/operation.js";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** A planner's token, issued as a user would (`npm run token`), against the test database. */
export function plannerToken(neo4jUri: string, user = "e2e-planner"): string {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "api/token-cli.ts", "--user", user, "--role", "planner", "--days", "1"],
    {
      cwd: root,
      env: { ...process.env, NEO4J_URI: neo4jUri },
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`npm run token failed:\n${run.stderr}`);
  return run.stdout.trim();
}

/** Runs one GraphQL operation with a token (a second planner acting at the same time). */
export async function gqlAs<TData, TVariables extends Variables>(
  appUrl: string,
  token: string,
  query: Operation<TData, TVariables>,
  variables?: TVariables,
): Promise<TData>;
export async function gqlAs<TData = Record<string, unknown>>(
  appUrl: string,
  token: string,
  query: string,
  variables?: Variables,
): Promise<TData>;
export async function gqlAs(
  appUrl: string,
  token: string,
  query: string | Operation<unknown, never>,
  variables: Variables = {},
): Promise<unknown> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: sourceOf(query), variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
