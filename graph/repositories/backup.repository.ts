/**
 * Export and restore of a whole plan graph as JSON, for backups and for moving a plan
 * between servers. A backup is checked completely before anything is written (every node
 * with its kind's required properties, ids inside the plan, every edge between two nodes of
 * the backup and of a pair graph/relations.ts allows); restore replaces the plan in one
 * transaction, all or nothing, and records it in the audit trail. Replacing a plan by one
 * of less than half its size needs `force`. Restored nodes and edges are stored in the shape
 * every writer gives them (graph/stored.ts): a hand-made or older backup gets its aliasText,
 * edge keys and versions derived, not trusted.
 */
import { z } from "zod";
import type { GraphDb } from "../driver.js";
import { ConstraintViolationError } from "../errors.js";
import {
  DATE_PRECISIONS,
  NODE_KINDS,
  REL_TYPES,
  RELATIONS,
  STATUS_OUTCOMES,
  type NodeKind,
  type RelType,
} from "../model.js";
import * as cypher from "../cypher/backup.cypher.js";
import { edgeKey, edgeProps, nodeProps } from "../stored.js";
import { recordAudit, type Actor } from "./audit.repository.js";

export const BACKUP_FORMAT = "plangraf-plan-backup";

const scalar = z.union([z.string().max(100_000), z.number(), z.boolean()]);
const value = z.union([scalar, z.null(), z.array(scalar).max(1_000)]);
const props = z.record(z.string(), value);
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  planId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "a plan id is lower-case letters, digits and dashes"),
  exportedAt: z.string(),
  nodes: z
    .array(props.and(z.object({ id: z.string().min(1).max(500), kind: z.enum(NODE_KINDS), planId: z.string() })))
    .max(200_000),
  edges: z.array(z.object({ from: z.string(), to: z.string(), type: z.enum(REL_TYPES), props })).max(1_000_000),
});
export type PlanBackup = z.infer<typeof backupSchema>;

const text = z.string();
const int = z.number().int();
/** What the read side needs of each kind (older backups may lack the newer optional fields). */
const REQUIRED: Record<NodeKind, z.ZodType> = {
  Plan: z.object({ name: text, year: int }),
  Department: z.object({ name: text }),
  Goal: z.object({ name: text, departmentId: text, letter: text, title: text }),
  Initiative: z.object({ name: text, goalId: text, ordinal: int, text }),
  System: z.object({ name: text, category: text }),
  Organisation: z.object({ name: text }),
  Milestone: z.object({ name: text, date: text, precision: z.enum(DATE_PRECISIONS) }),
  Theme: z.object({ name: text, year: int, text }),
  StatusItem: z.object({ name: text, departmentId: text, year: int, text, outcome: z.enum(STATUS_OUTCOMES) }),
};
const version = z.object({ version: int.min(1).optional() });

export async function exportPlan(db: GraphDb, planId: string): Promise<PlanBackup> {
  return db.read("export-plan", async (tx) => {
    const nodes = await tx.run<{ props: PlanBackup["nodes"][number] }>(cypher.exportNodes, { planId });
    const edges = await tx.run<PlanBackup["edges"][number]>(cypher.exportEdges, { planId });
    return {
      format: BACKUP_FORMAT,
      formatVersion: 1,
      planId,
      exportedAt: new Date().toISOString(),
      nodes: nodes.map((n) => n.props),
      edges,
    };
  });
}

export class InvalidBackupError extends Error {
  override name = "InvalidBackupError";
  constructor(readonly problems: string[]) {
    super(
      `Not a valid Plangraf plan backup (nothing was written):\n${problems
        .slice(0, 10)
        .map((p) => `  ${p}`)
        .join("\n")}${problems.length > 10 ? `\n  ... and ${problems.length - 10} more` : ""}`,
    );
  }
}

