/** Properties of a new or changed catalogue entry (a system or an organisation), checked. */
import type { NodeKind } from "../../../graph/model.js";
import { idSlug } from "../../../graph/stored.js";
import type { CatalogueEntryInput, CatalogueEntryPatch } from "./catalogue-entry.inputs.js";
import * as v from "./validate.js";

/** What a new entry stores: id `<planId>:<idSegment>:<slug of name>`, in its plan (the repository adds what every stored node carries: graph/stored.ts). */
export function newCatalogueEntry(kind: NodeKind, idSegment: string, input: CatalogueEntryInput) {
  const name = v.text("name", input.name, { max: 200 });
  return {
    kind,
    newId: { base: `${input.planId}:${idSegment}:${idSlug(name)}` },
    props: {
      planId: input.planId,
      name,
      aliases: v.aliases("aliases", input.aliases),
      description: v.text("description", input.description, { min: 0, max: 5000 }),
      source: "",
    },
    planRef: { field: "planId", id: input.planId, kinds: ["Plan"] as NodeKind[] },
  };
}

/** The entry fields a patch changes; undefined where the patch leaves a field as it is. */
export function catalogueEntryFields(patch: CatalogueEntryPatch) {
  return {
    name: v.optionalText("name", patch.name, 200),
    aliases: patch.aliases === undefined ? undefined : v.aliases("aliases", patch.aliases),
    description: v.optionalText("description", patch.description),
  };
}
