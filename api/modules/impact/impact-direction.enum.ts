import { registerEnumType } from "type-graphql";

/** Internal values are the repository's ImpactWay. */
export enum ImpactDirection {
  DOWNSTREAM = "downstream",
  UPSTREAM = "upstream",
}

registerEnumType(ImpactDirection, {
  name: "ImpactDirection",
  description: "Which way an impact question follows the dependency edges.",
  valuesConfig: {
    DOWNSTREAM: { description: "What is hit if this node slips: everything that transitively depends on it." },
    UPSTREAM: { description: "What this node needs: everything it transitively depends on." },
  },
});
