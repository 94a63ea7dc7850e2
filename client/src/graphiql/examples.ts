/**
 * Example operations opened as tabs in the explorer: one per question the API answers.
 * Ids refer to the seed plan (Lyngby-Taarbæk, Økonomisk Forvaltning 2009).
 */
export const EXAMPLES: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: "Impact: what is hit if Focus.IT slips?",
    query: `query Impact($id: ID!) {
  impact(id: $id, direction: DOWNSTREAM, maxDepth: 4) {
    truncated truncatedReason
    departments { name }
    nodes { depth node { id kind name } via { from { name } type to { name } evidence section } }
  }
}`,
    variables: { id: "ltk-okf-2009:system:focus-it" },
  },
  {
    title: "Search (Danish full text)",
    query: `query Search($text: String!) {
  search(text: $text, limit: 10) { score snippet node { id kind name } }
}`,
    variables: { text: "indkøb" },
  },
  {
    title: "Path between two nodes",
    query: `query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to) { length hops { from { name } type to { name } evidence } }
}`,
    variables: { from: "ltk-okf-2009:it-afdelingen:c", to: "ltk-okf-2009:it-afdelingen:a" },
  },
  {
    title: "Cross-department dependencies and the matrix",
    query: `query Cross {
  crossDepartmentDependencies { from { name department { name } } type to { name department { name } } evidence }
  dependencyMatrix { cells { from { name } to { name } count } }
}`,
  },
  {
    title: "Key nodes (single points of failure)",
    query: `query Key { keyNodes(limit: 10) { node { id kind name } dependents directDependents betweenness departments } }`,
  },
  {
    title: "Everything tied to OPUS (IT planners' view)",
    query: `query Links($id: ID!) {
  systemLinks(id: $id) {
    system { name } modules { name }
    byDepartment { department { name } goals { letter title } initiatives { text } }
  }
}`,
    variables: { id: "ltk-okf-2009:system:opus" },
  },
  {
    title: "Timeline and what-if",
    query: `query Timeline {
  timeline { id name date dateText precision }
}`,
  },
  {
    title: "Nested listing",
    query: `query Listing {
  departments { name goals { letter title initiatives { text systems { name } } } }
}`,
  },
];
