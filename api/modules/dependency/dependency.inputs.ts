import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { VERSION_ARG } from "../shared/write.args.js";
import { RelationType } from "./relation-type.enum.js";

/** What an edge rests on: the plan's words and where they stand (each kind's input adds why it is believed). */
@InputType()
abstract class DependencyEvidence {
  @Field(() => String, { nullable: true, description: "A verbatim passage of the plan that states the edge." })
  evidence?: string;
  @Field(() => String, { nullable: true, description: "The section of the plan the evidence is from." })
  section?: string;
}

@InputType({
  description:
    "A new edge (e.g. `from` needs `to`). Give `evidence`, the passage of the plan that states it; add `inferredReason` when the passage only supports it (the edge is then stored as inferred). The ends must be of the kinds the type joins (RelationType).",
})
export class DependencyInput extends DependencyEvidence {
  @Field(() => ID, { description: "Id of the needing end (the edge starts here)." }) from!: string;
  @Field(() => ID, { description: "Id of the needed end (the edge points here)." }) to!: string;
  @Field(() => RelationType, {
    description:
      "A type a facts file may state (not the plan's structure: OWNS, HAS_DEPARTMENT, HAS_THEME, HAS_STATUS, HAS_INITIATIVE).",
  })
  type!: string;
  @Field(() => String, {
    nullable: true,
    description: "Why the edge is believed when the evidence only supports it; the edge is stored as inferred.",
  })
  inferredReason?: string;
}

@InputType({ description: "Changes to a dependency edge's evidence." })
export class DependencyPatch extends DependencyEvidence {
  @Field(() => String, {
    nullable: true,
    description: "Why the edge is believed when no passage states it; the edge is then stored as inferred.",
  })
  inferredReason?: string;
}

/** Which edge: its two ends and its type (an edge is unique by these three). */
@ArgsType()
export class DependencyKeyArgs {
  @Field(() => ID, { description: "Id of the needing end." }) from!: string;
  @Field(() => ID, { description: "Id of the needed end." }) to!: string;
  @Field(() => RelationType, { description: "The edge's type (a dependency type)." }) type!: string;
}

@ArgsType()
export class VersionedDependencyArgs extends DependencyKeyArgs {
  @Field(() => Int, VERSION_ARG) version!: number;
}