/** Every problem of a backup that parsed as one: nodes, references between them, edges. */
export function backupProblems(backup: PlanBackup): string[] {
  const problems: string[] = [];
  const { planId } = backup;
  const kinds = new Map<string, NodeKind>();
  backup.nodes.forEach((node, i) => {
    const at = `nodes.${i} (${node.id})`;
    if (node.planId !== planId) problems.push(`${at}: belongs to plan ${node.planId}, not ${planId}.`);
    if (node.kind === "Plan" ? node.id !== planId : !node.id.startsWith(`${planId}:`)) {
      problems.push(`${at}: ids of plan ${planId} are "${planId}" (the plan) or start with "${planId}:".`);
    }
    if (kinds.has(node.id)) problems.push(`${at}: the id occurs twice.`);
    for (const name of Object.keys(node))
      if (!PROPERTY_NAME.test(name))
        problems.push(`${at}: ${JSON.stringify(name)}: property names are letters, digits and _.`);
    kinds.set(node.id, node.kind);
    for (const schema of [REQUIRED[node.kind], version]) {
      const result = schema.safeParse(node);
      if (!result.success)
        for (const issue of result.error.issues)
          problems.push(`${at}: ${node.kind}.${issue.path.join(".")}: ${issue.message}`);
    }
  });
  if (kinds.get(planId) !== "Plan") problems.push(`nodes: there is no Plan node with id "${planId}".`);
  const refersTo = (i: number, node: Record<string, unknown>, field: string, kind: NodeKind) => {
    const target = node[field];
    if (typeof target === "string" && kinds.get(target) !== kind)
      problems.push(`nodes.${i} (${String(node.id)}): ${field} "${target}" is not a ${kind} of the backup.`);
  };
  backup.nodes.forEach((node, i) => {
    if (node.kind === "Goal" || node.kind === "StatusItem") refersTo(i, node, "departmentId", "Department");
    if (node.kind === "Initiative") refersTo(i, node, "goalId", "Goal");
  });
  const seen = new Set<string>();
  backup.edges.forEach((edge, i) => {
    const at = `edges.${i} (${edge.from} -${edge.type}-> ${edge.to})`;
    const from = kinds.get(edge.from);
    const to = kinds.get(edge.to);
    if (!from || !to) {
      problems.push(
        `${at}: ${!from ? "from" : "to"} is not a node of the backup (edges stay inside the backup's plan).`,
      );
      return;
    }
    const allowed: { from: readonly NodeKind[]; to: readonly NodeKind[] } = RELATIONS[edge.type];
    if (!allowed.from.includes(from) || !allowed.to.includes(to)) {
      problems.push(
        `${at}: ${edge.type} joins ${allowed.from.join("/")} to ${allowed.to.join("/")}, not ${from} to ${to}.`,
      );
    }
    for (const name of Object.keys(edge.props))
      if (!PROPERTY_NAME.test(name))
        problems.push(`${at}: ${JSON.stringify(name)}: property names are letters, digits and _.`);
    const key = edgeKey(edge);
    if (seen.has(key)) problems.push(`${at}: the edge occurs twice.`);
    seen.add(key);
  });
  return problems;
}

/** Checks a parsed backup completely; the error lists the problems with their JSON paths. */
export function parseBackup(input: unknown): PlanBackup {
  const result = backupSchema.safeParse(input);
  if (!result.success) {
    throw new InvalidBackupError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  }
  const problems = backupProblems(result.data);
  if (problems.length) throw new InvalidBackupError(problems);
  return result.data;
}

export interface RestoreOptions {
  /** Who restores: written into the audit trail. */
  actor: Actor;
  /** Replace the plan even by one of less than half its size (or an empty one). */
  force?: boolean;
  /** Where the backup came from (a file name), for the audit entry. */
  source?: string;
}

export interface RestoreCounts {
  nodes: number;
  edges: number;
  replacedNodes: number;
  replacedEdges: number;
}

export async function restorePlan(db: GraphDb, input: PlanBackup, options: RestoreOptions): Promise<RestoreCounts> {
  const backup = parseBackup(input);
  return db.write("restore-plan", async (tx) => {
    const ids = backup.nodes.map((n) => n.id);
    const taken = await tx.run<{ id: string; planId: string }>(cypher.idsOfOtherPlans, { ids, planId: backup.planId });
    if (taken.length) {
      throw new InvalidBackupError(
        taken.map((t) => `node ${t.id}: the id belongs to plan ${t.planId} in the database.`),
      );
    }
    const [current] = await tx.run<{ nodes: number; edges: number }>(cypher.planSize, { planId: backup.planId });
    const replacedNodes = current?.nodes ?? 0;
    const replacedEdges = current?.edges ?? 0;
    if (!options.force && backup.nodes.length * 2 < replacedNodes) {
      throw new ConstraintViolationError(
        `The backup has ${backup.nodes.length} nodes; plan ${backup.planId} has ${replacedNodes} now. Replacing it by less than half needs --force.`,
      );
    }
    await tx.run(cypher.deletePlan, { planId: backup.planId });
    let nodes = 0;
    for (const kind of NODE_KINDS) {
      const rows = backup.nodes.filter((n) => n.kind === kind).map(nodeProps);
      if (rows.length) nodes += (await tx.run<{ count: number }>(cypher.createNodes(kind), { rows }))[0]?.count ?? 0;
    }
    let edges = 0;
    for (const type of REL_TYPES) {
      const rows = backup.edges
        .filter((e) => e.type === type)
        .map((e) => ({
          from: e.from,
          to: e.to,
          props: edgeProps({ ...e.props, from: e.from, type: e.type, to: e.to }),
        }));
      if (!rows.length) continue;
      const count =
        (await tx.run<{ count: number }>(cypher.createEdges(type as RelType), { rows, planId: backup.planId }))[0]
          ?.count ?? 0;
      if (count !== rows.length)
        throw new InvalidBackupError([
          `Restoring ${type}: ${rows.length - count} edges refer to nodes outside the backup.`,
        ]);
      edges += count;
    }
    await recordAudit(tx, options.actor, {
      action: "restore",
      kind: "Plan",
      nodeId: backup.planId,
      planId: backup.planId,
      before: { nodes: replacedNodes, edges: replacedEdges },
      after: {
        nodes,
        edges,
        exportedAt: backup.exportedAt,
        source: options.source ?? null,
        forced: options.force === true,
      },
    });
    return { nodes, edges, replacedNodes, replacedEdges };
  });
}
