/** Planners' writes to outside organisations. */
import type { GraphDb } from "../../../graph/driver.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { catalogueEntryFields, newCatalogueEntry } from "../shared/catalogue-entry.js";
import { deleteNode, updateNode } from "../shared/node-writes.js";
import type { VersionedNodeArgs } from "../shared/write.args.js";
import type { OrganisationInput, OrganisationPatch } from "./organisation.inputs.js";

/** Id `<planId>:org:<slug of name>`. */
export function createOrganisation(db: GraphDb, actor: Actor, input: OrganisationInput) {
  const { planRef, ...entry } = newCatalogueEntry("Organisation", "org", input);
  return edit.createNode(db, actor, { ...entry, refs: [planRef], links: () => [] });
}

export function updateOrganisation(
  db: GraphDb,
  actor: Actor,
  organisation: VersionedNodeArgs,
  patch: OrganisationPatch,
) {
  return updateNode(db, actor, "Organisation", organisation, catalogueEntryFields(patch));
}

export function deleteOrganisation(db: GraphDb, actor: Actor, organisation: VersionedNodeArgs) {
  return deleteNode(db, actor, "Organisation", organisation);
}
