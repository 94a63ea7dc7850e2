import { Ctx, Query, Resolver } from "type-graphql";
import { nodesOfKind } from "../../../graph/repositories/node.repository.js";
import type { Context } from "../../context.js";
import { found, optionalId } from "../shared/args.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { Organisation } from "./organisation.type.js";

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => [Organisation], { description: "Outside parties (KMD, revisionen, ...) of one plan or of every plan; by name." })
  async organisations(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    const plan = optionalId("planId", planId);
    return found(await nodesOfKind(ctx.db, "Organisation", plan), "Plan", plan ?? "").nodes;
  }
}
