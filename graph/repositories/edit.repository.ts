/**
 * Planners' edits: each call is one write transaction that checks references and versions,
 * writes, and records the audit entry. A stale version is refused (VersionConflictError),
 * an existing id or edge is refused (ConstraintViolationError); nothing is half-written.
 */
import type { GraphDb, Tx } from "../driver.js";
import { ConstraintViolationError, InvalidReferenceError, NotFoundError, VersionConflictError } from "../errors.js";
import type { DependencyType, NodeKind, RelType } from "../model.js";
import * as cypher from "../cypher/edit.cypher.js";
import { currentVersion, edgeKey, edgeProps, nodeProps, patchProps, planIdOf } from "../stored.js";
import { recordAudit, type Actor } from "./audit.repository.js";
import type { StoredNode } from "./node.repository.js";
import { toEdge, type EdgeRow, type StoredEdge } from "./records.js";

export interface NewLink {
  from: string;
  to: string;
  type: RelType;
  evidence: string;
  section: string;
}

/** A reference a new node or edge makes: which field, which id, which kinds are allowed. */
export interface Reference {
  field: string;
  id: string;
  kinds: readonly NodeKind[];
}

type Row = Record<string, unknown>;
const strip = (node: Row): Row => {
  const { __lock: _lock, ...rest } = node;
  return rest;
};

async function lockedNode(tx: Tx, id: string, kind: NodeKind): Promise<StoredNode> {
  const [row] = await tx.run<{ node: StoredNode }>(cypher.lockNode, { id });
  if (!row || row.node.kind !== kind) throw new NotFoundError(`${kind} "${id}" was not found.`);
  return strip(row.node) as StoredNode;
}

/** Refuses an edit of `what` that was read at another version than the stored one. */
function checkVersion(stored: object, version: number, what: string, hint: string): void {
  const current = currentVersion(stored);
  if (current !== version) {
    throw new VersionConflictError(
      `${what} was changed by someone else: you sent version ${version}, it is now at version ${current}.${hint}`,
    );
  }
}

const checkNodeVersion = (node: StoredNode, version: number) =>
  checkVersion(node, version, `"${node.id}"`, " Reload and apply your change again.");

/** Checks that every reference resolves to a node of an allowed kind in `planId`. */
export async function checkReferences(tx: Tx, planId: string | null, refs: Reference[]): Promise<string> {
  const rows = await tx.run<{ id: string; kind: string | null; planId: string | null }>(cypher.exists, {
    ids: refs.map((r) => r.id),
  });
  let plan = planId;
  refs.forEach((ref, i) => {
    const row = rows[i];
    if (!row?.kind) throw new InvalidReferenceError(ref.field, `${ref.field}: there is no node "${ref.id}".`);
    if (!ref.kinds.includes(row.kind as NodeKind)) {
      throw new InvalidReferenceError(
        ref.field,
        `${ref.field}: "${ref.id}" is a ${row.kind}; expected ${ref.kinds.join(" or ")}.`,
      );
    }
    plan ??= row.planId;
    if (row.planId !== plan)
      throw new InvalidReferenceError(
        ref.field,
        `${ref.field}: "${ref.id}" belongs to plan ${row.planId}, not ${plan}.`,
      );
  });
  if (plan === null) throw new InvalidReferenceError("planId", "The plan could not be determined.");
  return plan;
}

async function createLinks(tx: Tx, links: NewLink[], origin: string): Promise<void> {
  for (const l of links) {
    await tx.run(cypher.link(l.type), { from: l.from, to: l.to, props: edgeProps({ ...l, origin }) });
  }
}

/**
 * How a new node's id is chosen, inside its write transaction. Ids are never reused: a
 * deleted node leaves a tombstone (`DeletedId`), and the next node that would get its id
 * gets the next free one instead (`<base>-2`, `-3`, ...; an initiative the next number under
 * its goal), so a stale version or audit trail of the deleted node never applies to it.
 * - `{ base }`: the id the input names (a goal's letter, a system's name); if a live node
 *   has it, the create is a CONFLICT (the same thing exists).
 * - `{ under }`: the next initiative number under that goal, allocated under the goal's
 *   write lock, so concurrent creates on one goal each get their own.
 */
