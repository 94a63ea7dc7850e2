/**
 * Export and restore of a whole plan graph as JSON, for backups and for moving a plan
 * between servers. Restore replaces the plan in one transaction: all or nothing.
 */
import { z } from "zod";
import type { GraphDb } from "../driver.js";
import { NODE_KINDS, REL_TYPES, type NodeKind, type RelType } from "../model.js";
import * as cypher from "../cypher/backup.cypher.js";

export const BACKUP_FORMAT = "plangraf-plan-backup";

const value = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);
const props = z.record(z.string(), value);

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  planId: z.string().min(1),
  exportedAt: z.string(),
  nodes: z.array(props.and(z.object({ id: z.string().min(1), kind: z.enum(NODE_KINDS), planId: z.string() }))),
  edges: z.array(z.object({ from: z.string(), to: z.string(), type: z.enum(REL_TYPES), props })),
});
export type PlanBackup = z.infer<typeof backupSchema>;

export async function exportPlan(db: GraphDb, planId: string): Promise<PlanBackup> {
  return db.read("export-plan", async (tx) => {
    const nodes = await tx.run<{ props: PlanBackup["nodes"][number] }>(cypher.exportNodes, { planId });
    const edges = await tx.run<PlanBackup["edges"][number]>(cypher.exportEdges, { planId });
    return { format: BACKUP_FORMAT, formatVersion: 1, planId, exportedAt: new Date().toISOString(), nodes: nodes.map((n) => n.props), edges };
  });
}

/** Checks a parsed backup; the error lists the first problems with their JSON paths. */
export function parseBackup(input: unknown): PlanBackup {
  const result = backupSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`Not a valid Plangraf plan backup:\n${problems.join("\n")}`);
  }
  const foreign = result.data.nodes.find((n) => n.planId !== result.data.planId);
  if (foreign) throw new Error(`Not a valid Plangraf plan backup: node ${foreign.id} belongs to plan ${foreign.planId}, not ${result.data.planId}.`);
  return result.data;
}

export async function restorePlan(db: GraphDb, backup: PlanBackup): Promise<{ nodes: number; edges: number }> {
  return db.write("restore-plan", async (tx) => {
    await tx.run(cypher.deletePlan, { planId: backup.planId });
    let nodes = 0;
    for (const kind of NODE_KINDS) {
      const rows = backup.nodes.filter((n) => n.kind === kind);
      if (rows.length) nodes += (await tx.run<{ count: number }>(cypher.createNodes(kind as NodeKind), { rows }))[0]?.count ?? 0;
    }
    let edges = 0;
    for (const type of REL_TYPES) {
      const rows = backup.edges.filter((e) => e.type === type);
      if (!rows.length) continue;
      const count = (await tx.run<{ count: number }>(cypher.createEdges(type as RelType), { rows }))[0]?.count ?? 0;
      if (count !== rows.length) throw new Error(`Restoring ${type}: ${rows.length - count} edges refer to nodes outside the backup.`);
      edges += count;
    }
    return { nodes, edges };
  });
}
