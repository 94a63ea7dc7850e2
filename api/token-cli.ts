/**
 * `npm run token -- --user <name> --role <reader|planner|admin> [--days 30] [--name note]`
 * prints a token signed with this installation's secret (PLANGRAF_JWT_SECRET or the local
 * `.plangraf/`) and records it in the graph like the tokens admins issue through the API, so
 * it is listed by `apiTokens` and can be revoked (`revokeApiToken`, or
 * `npm run token -- --revoke <id>`). Uses the running local Neo4j, or NEO4J_URI.
 */
import { userInfo } from "node:os";
import { choiceOption, exitOnError, intOption, parseCli, UsageError } from "../graph/cli-args.js";
import { readNeo4jSettings } from "../graph/config.js";
import { openGraph } from "../graph/connect.js";
import { createCliLogger } from "../graph/logger.js";
import { recordToken, revokeToken } from "../graph/repositories/token.repository.js";
import { ROLES } from "./auth/roles.js";
import { readAuthSettings } from "./auth/settings.js";
import { signToken } from "./auth/tokens.js";

const USAGE = `Usage: npm run token -- --user <name> [--role ${ROLES.join("|")}] [--days 1-365] [--name <note>]
       npm run token -- --revoke <tokenId>
Prints a token on stdout (default role planner, valid 30 days) and records it, or revokes one.`;

const log = createCliLogger("token");

const options = parseCli(
  {
    options: {
      user: { type: "string" },
      role: { type: "string" },
      days: { type: "string" },
      name: { type: "string", default: "npm run token" },
      revoke: { type: "string" },
    },
  },
  USAGE,
  ({ values }) => {
    if (values.revoke !== undefined) return { revoke: values.revoke };
    if (!values.user) throw new UsageError("--user <name> is required: it is written into the audit trail.");
    return {
      user: values.user,
      role: choiceOption(values.role, "--role", ROLES, "planner"),
      days: intOption(values.days, "--days", { min: 1, max: 365, fallback: 30 }),
      name: values.name,
    };
  },
);

async function main(): Promise<void> {
  const actor = { id: `cli:${userInfo().username}`, role: "admin" };
  const openLog = { log: (line: string) => log.info(line) };
  if (options.revoke !== undefined) {
    const graph = await openGraph(readNeo4jSettings(), openLog);
    try {
      const token = await revokeToken(graph.db, actor, options.revoke);
      log.info(`Revoked token ${token.id} (${token.subject}, ${token.role}).`);
    } finally {
      await graph.close();
    }
    return;
  }
  const { user, role, days, name } = options;
  const { token, tokenId, expiresAt } = await signToken(readAuthSettings().secret, user, role, days);
  // Recorded before it is shown: a token that cannot be revoked is never handed out.
  const graph = await openGraph(readNeo4jSettings(), openLog);
  try {
    await recordToken(graph.db, actor, { id: tokenId, subject: user, role, name, expiresAt: expiresAt.toISOString() });
  } finally {
    await graph.close();
  }
  log.info(
    `Token ${tokenId} for ${user} (${role}), valid until ${expiresAt.toISOString()}; revoke with \`npm run token -- --revoke ${tokenId}\`:`,
  );
  process.stdout.write(`${token}\n`);
}

main().catch(exitOnError(log));
