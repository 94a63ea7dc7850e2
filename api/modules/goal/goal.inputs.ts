import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A new hovedmål (main goal) for a department." })
export class GoalInput {
  @Field(() => ID, { description: "The owning department." })
  departmentId!: string;
  @Field(() => String, { description: "The goal's letter (A-Z, Æ, Ø, Å), unique within the department." })
  letter!: string;
  @Field(() => String, { description: 'The goal\'s title, e.g. "Digitaliseringsstrategi".' }) title!: string;
  @Field(() => String, { description: "Hovedmål: the main goal's text." })
  mainGoal!: string;
  @Field(() => String, { defaultValue: "", description: "Strategi: how the goal is reached." })
  strategy!: string;
}

@InputType({ description: "Changes to a goal; omitted fields stay as they are." })
export class GoalPatch {
  @Field(() => String, {
    nullable: true,
    description: "The goal's letter (A-Z, Æ, Ø, Å), unique within its department.",
  })
  letter?: string;
  @Field(() => String, { nullable: true, description: 'The goal\'s title, e.g. "Digitaliseringsstrategi".' })
  title?: string;
  @Field(() => String, { nullable: true, description: "Hovedmål: the main goal's text." }) mainGoal?: string;
  @Field(() => String, { nullable: true, description: "Strategi: how the goal is reached." }) strategy?: string;
}
