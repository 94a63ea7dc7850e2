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
  fragment DependencyChange on DependencyChange {
    type
    crossDepartment
    evidence
    from {
      ...NodeRef @unmask
    }
    to {
      ...NodeRef @unmask
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
        ...CompareGoal @unmask
      }
      to {
        ...CompareGoal @unmask
      }
    }
    initiatives {
      goal {
        ...CompareGoal @unmask
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
      ...DependencyChange @unmask
    }
    dependenciesRemoved {
      ...DependencyChange @unmask
    }
    milestonesMoved {
      from {
        ...MilestoneDates @unmask
      }
      to {
        ...MilestoneDates @unmask
        timing
      }
    }
  }
`);

export const comparePlansDocument = graphql(`
  query ComparePlans($from: ID!, $to: ID!) {
    comparePlans(from: $from, to: $to) {
      ...Comparison @unmask
    }
  }
`);

export function useComparison(from: string | null, to: string | null) {
  return useQuery(comparePlansDocument, { variables: { from: from ?? "", to: to ?? "" }, skip: !from || !to });
}

export const correctGoalMatchDocument = graphql(`
  mutation CorrectGoalMatch($from: ID!, $to: ID!, $fromGoal: ID, $toGoal: ID) {
    correctGoalMatch(from: $from, to: $to, fromGoal: $fromGoal, toGoal: $toGoal) {
      ...Comparison @unmask
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
