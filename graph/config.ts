import path from "node:path";
import { ConfigError } from "./errors.js";

/** Connection settings for Neo4j, read from the environment and checked once. */
export interface Neo4jSettings {
  /** Set when an external server is used; undefined means "provision a local one". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
  /** Bolt port of the local server (when `uri` is not set). */
  localPort: number;
  /** Folder for the local server's jars and data. */
  localDir: string;
  /** Per-transaction timeout in milliseconds. */
  txTimeoutMs: number;
  /** Where the local server's generated password is kept (authentication on), or undefined (off). */
  localPasswordFile: string | undefined;
  /** Local instance name (its folder under `<localDir>/instances/`). */
  localInstance: string;
}

const URI_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not valid: expected a whole number from ${min} to ${max}.`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name}=${raw} is not valid: expected true or false.`);
}

function instanceName(raw: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(raw))
    throw new ConfigError(`PLANGRAF_NEO4J_INSTANCE=${raw} is not valid: lower-case letters, digits and dashes.`);
  return raw;
}

export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Neo4jSettings {
  const uri = env.NEO4J_URI?.trim() || undefined;
  if (uri !== undefined) {
    let scheme: string;
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError(
        `NEO4J_URI=${uri} is not a URL: expected e.g. neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io.`,
      );
    }
    if (!URI_SCHEMES.includes(scheme)) {
      throw new ConfigError(
        `NEO4J_URI=${uri} has scheme ${scheme} which Neo4j does not speak: use one of ${URI_SCHEMES.join(" ")}`,
      );
    }
  }
  return {
    uri,
    user: env.NEO4J_USER || "neo4j",
    password: env.NEO4J_PASSWORD || "",
    database: env.NEO4J_DATABASE || undefined,
    localPort: intSetting(env, "PLANGRAF_NEO4J_PORT", 7687, 1024, 65535),
    localDir: path.resolve(root, env.PLANGRAF_NEO4J_DIR || ".neo4j"),
    txTimeoutMs: intSetting(env, "PLANGRAF_TX_TIMEOUT_MS", 10_000, 100, 600_000),
    localPasswordFile: bool(env, "PLANGRAF_NEO4J_AUTH", true)
      ? path.join(path.resolve(root, env.PLANGRAF_STATE_DIR || ".plangraf"), "neo4j-password")
      : undefined,
    localInstance: instanceName(env.PLANGRAF_NEO4J_INSTANCE || "dev"),
  };
}
