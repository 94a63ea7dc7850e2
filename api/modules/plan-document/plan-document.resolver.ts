import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { planDocumentSource } from "../../../graph/repositories/plan-document.repository.js";
import type { Context } from "../../context.js";
import { requiredId } from "../shared/args.js";
import { toPlanDocument } from "./plan-document.js";
import { PlanDocument } from "./plan-document.type.js";

@Resolver(() => PlanDocument)
export class PlanDocumentResolver {
  @Query(() => PlanDocument, {
    nullable: true,
    description:
      "The plan's source document, section by section, with what quotes each section; null when the plan or its stored source is unknown.",
  })
  async planDocument(
    @Arg("planId", () => ID, { description: 'The plan\'s id, e.g. "ltk-okf-2009".' }) planId: string,
    @Ctx() ctx: Context,
  ) {
    const source = await planDocumentSource(ctx.db, requiredId("planId", planId));
    return source && toPlanDocument(source);
  }
}
