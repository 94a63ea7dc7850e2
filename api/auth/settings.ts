/**
 * Authentication settings from the environment. Tokens are JWTs signed with
 * PLANGRAF_JWT_SECRET (HS256). Locally, when it is unset, a random secret is created once
 * in the project's ignored `.plangraf/` folder so tokens survive restarts; in production
 * (NODE_ENV=production with PLANGRAF_REQUIRE_SECRET=true) an unset secret stops the start.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../../graph/errors.js";

export interface AuthSettings {
  secret: Uint8Array;
  /** Whether requests without a token may read (as role `reader`). */
  anonymousRead: boolean;
  /** Where the secret came from, for the start-up message. */
  secretSource: "env" | "file";
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name}=${raw} is not valid: expected true or false.`);
}

export function readAuthSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): AuthSettings {
  const anonymousRead = bool(env, "PLANGRAF_ANONYMOUS_READ", true);
  const fromEnv = env.PLANGRAF_JWT_SECRET;
  if (fromEnv !== undefined && fromEnv !== "") {
    if (fromEnv.length < 32)
      throw new ConfigError(
        "PLANGRAF_JWT_SECRET is too short: use at least 32 characters (e.g. `openssl rand -hex 32`).",
      );
    return { secret: new TextEncoder().encode(fromEnv), anonymousRead, secretSource: "env" };
  }
  if (bool(env, "PLANGRAF_REQUIRE_SECRET", false)) {
    throw new ConfigError("PLANGRAF_JWT_SECRET is not set, and PLANGRAF_REQUIRE_SECRET=true requires it.");
  }
  const dir = path.resolve(root, env.PLANGRAF_STATE_DIR || ".plangraf");
  const file = path.join(dir, "jwt-secret");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return { secret: new TextEncoder().encode(readFileSync(file, "utf8").trim()), anonymousRead, secretSource: "file" };
}
