/** Planners' writes to outside organisations. */
import { nodeMutationResolver } from "../shared/node-mutations.resolver.js";
import { OrganisationInput, OrganisationPatch } from "./organisation.inputs.js";
import * as organisations from "./organisation.service.js";

export const OrganisationMutationResolver = nodeMutationResolver({
  create: {
    name: "createOrganisation",
    description: "Adds an outside organisation (id: `<planId>:org:<slug of name>`).",
    input: OrganisationInput,
    run: organisations.createOrganisation,
  },
  update: {
    name: "updateOrganisation",
    description: "Changes an organisation; `version` must be the one you read.",
    patch: OrganisationPatch,
    run: organisations.updateOrganisation,
  },
  delete: {
    name: "deleteOrganisation",
    description: "Removes an organisation.",
    run: organisations.deleteOrganisation,
  },
});
