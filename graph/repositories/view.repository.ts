/**
 * Named views: a plan's saved explorer states (the query string of a permalink) under a name.
 * Each write is one transaction with its audit entry; a stale version is a VersionConflictError.
 */
import type { GraphDb, Tx } from "../driver.js";
import { ConstraintViolationError, InvalidReferenceError, NotFoundError, VersionConflictError } from "../errors.js";
import * as cypher from "../cypher/view.cypher.js";
import { currentVersion, nextVersion } from "../stored.js";
import { recordAudit, type Actor } from "./audit.repository.js";

export interface SavedViewRecord {
  id: string;
  planId: string;
  name: string;
  /** The view's query string, e.g. "?view=matrix&plan=ltk-okf-2009". */
  url: string;
  createdBy: string;
  createdAt: string;
  version: number;
}

const KIND = "SavedView";

const clean = (row: Record<string, unknown>): SavedViewRecord => {
  const { __lock: _lock, ...rest } = row;
  return { ...(rest as unknown as SavedViewRecord), version: currentVersion(rest) };
};

/** The audit entry of a write to a view (a view of the plan it belongs to). */
const auditView = (
  tx: Tx,
  actor: Actor,
  action: "create" | "update" | "delete",
  before: SavedViewRecord | null,
  after: SavedViewRecord | null,
) => {
  const view = (after ?? before)!;
  return recordAudit(tx, actor, { action, kind: KIND, nodeId: view.id, planId: view.planId, before, after });
};

async function lockedView(tx: Tx, id: string): Promise<SavedViewRecord> {
  const [row] = await tx.run<{ view: Record<string, unknown> }>(cypher.lockView, { id });
  if (!row) throw new NotFoundError(`View "${id}" was not found.`);
  return clean(row.view);
}

function checkVersion(view: SavedViewRecord, version: number): void {
  if (view.version !== version) {
    throw new VersionConflictError(
      `The view "${view.name}" was changed by someone else: you sent version ${version}, it is now at version ${view.version}. Reload and try again.`,
    );
  }
}

export async function listViews(db: GraphDb, planId: string): Promise<SavedViewRecord[]> {
  const rows = await db.read("list-views", (tx) =>
    tx.run<{ view: Record<string, unknown> }>(cypher.listViews, { planId }),
  );
  return rows.map((r) => clean(r.view));
}

/**
 * Saves a view. Without `id`, a new view (a name already used in the plan is a CONFLICT);
 * with `id` and `version`, replaces that view's name and url (a stale version is a CONFLICT).
 */
export async function saveView(
  db: GraphDb,
  actor: Actor,
  input: { planId: string; name: string; url: string; id?: string | null; version?: number | null },
): Promise<SavedViewRecord> {
  return db.write("save-view", async (tx) => {
    if (input.id) {
      const before = await lockedView(tx, input.id);
      checkVersion(before, input.version ?? 0);
      if (before.planId !== input.planId)
        throw new InvalidReferenceError("planId", `planId: the view "${input.id}" belongs to plan ${before.planId}.`);
      const [row] = await tx.run<{ view: Record<string, unknown> }>(cypher.updateView, {
        id: input.id,
        patch: { name: input.name, url: input.url, version: nextVersion(before.version) },
      });
      const after = clean(row!.view);
      await auditView(tx, actor, "update", before, after);
      return after;
    }
    const [plan] = await tx.run<{ exists: boolean }>(cypher.planExists, { planId: input.planId });
    if (!plan?.exists) throw new InvalidReferenceError("planId", `planId: there is no plan "${input.planId}".`);
    const [same] = await tx.run<{ view: Record<string, unknown> }>(cypher.viewByName, {
      planId: input.planId,
      name: input.name,
    });
    if (same)
      throw new ConstraintViolationError(
        `A view named "${input.name}" already exists in this plan (id ${String(same.view.id)}): send its id and version to replace it.`,
      );
    const [row] = await tx.run<{ view: Record<string, unknown> }>(cypher.createView, {
      props: { planId: input.planId, name: input.name, url: input.url, createdBy: actor.id },
    });
    const after = clean(row!.view);
    await auditView(tx, actor, "create", null, after);
    return after;
  });
}

export async function deleteView(db: GraphDb, actor: Actor, id: string, version: number): Promise<SavedViewRecord> {
  return db.write("delete-view", async (tx) => {
    const before = await lockedView(tx, id);
    checkVersion(before, version);
    await tx.run(cypher.deleteView, { id });
    await auditView(tx, actor, "delete", before, null);
    return before;
  });
}
