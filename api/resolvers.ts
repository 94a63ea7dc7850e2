/** The list of resolvers and types that make up the API: add a module here. */
import type { NonEmptyArray } from "type-graphql";
import { AnalysisResolver } from "./modules/analysis/analysis.resolver.js";
import { AuditResolver } from "./modules/audit/audit.resolver.js";
import { TokenResolver } from "./modules/token/token.resolver.js";
import { SuggestionResolver } from "./modules/suggestion/suggestion.resolver.js";
import { CompareResolver } from "./modules/compare/compare.resolver.js";
import { ViewResolver } from "./modules/view/view.resolver.js";
import { DependencyMutationResolver } from "./modules/dependency/dependency.mutations.resolver.js";
import { DependencyResolver } from "./modules/dependency/dependency.resolver.js";
import { DepartmentResolver } from "./modules/department/department.resolver.js";
import { Department } from "./modules/department/department.type.js";
import { GoalMutationResolver } from "./modules/goal/goal.mutations.resolver.js";
import { GoalResolver } from "./modules/goal/goal.resolver.js";
import { Goal } from "./modules/goal/goal.type.js";
import { GraphViewResolver } from "./modules/graph-view/graph-view.resolver.js";
import { ImpactedNodeResolver, ImpactResolver } from "./modules/impact/impact.resolver.js";
import { InitiativeMutationResolver } from "./modules/initiative/initiative.mutations.resolver.js";
import { InitiativeResolver } from "./modules/initiative/initiative.resolver.js";
import { Initiative } from "./modules/initiative/initiative.type.js";
import { MilestoneMutationResolver } from "./modules/milestone/milestone.mutations.resolver.js";
import { MilestoneResolver } from "./modules/milestone/milestone.resolver.js";
import { Milestone } from "./modules/milestone/milestone.type.js";
import { WhatIfResolver } from "./modules/milestone/what-if.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { OrganisationMutationResolver } from "./modules/organisation/organisation.mutations.resolver.js";
import { OrganisationResolver } from "./modules/organisation/organisation.resolver.js";
import { Organisation } from "./modules/organisation/organisation.type.js";
import { PlanResolver } from "./modules/plan/plan.resolver.js";
import { PlanDocumentResolver } from "./modules/plan-document/plan-document.resolver.js";
import { Plan } from "./modules/plan/plan.type.js";
import { SearchResolver } from "./modules/search/search.resolver.js";
import { StatusItemResolver } from "./modules/status-item/status-item.resolver.js";
import { StatusItem } from "./modules/status-item/status-item.type.js";
import { SystemLinksResolver } from "./modules/system/system-links.resolver.js";
import { SystemMutationResolver } from "./modules/system/system.mutations.resolver.js";
import { SystemResolver } from "./modules/system/system.resolver.js";
import { System } from "./modules/system/system.type.js";
import { Theme } from "./modules/theme/theme.type.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  PlanResolver,
  DepartmentResolver,
  GoalResolver,
  InitiativeResolver,
  SystemResolver,
  SystemLinksResolver,
  StatusItemResolver,
  OrganisationResolver,
  MilestoneResolver,
  WhatIfResolver,
  DependencyResolver,
  SearchResolver,
  ImpactResolver,
  ImpactedNodeResolver,
  AnalysisResolver,
  GraphViewResolver,
  AuditResolver,
  GoalMutationResolver,
  InitiativeMutationResolver,
  SystemMutationResolver,
  OrganisationMutationResolver,
  MilestoneMutationResolver,
  DependencyMutationResolver,
  TokenResolver,
  SuggestionResolver,
  CompareResolver,
  ViewResolver,
  PlanDocumentResolver,
];
// Every kind of node, so that each is in the schema even when no field returns it directly.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const orphanedTypes: Function[] = [
  Plan,
  Department,
  Goal,
  Initiative,
  System,
  Organisation,
  Milestone,
  Theme,
  StatusItem,
];
