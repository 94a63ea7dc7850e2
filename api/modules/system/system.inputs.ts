import { Field, ID, InputType } from "type-graphql";
import { CatalogueEntryInput, CatalogueEntryPatch } from "../shared/catalogue-entry.inputs.js";

const CATEGORY = "system | module | platform | project | infrastructure";

@InputType({ description: "A new IT system, module, platform or project." })
export class SystemInput extends CatalogueEntryInput {
  @Field(() => String, { defaultValue: "system", description: CATEGORY }) category!: string;
  @Field(() => ID, { nullable: true, description: "The system this one is a module of (PART_OF)." })
  parentId?: string;
}

@InputType({ description: "Changes to a system." })
export class SystemPatch extends CatalogueEntryPatch {
  @Field(() => String, { nullable: true, description: CATEGORY }) category?: string;
}