export type NewId = { base: string } | { under: string };

const CANDIDATES = 50;

async function allocateId(tx: Tx, rule: NewId, kind: NodeKind): Promise<{ id: string; ordinal?: number }> {
  if ("base" in rule) {
    const candidates = Array.from({ length: CANDIDATES }, (_, i) => (i === 0 ? rule.base : `${rule.base}-${i + 1}`));
    const rows = await tx.run<{ id: string; live: string | null; dead: boolean }>(cypher.idStates, { ids: candidates });
    for (const row of rows) {
      if (row.live) throw new ConstraintViolationError(`A ${row.live} with id "${row.id}" already exists.`);
      if (!row.dead) return { id: row.id };
    }
  } else {
    const [top] = await tx.run<{ top: number }>(cypher.lockGoalForInitiative, { goalId: rule.under });
    if (!top) throw new InvalidReferenceError("goalId", `goalId: there is no Goal "${rule.under}".`);
    const ordinals = Array.from({ length: CANDIDATES }, (_, i) => top.top + 1 + i);
    const rows = await tx.run<{ id: string; live: string | null; dead: boolean }>(cypher.idStates, {
      ids: ordinals.map((n) => `${rule.under}:${n}`),
    });
    const free = rows.findIndex((r) => !r.live && !r.dead);
    if (free >= 0) return { id: rows[free]!.id, ordinal: ordinals[free]! };
  }
  throw new ConstraintViolationError(`No free id for a new ${kind}: too many were deleted under the same name.`);
}

export async function createNode(
  db: GraphDb,
  actor: Actor,
  input: {
    kind: NodeKind;
    newId: NewId;
    props: Row & { planId: string };
    refs: Reference[];
    links: (id: string) => NewLink[];
  },
): Promise<StoredNode> {
  return db.write(`create-${input.kind}`, async (tx) => {
    if (input.refs.length) await checkReferences(tx, input.props.planId, input.refs);
    const { id, ordinal } = await allocateId(tx, input.newId, input.kind);
    const props = nodeProps({ ...input.props, id, ...(ordinal === undefined ? {} : { ordinal }), kind: input.kind });
    const [row] = await tx.run<{ node: StoredNode }>(cypher.createNode(input.kind), { props });
    await createLinks(tx, input.links(id), "edit");
    await recordAudit(tx, actor, {
      action: "create",
      kind: input.kind,
      nodeId: id,
      planId: input.props.planId,
      before: null,
      after: row!.node,
    });
    return row!.node;
  });
}

export async function updateNode(
  db: GraphDb,
  actor: Actor,
  kind: NodeKind,
  id: string,
  version: number,
  patch: Row,
): Promise<StoredNode> {
  return db.write(`update-${kind}`, async (tx) => {
    const before = await lockedNode(tx, id, kind);
    checkNodeVersion(before, version);
    const [row] = await tx.run<{ node: StoredNode }>(cypher.updateNode, { id, patch: patchProps(patch, version) });
    await recordAudit(tx, actor, {
      action: "update",
      kind,
      nodeId: id,
      planId: before.planId,
      before,
      after: row!.node,
    });
    return row!.node;
  });
}

/** Deletes a node (a goal with its initiatives); returns the ids removed. */
export async function deleteNode(
  db: GraphDb,
  actor: Actor,
  kind: NodeKind,
  id: string,
  version: number,
): Promise<string[]> {
  return db.write(`delete-${kind}`, async (tx) => {
    const before = await lockedNode(tx, id, kind);
    checkNodeVersion(before, version);
    const dependents =
      kind === "Goal" ? (await tx.run<{ id: string }>(cypher.goalInitiatives, { id })).map((r) => r.id) : [];
    const ids = [id, ...dependents];
    await tx.run(cypher.deleteNodes, { ids });
    await tx.run(cypher.tombstones, { ids, planId: before.planId });
    await recordAudit(tx, actor, {
      action: "delete",
      kind,
      nodeId: id,
      planId: before.planId,
      before: { ...before, deletedWith: dependents },
      after: null,
    });
    return ids;
  });
}

