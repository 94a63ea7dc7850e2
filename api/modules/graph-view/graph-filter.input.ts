import { Field, ID, InputType, Int } from "type-graphql";
import { DependencyBasis } from "../dependency/dependency-basis.enum.js";
import { RelationType } from "../dependency/relation-type.enum.js";
import { NodeKind } from "../node/node-kind.enum.js";

@InputType("GraphFilter", {
  description: 'What the graph view should show. Every field is optional; leaving one out means "all".',
})
export class GraphFilter {
  @Field(() => ID, { nullable: true, description: 'One plan, e.g. "ltk-okf-2009"; leave out for every plan.' })
  planId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only nodes owned by these departments, plus the nodes without a department (systems, organisations, milestones, themes) they link to; with crossDepartmentOnly, plus the other departments' nodes at the far end of their cross-department edges.",
  })
  departments?: string[] | null;

  @Field(() => [NodeKind], { nullable: true, description: "Only these kinds of node." })
  kinds?: NodeKind[] | null;

  @Field(() => [RelationType], { nullable: true, description: "Only these relationship types." })
  relationTypes?: RelationType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Only edges between different departments (dependency types; a system counts for the department responsible for it), and the nodes at their ends.",
  })
  crossDepartmentOnly?: boolean | null;

  @Field(() => [DependencyBasis], {
    nullable: true,
    defaultValue: ["STATED", "VIA_SYSTEM"],
    description: "With crossDepartmentOnly: which bases to keep; INFERRED only when asked.",
  })
  include?: DependencyBasis[] | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 2000,
    description: "Most nodes (and most edges) returned, 1-10000.",
  })
  limit?: number | null;
}
