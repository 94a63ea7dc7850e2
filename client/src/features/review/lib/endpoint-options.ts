import type { ReviewEndpointsQuery } from "../../../gql/graphql";
import type { NodeKind } from "../../../lib/vocabulary";
import { compareDanish } from "../../../lib/collate";

export interface EndpointGroup {
  kind: NodeKind;
  options: { id: string; label: string }[];
}

const byLabel = (a: { label: string }, b: { label: string }) => compareDanish(a.label, b.label);

/** The plan's nodes a link may end at, by kind; goals and initiatives named with their department. */
export function endpointOptions(data: ReviewEndpointsQuery): EndpointGroup[] {
  const goals = data.departments.flatMap((d) =>
    d.goals.map((g) => ({ id: g.id, label: `${d.name} ${g.letter}. ${g.name}` })),
  );
  const initiatives = data.departments.flatMap((d) =>
    d.goals.flatMap((g) => g.initiatives.map((i) => ({ id: i.id, label: `${d.name} ${g.letter}: ${i.name}` }))),
  );
  const groups: EndpointGroup[] = [
    { kind: "DEPARTMENT", options: data.departments.map((d) => ({ id: d.id, label: d.name })).sort(byLabel) },
    { kind: "GOAL", options: goals },
    { kind: "INITIATIVE", options: initiatives },
    { kind: "SYSTEM", options: data.systems.map((s) => ({ id: s.id, label: s.name })).sort(byLabel) },
    { kind: "ORGANISATION", options: data.organisations.map((o) => ({ id: o.id, label: o.name })).sort(byLabel) },
  ];
  return groups.filter((g) => g.options.length > 0);
}
