import { FieldResolver, Resolver, Root } from "type-graphql";
import type { StoredEdge } from "../../../graph/repositories/records.js";
import { Dependency } from "./dependency.type.js";
import { summarise } from "./summary.js";

@Resolver(() => Dependency)
export class DependencyResolver {
  @FieldResolver(() => String, {
    description:
      'The edge as one English sentence with its evidence, e.g. `"E. Digitaliseringsstrategi" (IT-afdelingen) uses "Focus.IT": «...»`.',
  })
  summary(@Root() edge: StoredEdge): string {
    return summarise(edge);
  }
}
