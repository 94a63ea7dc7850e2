import { InMemoryCache } from "@apollo/client";
import { MockedProvider, type MockedProviderProps } from "@apollo/client/testing/react";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { edgeHopFragment } from "../../../../client/src/components/edge-hop";
import { makeFragmentData } from "../../../../client/src/gql";
import type { EdgeHopFragment } from "../../../../client/src/gql/graphql";
import { possibleTypes } from "../../../../client/src/lib/apollo";
import { plansDocument } from "../../../../client/src/lib/plans";

type End = EdgeHopFragment["from"];

export const dept = (id: string, name: string) => ({ __typename: "Department" as const, id, name });

export const goal = (id: string, letter: string, name: string, department = dept("d:it", "IT-afdelingen")): End => ({
  __typename: "Goal",
  id,
  name,
  kind: "GOAL",
  letter,
  department,
});

export const system = (id: string, name: string): End => ({
  __typename: "System",
  id,
  name,
  kind: "SYSTEM",
  department: null,
});

/** A dependency as the API sends it, readable both as EdgeHop data and as a feature's own fields. */
export function dependency(over: Partial<Omit<EdgeHopFragment, " $fragmentName">> & { from: End; to: End }) {
  const edge = {
    __typename: "Dependency" as const,
    id: `${over.from.id}-${over.to.id}`,
    type: "USES" as const,
    evidence: "",
    section: "",
    inferred: false,
    reason: null,
    crossDepartment: false,
    basis: "STATED" as const,
    viaSystem: null,
    ...over,
  };
  return { ...edge, ...makeFragmentData(edge, edgeHopFragment) };
}

/** The plan list every view asks for first (usePlanId), with one plan. */
export const plansMock = {
  request: { query: plansDocument },
  result: {
    data: {
      plans: [
        {
          __typename: "Plan" as const,
          id: "p:2009",
          name: "Virksomhedsplan 2009",
          municipality: "Holbæk",
          administration: "Administrationen",
          year: 2009,
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** Renders inside a mocked Apollo client with the app's cache rules; the plan list is always answered. */
export function renderWithApollo(ui: ReactElement, mocks: MockedProviderProps["mocks"] = []) {
  const cache = new InMemoryCache({ possibleTypes });
  return render(
    <MockedProvider mocks={[plansMock, ...(mocks ?? [])]} cache={cache}>
      {ui}
    </MockedProvider>,
  );
}
