/** The GraphQL operations the bench sends, as the contract (api/schema.contract.graphql) names them. */

export const IMPACT = `query BenchImpact($id: ID!, $depth: Int!) {
  impact(id: $id, direction: DOWNSTREAM, maxDepth: $depth) {
    truncated
    truncatedReason
    nodes { depth node { id name kind } viaEdgeIds }
    edges { id type evidence section from { id } to { id } }
  }
}`;

export const NESTED = `query BenchNested($planId: ID) {
  departments(planId: $planId) {
    id name
    goals { id letter title initiatives { id ordinal text systems { id name } } }
  }
}`;

export const GRAPH = `query BenchGraph($filter: GraphFilter) {
  graph(filter: $filter) {
    truncated totalNodes totalEdges
    nodes { id name kind departmentId label }
    edges { id source target type evidence section inferred crossDepartment }
  }
}`;

/** The same nested listing in @neo4j/graphql 7's dialect (filters as operators, sort per level). */
export const NESTED_PEER = `query BenchNestedPeer($planId: ID!) {
  departments(where: { planId: { eq: $planId } }, sort: [{ name: ASC }]) {
    id name
    goals(sort: [{ letter: ASC }]) {
      id letter title
      initiatives(sort: [{ ordinal: ASC }]) { id ordinal text systems(sort: [{ name: ASC }]) { id name } }
    }
  }
}`;
