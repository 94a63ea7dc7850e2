import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("AuditEntry", { description: "One write to the graph: who, when, what, and the values before and after." })
export class AuditEntry {
  @Field(() => ID, { description: "The entry's own id." }) id!: string;
  @Field(() => Int, {
    description:
      "Position in the trail: strictly increasing, one number per write (writes within one millisecond keep their order).",
  })
  seq!: number;
  @Field(() => String, { description: "When (ISO 8601, UTC)." }) at!: string;
  @Field(() => String, { description: "Who: the token's subject." }) actor!: string;
  @Field(() => String, { description: "The role the writer had." }) role!: string;
  @Field(() => String, { description: "create | update | delete | revoke" }) action!: string;
  @Field(() => String, { description: "Kind of thing written: Goal, Initiative, System, ..., Dependency, ApiToken." })
  kind!: string;
  @Field(() => String, { description: "The node's id, or `from|TYPE|to` for a dependency edge." }) nodeId!: string;
  @Field(() => String, { description: 'The plan written to ("" for token actions).' }) planId!: string;
  @Field(() => String, { description: 'JSON of the values before ("null" for a create).' }) before!: string;
  @Field(() => String, { description: 'JSON of the values after ("null" for a delete).' }) after!: string;
}
