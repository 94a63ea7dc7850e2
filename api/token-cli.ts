/**
 * `npm run token -- --user <name> --role <reader|planner|admin> [--days 30] [--name note]`
 * prints a token signed with this installation's secret (PLANGRAF_JWT_SECRET or the local
 * `.plangraf/`) and records it in the graph like the tokens admins issue through the API, so
 * it is listed by `apiTokens` and can be revoked (`revokeApiToken`, or
 * `npm run token -- --revoke <id>`). Uses the running local Neo4j, or NEO4J_URI.
 */
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { readNeo4jSettings } from "../graph/config.js";
import { openGraph } from "../graph/connect.js";
import { ConfigError } from "../graph/errors.js";
import { recordToken, revokeToken } from "../graph/repositories/token.repository.js";
import { isRole, ROLES } from "./auth/roles.js";
import { readAuthSettings } from "./auth/settings.js";
import { signToken } from "./auth/tokens.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: "string" },
      role: { type: "string", default: "planner" },
      days: { type: "string", default: "30" },
      name: { type: "string", default: "npm run token" },
      revoke: { type: "string" },
    },
  });
  const actor = { id: `cli:${userInfo().username}`, role: "admin" };
  if (values.revoke) {
    const graph = await openGraph(readNeo4jSettings(), {});
    try {
      const token = await revokeToken(graph.db, actor, values.revoke);
      console.error(`Revoked token ${token.id} (${token.subject}, ${token.role}).`);
    } finally {
      await graph.close();
    }
    return;
  }
  if (!values.user) throw new ConfigError("--user <name> is required: it is written into the audit trail.");
  if (!isRole(values.role))
    throw new ConfigError(`--role ${values.role} is not a role: use one of ${ROLES.join(", ")}.`);
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new ConfigError(`--days ${values.days}: expected 1 to 365.`);
  const { token, tokenId, expiresAt } = await signToken(readAuthSettings().secret, values.user, values.role, days);
  // Recorded before it is shown: a token that cannot be revoked is never handed out.
  const graph = await openGraph(readNeo4jSettings(), {});
  try {
    await recordToken(graph.db, actor, {
      id: tokenId,
      subject: values.user,
      role: values.role,
      name: values.name,
      expiresAt: expiresAt.toISOString(),
    });
  } finally {
    await graph.close();
  }
  console.error(
    `Token ${tokenId} for ${values.user} (${values.role}), valid until ${expiresAt.toISOString()}; revoke with \`npm run token -- --revoke ${tokenId}\`:`,
  );
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