export interface EdgeInput {
  from: string;
  to: string;
  type: DependencyType;
  evidence: string;
  section: string;
  inferred: boolean;
  reason: string;
}

async function readEdge(tx: Tx, key: { from: string; to: string; type: DependencyType }): Promise<StoredEdge> {
  const [row] = await tx.run<{ edge: EdgeRow }>(cypher.edgeByKey(key.type), { from: key.from, to: key.to });
  return toEdge(row!.edge);
}

/** `kinds`: the node kinds the relationship type may join (graph/relations.ts). */
export async function createDependency(
  db: GraphDb,
  actor: Actor,
  edge: EdgeInput,
  kinds: { from: readonly NodeKind[]; to: readonly NodeKind[] },
): Promise<StoredEdge> {
  return db.write("create-dependency", async (tx) => {
    const planId = await checkReferences(tx, null, [
      { field: "from", id: edge.from, kinds: kinds.from },
      { field: "to", id: edge.to, kinds: kinds.to },
    ]);
    if ((await tx.run(cypher.lockRel(edge.type), { from: edge.from, to: edge.to })).length) {
      throw new ConstraintViolationError(`The edge ${edge.from} -${edge.type}-> ${edge.to} already exists.`);
    }
    const props = edgeProps({ ...edge, origin: "edit" });
    const [row] = await tx.run<{ rel: Row }>(cypher.link(edge.type), { from: edge.from, to: edge.to, props });
    await recordAudit(tx, actor, {
      action: "create",
      kind: "Dependency",
      nodeId: edgeKey(edge),
      planId,
      before: null,
      after: row!.rel,
    });
    return readEdge(tx, edge);
  });
}

async function lockedRel(tx: Tx, key: { from: string; to: string; type: DependencyType }): Promise<Row> {
  const [row] = await tx.run<{ rel: Row }>(cypher.lockRel(key.type), { from: key.from, to: key.to });
  if (!row) throw new NotFoundError(`The edge ${key.from} -${key.type}-> ${key.to} was not found.`);
  return strip(row.rel);
}

/** The audit entry of an edit of an edge: named by its key, in the plan of its start. */
const auditDependency = (
  tx: Tx,
  actor: Actor,
  action: "update" | "delete",
  key: { from: string; to: string; type: DependencyType },
  before: Row,
  after: Row | null,
) =>
  recordAudit(tx, actor, {
    action,
    kind: "Dependency",
    nodeId: edgeKey(key),
    planId: planIdOf(key.from),
    before,
    after,
  });

export async function updateDependency(
  db: GraphDb,
  actor: Actor,
  key: { from: string; to: string; type: DependencyType },
  version: number,
  patch: Row,
): Promise<StoredEdge> {
  return db.write("update-dependency", async (tx) => {
    const before = await lockedRel(tx, key);
    checkVersion(before, version, `The edge ${edgeKey(key)}`, "");
    const [row] = await tx.run<{ rel: Row }>(cypher.updateRel(key.type), {
      from: key.from,
      to: key.to,
      patch: patchProps(patch, version),
    });
    await auditDependency(tx, actor, "update", key, before, row!.rel);
    return readEdge(tx, key);
  });
}

export async function deleteDependency(
  db: GraphDb,
  actor: Actor,
  key: { from: string; to: string; type: DependencyType },
): Promise<void> {
  await db.write("delete-dependency", async (tx) => {
    const before = await lockedRel(tx, key);
    await tx.run(cypher.unlink(key.type), { from: key.from, to: key.to });
    await auditDependency(tx, actor, "delete", key, before, null);
  });
}
