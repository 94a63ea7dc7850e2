/**
 * The fields systems and organisations share: entries of the plan's catalogue, known by a
 * name and the other names the plan uses for them. Abstract: each kind's input extends them.
 */
import { Field, ID, InputType } from "type-graphql";

const ALIASES = "Other names the plan uses for it (for search and for detecting mentions).";

@InputType()
export abstract class CatalogueEntryInput {
  @Field(() => ID, { description: "The plan the node belongs to." }) planId!: string;
  @Field(() => String, { description: "Display name." }) name!: string;
  @Field(() => [String], { defaultValue: [], description: ALIASES }) aliases!: string[];
  @Field(() => String, { defaultValue: "", description: "A short description." }) description!: string;
}

@InputType()
export abstract class CatalogueEntryPatch {
  @Field(() => String, { nullable: true, description: "Display name." }) name?: string;
  @Field(() => [String], { nullable: true, description: ALIASES }) aliases?: string[];
  @Field(() => String, { nullable: true, description: "A short description." }) description?: string;
}
