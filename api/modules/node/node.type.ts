import { Field, ID, InterfaceType } from "type-graphql";
import { NodeKind } from "./node-kind.enum.js";

/** The plain record a repository returns for any node: its stored properties. */
export interface NodeRecord {
  id: string;
  kind: string;
  planId: string;
  name: string;
  source: string;
  departmentId?: string;
  [key: string]: unknown;
}

@InterfaceType("Node", {
  description: "Anything in the plan graph. `kind` tells which concrete type it is.",
  resolveType: (value: NodeRecord) => value.kind,
})
export abstract class Node {
  @Field(() => ID, { description: "Stable, readable id: `<planId>:<path>`, e.g. `ltk-okf-2009:it-afdelingen:e`." })
  id!: string;

  @Field(() => String, { description: "Display name as the plan writes it." })
  name!: string;

  @Field(() => NodeKind)
  kind!: NodeKind;

  @Field(() => String, { description: "Id of the plan the node belongs to." })
  planId!: string;

  @Field(() => String, { description: "Section heading path in the plan, e.g. \"IT-afdelingen > 3. Hovedmål ... > E. Digitaliseringsstrategi\"." })
  source!: string;
}
