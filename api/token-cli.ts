/**
 * `npm run token -- --user <name> --role <reader|planner|admin> [--days 30]` prints a token
 * signed with this installation's secret (PLANGRAF_JWT_SECRET or the local `.plangraf/`).
 */
import { parseArgs } from "node:util";
import { ConfigError } from "../graph/errors.js";
import { isRole, ROLES } from "./auth/roles.js";
import { readAuthSettings } from "./auth/settings.js";
import { signToken } from "./auth/tokens.js";

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { user: { type: "string" }, role: { type: "string", default: "planner" }, days: { type: "string", default: "30" } } });
  if (!values.user) throw new ConfigError("--user <name> is required: it is written into the audit trail.");
  if (!isRole(values.role)) throw new ConfigError(`--role ${values.role} is not a role: use one of ${ROLES.join(", ")}.`);
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new ConfigError(`--days ${values.days}: expected 1 to 365.`);
  const { token, expiresAt } = await signToken(readAuthSettings().secret, values.user, values.role, days);
  console.error(`Token for ${values.user} (${values.role}), valid until ${expiresAt.toISOString()}:`);
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
