/**
 * Fetches the jars of the Neo4j Community server from Maven Central, once.
 * The server's tarball is not published there, but every jar of it is; Maven resolves
 * them from the holder pom beside this file into `<localDir>/<version>/lib`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "../errors.js";

export const NEO4J_VERSION = "5.26.30";
const POM = path.join(path.dirname(fileURLToPath(import.meta.url)), "neo4j-server.pom.xml");
const MARKER = ".complete";

export interface Provisioned {
  version: string;
  libDir: string;
  /** True when this call downloaded the jars. */
  downloaded: boolean;
  bytes: number;
  ms: number;
}

export function requireCommand(command: string, args: string[], why: string): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new ConfigError(
      `${command} was not found or does not run (${why}). Install it, or set NEO4J_URI to use an existing Neo4j server.`,
    );
  }
  return `${result.stdout}${result.stderr}`;
}

/** Checks that the machine's Java can run Neo4j 5.26 (Java 17 or 21). */
export function checkJava(): void {
  const output = requireCommand("java", ["-version"], "Neo4j needs Java 17 or later");
  const major = Number(/version "(\d+)/.exec(output)?.[1] ?? 0);
  if (major < 17) throw new ConfigError(`Java ${major} found; Neo4j ${NEO4J_VERSION} needs Java 17 or 21.`);
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

export function provisionNeo4j(localDir: string, log: (line: string) => void = () => {}): Provisioned {
  const libDir = path.join(localDir, NEO4J_VERSION, "lib");
  if (existsSync(path.join(libDir, MARKER))) {
    return { version: NEO4J_VERSION, libDir, downloaded: false, bytes: folderBytes(libDir), ms: 0 };
  }
  checkJava();
  requireCommand("mvn", ["-v"], "the Neo4j jars are fetched from Maven Central with Maven");
  const started = Date.now();
  const staging = `${libDir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  log(`Fetching Neo4j ${NEO4J_VERSION} jars from Maven Central (about 125 MB, once) ...`);
  const result = spawnSync(
    "mvn",
    [
      "-B",
      "-ntp",
      "-q",
      "-f",
      POM,
      `-Dneo4j.version=${NEO4J_VERSION}`,
      "dependency:copy-dependencies",
      "-DincludeScope=runtime",
      `-DoutputDirectory=${staging}`,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    const tail = `${result.stdout}${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new ConfigError(`Downloading the Neo4j jars with Maven failed (exit ${result.status}):\n${tail}`);
  }
  writeFileSync(path.join(staging, MARKER), `${NEO4J_VERSION}\n`);
  rmSync(libDir, { recursive: true, force: true });
  renameSync(staging, libDir);
  const ms = Date.now() - started;
  const bytes = folderBytes(libDir);
  log(`Neo4j ${NEO4J_VERSION}: ${(bytes / 1e6).toFixed(0)} MB of jars in ${(ms / 1000).toFixed(1)} s.`);
  return { version: NEO4J_VERSION, libDir, downloaded: true, bytes, ms };
}
