import { Field, ID, Int, InterfaceType } from "type-graphql";
import type { StoredNode } from "../../../graph/repositories/records.js";
import { NodeKind } from "./node-kind.enum.js";

/** The plain record a repository returns for any node: its stored properties and owning department. */
export type NodeRecord = StoredNode;

/**
 * The fields every kind shares. `department`, `dependsOn` and `dependents` are declared by
 * NodeResolver's field resolvers (they need other types, and this file is imported by all of them).
 */
@InterfaceType("Node", {
  description: "Anything in the plan graph. `kind` tells which concrete type it is.",
  resolveType: (value: NodeRecord) => value.kind,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable, readable id: `<planId>:<path>`, e.g. `ltk-okf-2009:it-afdelingen:e`." })
  id!: string;

  @Field(() => String, { description: "Display name as the plan writes it." })
  name!: string;

  @Field(() => NodeKind, { description: "Which kind of node this is (the concrete GraphQL type)." })
  kind!: NodeKind;

  @Field(() => String, { description: 'Id of the plan the node belongs to, e.g. "ltk-okf-2009".' })
  planId!: string;

  @Field(() => String, {
    description:
      'Section heading path in the plan, e.g. "IT-afdelingen > 3. Hovedmål ... > E. Digitaliseringsstrategi".',
  })
  source!: string;

  @Field(() => Int, {
    description: "Version of the stored node, raised by every edit; an update must send the version it read.",
  })
  version!: number;
}
