import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { GOAL_CHANGES } from "../../../graph/repositories/algorithms/compare-plans.js";
import { Goal } from "../goal/goal.type.js";
import { Milestone } from "../milestone/milestone.type.js";
import { Node } from "../node/node.type.js";
import { System } from "../system/system.type.js";

export const GoalChangeKind = Object.fromEntries(GOAL_CHANGES.map((c) => [c, c])) as {
  [K in (typeof GOAL_CHANGES)[number]]: K;
};

registerEnumType(GoalChangeKind, {
  name: "GoalChangeKind",
  description: "What became of a goal from one plan to the next.",
  valuesConfig: {
    CONTINUED: { description: "Same department, same title." },
    RENAMED: { description: "Same department, another title." },
    MOVED: { description: "Now in another department." },
    NEW: { description: "Only in the later plan." },
    DROPPED: { description: "Only in the earlier plan." },
  },
});

@ObjectType("GoalChange", { description: "One goal's fate between two plans, with the match score." })
export class GoalChange {
  @Field(() => GoalChangeKind, { description: "CONTINUED, RENAMED, MOVED, NEW or DROPPED." })
  change!: string;

  @Field(() => Goal, { nullable: true, description: "The goal in the earlier plan (null for NEW)." })
  from!: unknown;

  @Field(() => Goal, { nullable: true, description: "The goal in the later plan (null for DROPPED)." })
  to!: unknown;

  @Field(() => Float, {
    nullable: true,
    description: "Match score 0-1 (title, hovedmål, department, letter); null when unmatched.",
  })
  score!: number | null;

  @Field(() => Boolean, { description: "True when a planner's stored correction made this match (or non-match)." })
  corrected!: boolean;
}

@ObjectType("InitiativeChange", { description: "Initiatives added and removed under one matched goal." })
export class InitiativeChange {
  @Field(() => Goal, { description: "The goal in the later plan." })
  goal!: unknown;

  @Field(() => [String], { description: "Initiative texts only in the later plan." })
  added!: string[];

  @Field(() => [String], { description: "Initiative texts only in the earlier plan." })
  removed!: string[];
}

@ObjectType("DependencyChange", {
  description: "A dependency, coordination or involvement present in only one of the two plans.",
})
export class DependencyChange {
  @Field(() => String, { description: "DEPENDS_ON, COORDINATES_WITH or INVOLVES." })
  type!: string;

  @Field(() => Node, { description: "The needing (or first) end." })
  from!: unknown;

  @Field(() => Node, { description: "The needed (or other) end." })
  to!: unknown;

  @Field(() => String, { description: "The plan's passage that states it." })
  evidence!: string;

  @Field(() => Boolean, { description: "The two ends belong to different departments." })
  crossDepartment!: boolean;
}

@ObjectType("MilestoneMove", { description: "A milestone whose date changed between the plans." })
export class MilestoneMove {
  @Field(() => Milestone, { description: "As the earlier plan dates it." })
  from!: unknown;

  @Field(() => Milestone, { description: "As the later plan dates it." })
  to!: unknown;
}

@ObjectType("PlanComparison", { description: 'What changed from one plan to another ("Sammenlign").' })
export class PlanComparison {
  @Field(() => String, { description: "The earlier plan's id." })
  fromPlanId!: string;

  @Field(() => String, { description: "The later plan's id." })
  toPlanId!: string;

  @Field(() => [GoalChange], {
    description: "Every goal of both plans: matched ones first (continued, renamed, moved), then new and dropped.",
  })
  goals!: GoalChange[];

  @Field(() => [InitiativeChange], {
    description: "Per matched goal, initiatives added and removed (goals without changes left out).",
  })
  initiatives!: InitiativeChange[];

  @Field(() => [System], { description: "Systems only in the later plan." })
  systemsIntroduced!: unknown[];

  @Field(() => [System], { description: "Systems only in the earlier plan." })
  systemsRetired!: unknown[];

  @Field(() => [DependencyChange], { description: "Dependencies only in the later plan, cross-department ones first." })
  dependenciesAdded!: DependencyChange[];

  @Field(() => [DependencyChange], {
    description: "Dependencies only in the earlier plan, cross-department ones first.",
  })
  dependenciesRemoved!: DependencyChange[];

  @Field(() => [MilestoneMove], { description: "Milestones whose date moved." })
  milestonesMoved!: MilestoneMove[];
}
