import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { createAuthLink } from "./auth";

/** Interface members, so that `... on Goal` fragments match cached nodes. */
export const possibleTypes = {
  Node: ["Plan", "Department", "Goal", "Initiative", "System", "Organisation", "Milestone", "Theme", "StatusItem"],
};

/** Same origin in production (the API serves client/dist); vite proxies /graphql in dev. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: createAuthLink().concat(new HttpLink({ uri })),
    cache: new InMemoryCache({
      possibleTypes,
      typePolicies: {
        // Views of the graph carry no id; keep them embedded in their parent query.
        GraphView: { keyFields: false },
        GraphNode: { keyFields: false },
        GraphEdge: { keyFields: false },
      },
    }),
  });
}
