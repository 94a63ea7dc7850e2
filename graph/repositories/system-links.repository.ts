import type { GraphDb } from "../driver.js";
import { kindOf, nodesByIds } from "../cypher/node.cypher.js";
import * as cypher from "../cypher/system-links.cypher.js";
import { groupSystemLinks } from "./algorithms/system-links.js";
import { toEdge, type EdgeRow, type Rooted, type StoredEdge, type StoredNode } from "./records.js";
import { compareDanish, compareText } from "./algorithms/collation.js";

export interface DepartmentLinksRecord {
  department: StoredNode;
  goals: StoredNode[];
  initiatives: StoredNode[];
  edges: StoredEdge[];
}

export interface SystemLinksRecord {
  system: StoredNode;
  modules: StoredNode[];
  byDepartment: DepartmentLinksRecord[];
  otherEdges: StoredEdge[];
}

/** Everything tied to the system `id` or its modules, by department. */
export async function systemLinks(db: GraphDb, id: string): Promise<Rooted<SystemLinksRecord>> {
  return db.read("system-links", async (tx) => {
    const [row] = await tx.run<{ system: StoredNode; modules: StoredNode[]; edges: EdgeRow[] }>(cypher.systemLinks, {
      id,
    });
    if (!row) {
      const [found] = await tx.run<{ kind: string | null }>(kindOf, { id });
      return { record: null, kind: found?.kind ?? null };
    }
    const targets = new Set([row.system.id, ...row.modules.map((m) => m.id)]);
    const { groups, otherEdges } = groupSystemLinks(targets, row.edges.map(toEdge));
    const ids = [...new Set(groups.flatMap((g) => [g.departmentId, ...g.goalIds]))];
    const found = ids.length ? await tx.run<{ node: StoredNode }>(nodesByIds, { ids }) : [];
    const byId = new Map(found.map((r) => [r.node.id, r.node]));
    const byDepartment = groups
      .filter((g) => byId.has(g.departmentId))
      .map((g) => ({
        department: byId.get(g.departmentId)!,
        goals: g.goalIds
          .flatMap((goalId) => byId.get(goalId) ?? [])
          .sort((a, b) => compareText(String(a.letter), String(b.letter))),
        initiatives: g.initiatives,
        edges: g.edges,
      }))
      .sort((a, b) => compareDanish(a.department.name, b.department.name));
    return { record: { system: row.system, modules: row.modules, byDepartment, otherEdges }, kind: "System" };
  });
}

/** For each system id, the passage naming the department responsible for it; null when the plan names none. */
export async function ownerEvidence(db: GraphDb, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.read("owner-evidence", (tx) =>
    tx.run<{ id: string; evidence: string | null }>(cypher.ownerEvidence, { ids: [...ids] }),
  );
  const byId = new Map(rows.map((row) => [row.id, row.evidence || null]));
  return ids.map((id) => byId.get(id) ?? null);
}
