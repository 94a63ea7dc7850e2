import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";

const planTitleDocument = graphql(`
  query PlanTitle {
    plans {
      id
      name
      municipality
      administration
      year
    }
  }
`);

/** "Lyngby-Taarbæk Kommune · Økonomisk Forvaltning 2009" under the product name. */
export function PlanTitle() {
  const { data } = useQuery(planTitleDocument);
  const plan = data?.plans[0];
  if (!plan) return null;
  return (
    <span className="plan-title">
      {plan.municipality} · {plan.administration} {plan.year}
    </span>
  );
}
