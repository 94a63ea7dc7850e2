import { InputType } from "type-graphql";
import { CatalogueEntryInput, CatalogueEntryPatch } from "../shared/catalogue-entry.inputs.js";

@InputType({ description: "A new outside organisation." })
export class OrganisationInput extends CatalogueEntryInput {}

@InputType({ description: "Changes to an organisation." })
export class OrganisationPatch extends CatalogueEntryPatch {}
