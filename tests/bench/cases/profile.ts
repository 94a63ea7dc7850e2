/**
 * Profile: the Cypher the API actually sends for each benchmarked operation (recorded
 * in-process), PROFILEd next to the floor's single query: round trips, database hits,
 * result size and server time. The full plans go into the results JSON.
 */
import type { Params } from "../../../graph/driver.js";
import type { BenchContext } from "../context.js";
import * as floor from "../floor.cypher.js";
import { missingReason } from "../lib/api.js";
import { profile, profileDriver, type ProfileSummary } from "../lib/profile.js";
import { GRAPH, IMPACT, NESTED } from "../queries.graphql.js";

interface ProfileCase {
  name: string;
  field: string;
  query: string;
  variables: (ctx: BenchContext) => Record<string, unknown>;
  floor: { cypher: string; params: (ctx: BenchContext) => Params };
}

const CASES: ProfileCase[] = [
  {
    name: "impact depth 4",
    field: "impact",
    query: IMPACT,
    variables: (c) => ({ id: c.hubId, depth: 4 }),
    floor: { cypher: floor.impact, params: (c) => ({ id: c.hubId, cap: 5000 }) },
  },
  {
    name: "departments > goals > initiatives > systems",
    field: "departments",
    query: NESTED,
    variables: (c) => ({ planId: c.planId }),
    floor: { cypher: floor.nested, params: (c) => ({ planId: c.planId }) },
  },
  {
    name: "graph(filter: {planId})",
    field: "graph",
    query: GRAPH,
    variables: (c) => ({ filter: { planId: c.planId, limit: 2000 } }),
    floor: { cypher: floor.graphOfPlan, params: (c) => ({ planId: c.planId, limit: 2000 }) },
  },
  {
    name: "graph(filter: {limit: 2000}) (whole graph)",
    field: "graph",
    query: GRAPH,
    variables: () => ({ filter: { limit: 2000 } }),
    floor: { cypher: floor.graphOfAll, params: () => ({ limit: 2000 }) },
  },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const sum = (xs: ProfileSummary[], key: "dbHits" | "resultBytes" | "serverMs") => xs.reduce((s, x) => s + x[key], 0);

export async function runProfile(ctx: BenchContext): Promise<void> {
  const driver = profileDriver(ctx.uri);
  const raw: Record<string, unknown> = {};
  try {
    for (const c of CASES) {
      const floorProfile = await profile(driver, c.floor.cypher, c.floor.params(ctx));
      const floorText = `floor: 1 statement, ${floorProfile.dbHits} db hits, ${kb(floorProfile.resultBytes)}, server ${floorProfile.serverMs} ms`;
      // An operation the API could not answer at this size in the growth cases is not sent to
      // the in-process API at all: it would block this process's event loop (README, "Performance").
      const growthErrors =
        (ctx.raw.growth as { errors?: Record<string, Record<number, string>> } | undefined)?.errors?.[c.name] ?? {};
      const largest = Math.max(0, ...Object.keys(growthErrors).map(Number));
      if (largest) {
        ctx.rows.push({
          section: "profile",
          case: c.name,
          measure: "API Cypher vs floor",
          value: `${floorText}; API not traced: at ${largest} nodes it did not answer (${growthErrors[largest]})`,
          ratio: null,
          target: "",
          verdict: "",
        });
        raw[c.name] = { floor: floorProfile, skipped: growthErrors[largest] };
        continue;
      }
      const missing = await missingReason(ctx.api.url, ctx.fields, c.field, c.query, c.variables(ctx));
      if (missing) {
        ctx.rows.push({
          section: "profile",
          case: c.name,
          measure: "API Cypher vs floor",
          value: floorText,
          ratio: null,
          target: "",
          verdict: missing,
        });
        raw[c.name] = { floor: floorProfile, missing };
        continue;
      }
      const statements = await ctx.api.trace(c.query, c.variables(ctx));
      const profiles: (ProfileSummary & { transaction: string; cypher: string })[] = [];
      const failures: string[] = [];
      for (const s of statements) {
        try {
          profiles.push({
            transaction: s.transaction,
            cypher: s.cypher,
            ...(await profile(driver, s.cypher, s.params)),
          });
        } catch (error) {
          const reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 100) : String(error);
          failures.push(`${s.transaction}: ${reason}`);
          ctx.log(`profile: ${c.name}: ${s.transaction} failed: ${reason}`);
        }
      }
      const hits = sum(profiles, "dbHits");
      ctx.rows.push({
        section: "profile",
        case: c.name,
        measure: "API Cypher vs floor (db hits ratio)",
        value: `API: ${statements.length} statement${statements.length === 1 ? "" : "s"} (${statements.map((s) => s.transaction).join(", ")}), ${failures.length ? `PROFILE failed (${failures.join("; ")})` : `${hits} db hits, ${kb(sum(profiles, "resultBytes"))}, server ${sum(profiles, "serverMs")} ms`}; ${floorText}`,
        ratio: floorProfile.dbHits && !failures.length ? hits / floorProfile.dbHits : null,
        target: "",
        verdict: "",
      });
      raw[c.name] = { floor: floorProfile, api: profiles };
    }
  } finally {
    await driver.close();
  }
  ctx.raw.profile = raw;
}
