/** The list of resolvers and types that make up the API: add a module here. */
import type { NonEmptyArray } from "type-graphql";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { PlanResolver } from "./modules/plan/plan.resolver.js";
import { Plan } from "./modules/plan/plan.type.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [NodeResolver, PlanResolver];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const orphanedTypes: Function[] = [Plan];
