/**
 * Suggested facts: stored per plan apart from the graph, read as a review queue, and
 * turned into facts when a planner accepts one. Accepting writes the node or edge and the
 * audit entry in one write transaction; rejecting and editing are audited too.
 */
import type { GraphDb, Tx } from "../driver.js";
import { ConstraintViolationError, InvalidReferenceError, NotFoundError } from "../errors.js";
import { RELATIONS, type NodeKind, type RelType } from "../model.js";
import * as cypher from "../cypher/suggestion.cypher.js";
import { currentVersion, edgeProps, nextVersion, nodeProps } from "../stored.js";
import { recordAudit, type Actor } from "./audit.repository.js";
import { factOf, type SuggestionRecord } from "./suggestion-facts.js";

export type { SuggestionRecord } from "./suggestion-facts.js";

type Row = Record<string, unknown>;

function toRecord(row: Row): SuggestionRecord {
  const { __lock: _lock, ...rest } = row;
  return rest as unknown as SuggestionRecord;
}

export async function saveSuggestions(db: GraphDb, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [row] = await db.write("save-suggestions", (tx) =>
    tx.run<{ count: number }>(cypher.upsertSuggestions, { rows }),
  );
  return row?.count ?? 0;
}

export async function listSuggestions(db: GraphDb, planId: string, status: string | null): Promise<SuggestionRecord[]> {
  const rows = await db.read("list-suggestions", (tx) =>
    tx.run<{ suggestion: Row }>(cypher.listSuggestions, { planId, status }),
  );
  return rows.map((r) => toRecord(r.suggestion));
}

export async function savePlanSource(
  db: GraphDb,
  source: { planId: string; file: string; markdown: string; municipality: string },
): Promise<void> {
  await db.write("save-plan-source", (tx) => tx.run(cypher.savePlanSource, source));
}

export async function planSource(
  db: GraphDb,
  planId: string,
): Promise<{ file: string; markdown: string; municipality: string } | null> {
  const [row] = await db.read("plan-source", (tx) =>
    tx.run<{ source: { file: string; markdown: string; municipality: string } }>(cypher.planSource, { planId }),
  );
  return row?.source ?? null;
}

export async function catalogue(
  db: GraphDb,
  planId: string,
): Promise<Array<{ kind: string; name: string; aliases: string[]; category: string | null }>> {
  return db.read("catalogue", (tx) => tx.run(cypher.catalogue, { planId }));
}

async function locked(tx: Tx, id: string): Promise<SuggestionRecord> {
  const [row] = await tx.run<{ suggestion: Row }>(cypher.lockSuggestion, { id });
  if (!row) throw new NotFoundError(`Suggestion "${id}" was not found.`);
  return toRecord(row.suggestion);
}

async function checkEnds(
  tx: Tx,
  planId: string,
  ends: Array<{ field: string; id: string; kinds: readonly NodeKind[] }>,
): Promise<void> {
  const rows = await tx.run<{ id: string; kind: string | null; planId: string | null }>(cypher.nodeKinds, {
    ids: ends.map((e) => e.id),
  });
  ends.forEach((end, i) => {
    const row = rows[i];
    if (!row?.kind)
      throw new InvalidReferenceError(
        end.field,
        `${end.field}: there is no node "${end.id}" yet; accept the suggestion that names it first.`,
      );
    if (!end.kinds.includes(row.kind as NodeKind))
      throw new InvalidReferenceError(
        end.field,
        `${end.field}: "${end.id}" is a ${row.kind}; expected ${end.kinds.join(" or ")}.`,
      );
    if (row.planId !== planId)
      throw new InvalidReferenceError(
        end.field,
        `${end.field}: "${end.id}" belongs to plan ${row.planId}, not ${planId}.`,
      );
  });
}

async function writeEdge(
  tx: Tx,
  planId: string,
  edge: { from: string; to: string; type: RelType; evidence: string; section: string },
): Promise<Row> {
  const spec = RELATIONS[edge.type];
  await checkEnds(tx, planId, [
    { field: "from", id: edge.from, kinds: spec.from },
    { field: "to", id: edge.to, kinds: spec.to },
  ]);
  const [row] = await tx.run<{ rel: Row }>(cypher.createFactEdge(edge.type), {
    from: edge.from,
    to: edge.to,
    props: edgeProps({ ...edge, origin: "curated" }),
  });
  return row!.rel;
}

