import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

graphql(`
  fragment CompareGoal on Goal {
    id
    letter
    title
    department {
      id
      name
    }
  }
`);

graphql(`
  fragment CompareEnd on Node {
    id
    name
    kind
    department {
      id
      name
    }
    ... on Goal {
      letter
    }
  }
`);

export const comparisonFragment = graphql(`
  fragment Comparison on PlanComparison {
    fromPlanId
    toPlanId
    goals {
      change
      score
      corrected
      from {
        ...CompareGoal
      }
      to {
        ...CompareGoal
      }
    }
    initiatives {
      goal {
        ...CompareGoal
      }
      added
      removed
    }
    systemsIntroduced {
      id
      name
      category
    }
    systemsRetired {
      id
      name
      category
    }
    dependenciesAdded {
      type
      crossDepartment
      evidence
      from {
        ...CompareEnd
      }
      to {
        ...CompareEnd
      }
    }
    dependenciesRemoved {
      type
      crossDepartment
      evidence
      from {
        ...CompareEnd
      }
      to {
        ...CompareEnd
      }
    }
    milestonesMoved {
      from {
        id
        name
        date
        endDate
        dateText
      }
      to {
        id
        name
        date
        endDate
        dateText
        timing
      }
    }
  }
`);

export const comparePlansDocument = graphql(`
  query ComparePlans($from: ID!, $to: ID!) {
    comparePlans(from: $from, to: $to) {
      ...Comparison
    }
  }
`);

export function useComparison(from: string | null, to: string | null) {
  return useQuery(comparePlansDocument, { variables: { from: from ?? "", to: to ?? "" }, skip: !from || !to });
}

export const correctGoalMatchDocument = graphql(`
  mutation CorrectGoalMatch($from: ID!, $to: ID!, $fromGoal: ID, $toGoal: ID) {
    correctGoalMatch(from: $from, to: $to, fromGoal: $fromGoal, toGoal: $toGoal) {
      ...Comparison
    }
  }
`);

/** Stores a planner's correction; the comparison it returns replaces the one on screen. */
export function useCorrectGoalMatch() {
  return useMutation(correctGoalMatchDocument, {
    update(cache, { data }, { variables }) {
      if (!data || !variables) return;
      cache.writeQuery({
        query: comparePlansDocument,
        variables: { from: variables.from, to: variables.to },
        data: { __typename: "Query", comparePlans: data.correctGoalMatch },
      });
    },
  });
}
