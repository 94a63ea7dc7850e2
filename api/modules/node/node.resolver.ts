import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Department } from "../department/department.type.js";
import { Dependency, DependentCount } from "../dependency/dependency.type.js";
import { requiredId } from "../shared/args.js";
import { isWholeRecord } from "../../../graph/repositories/records.js";
import { Node, type NodeRecord } from "./node.type.js";

/** The `node` query and the fields every kind shares (inherited by each concrete type). */
@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "One node by id, of any kind; null when there is none." })
  node(
    @Arg("id", () => ID, { description: 'A node id, e.g. "ltk-okf-2009:system:opus".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.nodeById.load(requiredId("id", id));
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      "Owning department: for a goal the department that owns it, for an initiative its goal's, for a status item the reporting department, for a system the department responsible for it (`System.owner`), for an internal unit its department, for a department itself; null for outside organisations, milestones, themes, plans and systems whose owner the plan does not name.",
  })
  async department(@Root() node: NodeRecord, @Ctx() ctx: Context) {
    // Records read through graph/cypher carry their owner; others (e.g. a mutation's result) are looked up.
    const owner =
      node.owningDepartmentId !== undefined
        ? node.owningDepartmentId
        : (await ctx.loaders.nodeById.load(node.id))?.owningDepartmentId;
    if (!owner) return null;
    // A department is its own owner; a record read ahead holds only some fields, so read it whole.
    return owner === node.id && isWholeRecord(node) ? node : ctx.loaders.nodeById.load(owner);
  }

  @FieldResolver(() => DependentCount, {
    description:
      "How many nodes a slip of this node hits: directly (one edge away) and in all (transitively, to depth 10): the same numbers as `impact(id, direction: DOWNSTREAM, maxDepth: 1 / 10)` and `keyNodes` give.",
  })
  dependentCount(@Root() node: NodeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.dependentCount.load(node.id);
  }

  @FieldResolver(() => [Dependency], {
    description:
      'The edges along which a slip reaches this node (what it leans on: out along "needs" edges, in along ADVANCES, either way along COORDINATES_WITH), with evidence.',
  })
  dependsOn(@Root() node: NodeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.dependsOn.load(node.id);
  }

  @FieldResolver(() => [Dependency], {
    description:
      "The edges along which a slip of this node travels on (what leans on it; the mirror of `dependsOn`), with evidence.",
  })
  dependents(@Root() node: NodeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.dependents.load(node.id);
  }
}