/** Accepts one suggestion: writes its fact, marks it ACCEPTED, records the audit entry; one transaction. */
export async function acceptSuggestion(db: GraphDb, actor: Actor, id: string): Promise<SuggestionRecord> {
  return db.write("accept-suggestion", async (tx) => {
    const s = await locked(tx, id);
    if (s.status !== "OPEN") throw new ConstraintViolationError(`Suggestion "${id}" is already ${s.status}.`);
    const fact = factOf(s);
    let after: Row = {};
    if (fact.node) {
      const [exists] = await tx.run<{ kind: string | null }>(cypher.nodeKinds, { ids: [fact.node.props.id] });
      if (exists?.kind)
        throw new ConstraintViolationError(`A ${exists.kind} with id "${String(fact.node.props.id)}" already exists.`);
      const [row] = await tx.run<{ node: Row }>(cypher.createFactNode(fact.node.kind), {
        props: nodeProps(fact.node.props),
      });
      after = row!.node;
    }
    for (const edge of fact.edges) after = { ...after, [edge.type]: await writeEdge(tx, s.planId, edge) };
    const [row] = await tx.run<{ suggestion: Row }>(cypher.updateSuggestion, {
      id,
      patch: { status: "ACCEPTED", factId: fact.factId, version: nextVersion(currentVersion(s)) },
    });
    await recordAudit(tx, actor, {
      action: "accept-suggestion",
      kind: s.kind,
      nodeId: fact.factId,
      planId: s.planId,
      before: s,
      after,
    });
    return toRecord(row!.suggestion);
  });
}

/** A review step on an open suggestion other than accepting it: one write with its audit entry. */
async function review(
  db: GraphDb,
  actor: Actor,
  id: string,
  action: "reject-suggestion" | "edit-suggestion",
  patch: Row,
  notOpen: string,
): Promise<SuggestionRecord> {
  return db.write(action, async (tx) => {
    const s = await locked(tx, id);
    if (s.status !== "OPEN") throw new ConstraintViolationError(`Suggestion "${id}" is already ${s.status}${notOpen}.`);
    const [row] = await tx.run<{ suggestion: Row }>(cypher.updateSuggestion, {
      id,
      patch: { ...patch, version: nextVersion(currentVersion(s)) },
    });
    await recordAudit(tx, actor, {
      action,
      kind: s.kind,
      nodeId: id,
      planId: s.planId,
      before: s,
      after: row!.suggestion,
    });
    return toRecord(row!.suggestion);
  });
}

export function rejectSuggestion(db: GraphDb, actor: Actor, id: string): Promise<SuggestionRecord> {
  return review(db, actor, id, "reject-suggestion", { status: "REJECTED" }, "");
}

/** Changes an open suggestion's label, ends or kind before it is accepted. */
export function editSuggestion(
  db: GraphDb,
  actor: Actor,
  id: string,
  patch: Partial<Pick<SuggestionRecord, "label" | "from" | "to" | "kind">>,
): Promise<SuggestionRecord> {
  const clean = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined && v !== null));
  return review(db, actor, id, "edit-suggestion", { ...clean, edited: true }, "; only an open one can be edited");
}

export interface PlanFactRows {
  nodes: Array<Record<string, unknown> & { id: string; kind: string }>;
  edges: Array<{ from: string; type: string; to: string; rel: Record<string, unknown>; fromSource: string | null }>;
}

/** A plan's stated facts as stored (for `npm run facts:export`). */
export async function planFacts(db: GraphDb, planId: string): Promise<PlanFactRows> {
  return db.read("plan-facts", async (tx) => ({
    nodes: (await tx.run<{ node: PlanFactRows["nodes"][number] }>(cypher.planFacts, { planId })).map((r) => r.node),
    edges: await tx.run<PlanFactRows["edges"][number]>(cypher.planEdges, { planId }),
  }));
}
