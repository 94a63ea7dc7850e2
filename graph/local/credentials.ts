/**
 * The local Neo4j's password: generated once and kept beside the JWT secret in the
 * project's git-ignored `.plangraf/` (mode 600, folder 700), read by `npm start` and every
 * CLI that opens the local server.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function localNeo4jPassword(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(path.dirname(file), 0o700);
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString("hex"), { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return readFileSync(file, "utf8").trim();
}
