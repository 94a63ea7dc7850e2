import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Department } from "../department/department.type.js";
import type { NodeRecord } from "../node/node.type.js";
import { neighbours } from "../shared/relations.js";
import type { Context } from "../../context.js";
import { nodesInPlan } from "../shared/plan-nodes.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { Organisation } from "./organisation.type.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], {
    description:
      "Outside parties (KMD, revisionen, ...) and internal units (Intern Service, Ejendomskontoret) of one plan or of every plan; by name.",
  })
  organisations(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    return nodesInPlan(ctx, "Organisation", planId);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      "For an internal unit (Intern Service, Ejendomskontoret): the department it belongs to (HAS_UNIT); null for an outside party.",
  })
  async unitOf(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    const [department] = await neighbours(ctx, "Organisation", "unitOf", organisation);
    return department ?? null;
  }
}
