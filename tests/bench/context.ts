/** What every bench case gets: the database, the running API, the options, and where to put rows and raw figures. */
import type { GraphDb } from "../../graph/driver.js";
import type { RunningApi } from "./lib/api.js";
import type { Row } from "./report.js";

export interface BenchOptions {
  quick: boolean;
  /** Sections to skip (by name: growth, floor, profile, peer, scale, client). */
  skip: Set<string>;
}

export interface BenchContext {
  db: GraphDb;
  uri: string;
  api: RunningApi;
  /** Query fields the API has now. */
  fields: Set<string>;
  options: BenchOptions;
  rows: Row[];
  raw: Record<string, unknown>;
  log(line: string): void;
  /** The plan the per-plan cases use (the first synthetic plan) and its most-used system. */
  planId: string;
  hubId: string;
}
