/** Planners' writes to IT systems, modules, platforms and projects; a module is PART_OF its system. */
import type { GraphDb } from "../../../graph/driver.js";
import type { NodeKind } from "../../../graph/model.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { badInput } from "../../errors.js";
import { catalogueEntryFields, newCatalogueEntry } from "../shared/catalogue-entry.js";
import { deleteNode, updateNode } from "../shared/node-writes.js";
import type { VersionedNodeArgs } from "../shared/write.args.js";
import type { SystemInput, SystemPatch } from "./system.inputs.js";

const CATEGORIES = ["system", "module", "platform", "project", "infrastructure"];

export function category(value: string): string {
  if (!CATEGORIES.includes(value))
    throw badInput(`category must be one of ${CATEGORIES.join(", ")}, got "${value}".`, "category");
  return value;
}

/** Id `<planId>:system:<slug of name>`; with `parentId`, a module PART_OF that system. */
export function createSystem(db: GraphDb, actor: Actor, input: SystemInput) {
  const { planRef, props, ...entry } = newCatalogueEntry("System", "system", input);
  const parent = input.parentId;
  return edit.createNode(db, actor, {
    ...entry,
    props: { ...props, category: category(input.category) },
    refs: [planRef, ...(parent ? [{ field: "parentId", id: parent, kinds: ["System"] as NodeKind[] }] : [])],
    links: (id) => (parent ? [{ from: id, to: parent, type: "PART_OF", evidence: "", section: "" }] : []),
  });
}

export function updateSystem(db: GraphDb, actor: Actor, system: VersionedNodeArgs, patch: SystemPatch) {
  return updateNode(db, actor, "System", system, {
    ...catalogueEntryFields(patch),
    category: patch.category === undefined ? undefined : category(patch.category),
  });
}

/** Removes the system; its edges go with it. */
export function deleteSystem(db: GraphDb, actor: Actor, system: VersionedNodeArgs) {
  return deleteNode(db, actor, "System", system);
}
