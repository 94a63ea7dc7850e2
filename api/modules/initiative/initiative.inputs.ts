import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A new indsatsområde (initiative) under a goal." })
export class InitiativeInput {
  @Field(() => ID, { description: "The goal the initiative belongs to." }) goalId!: string;
  @Field(() => String, { description: "The initiative's text as the plan would write it." }) text!: string;
}

@InputType({ description: "Changes to an initiative." })
export class InitiativePatch {
  @Field(() => String, { nullable: true, description: "The initiative's text as the plan would write it." })
  text?: string;
}
