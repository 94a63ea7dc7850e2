import { spawnSync } from "node:child_process";
import path from "node:path";

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
export async function gqlAs<T = Record<string, any>>(
  appUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
