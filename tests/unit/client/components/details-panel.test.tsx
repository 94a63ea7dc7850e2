// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nodeDetailsDocument } from "../../../../client/src/features/details/api/node-details";
import { nodeHistoryDocument } from "../../../../client/src/features/details/api/node-history";
import { DetailsPanel } from "../../../../client/src/features/details/components/details-panel";
import type { NodeDetailsQuery } from "../../../../client/src/gql/graphql";
import { dependency, dept, goal, renderWithApollo, system } from "./fixtures";

const e = goal("g:e", "E", "Digitaliseringsstrategi");
const b = goal("g:b", "B", "Borgerservice", dept("d:bs", "Borgerservice"));

const details: NodeDetailsQuery = {
  __typename: "Query",
  node: {
    __typename: "Goal",
    id: "g:e",
    name: "Digitaliseringsstrategi",
    kind: "GOAL",
    letter: "E",
    department: dept("d:it", "IT-afdelingen"),
    source: "Hovedmål E",
    dependentCount: { __typename: "DependentCount", direct: 1, all: 4, departments: 2 },
    dependsOn: [
      dependency({ from: e, to: system("s:focus", "Focus.IT"), evidence: "Focus.IT skal udbredes" }),
      dependency({ from: e, to: system("s:opus", "OPUS"), evidence: "OPUS løn" }),
    ],
    dependents: [
      dependency({
        from: b,
        to: e,
        type: "DEPENDS_ON",
        crossDepartment: true,
        basis: "STATED",
        evidence: "Borgerservice bygger på strategien",
      }),
    ],
    title: "Digitaliseringsstrategi",
    mainGoal: "En digital kommune",
    strategy: "",
    initiatives: [],
    systems: [],
    milestones: [],
  },
};

const mocks = [
  { request: { query: nodeDetailsDocument, variables: { id: "g:e" } }, result: { data: details } },
  {
    request: { query: nodeHistoryDocument, variables: { id: "g:e" } },
    result: { data: { node: { __typename: "Goal", id: "g:e", history: [] } } },
  },
];

describe("details panel", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));
  afterEach(cleanup);

  it("asks for a node when none is selected", () => {
    renderWithApollo(<DetailsPanel id={null} onOpen={() => {}} />);
    expect(screen.getByText(/Vælg en node/)).toBeTruthy();
  });

  it("shows the node, its owner and the two dependents numbers", async () => {
    renderWithApollo(<DetailsPanel id="g:e" onOpen={() => {}} />, mocks);
    expect((await screen.findByRole("heading", { level: 2 })).textContent).toBe("Digitaliseringsstrategi");
    const counts = screen.getByTestId("dependent-counts");
    expect(counts.querySelector('[data-count="direct"] dd')?.textContent).toBe("1");
    expect(counts.querySelector('[data-count="all"] dd')?.textContent).toBe("4");
    expect(screen.getByRole("button", { name: /IT-afdelingen/ })).toBeTruthy();
  });

  it("lists both directions with a plural-aware count, each edge read from the node with its evidence", async () => {
    const onOpen = vi.fn();
    renderWithApollo(<DetailsPanel id="g:e" onOpen={onOpen} />, mocks);
    const dependsOn = await screen.findByRole("region", { name: "Afhænger af" });
    expect(dependsOn.querySelector("h3 .count")?.textContent).toBe("2 relationer");
    expect(within(dependsOn).getByText("“Focus.IT skal udbredes”")).toBeTruthy();
    const dependents = screen.getByRole("region", { name: /^Afhængige/ });
    expect(dependents.querySelector("h3 .count")?.textContent).toBe("1 relation");
    const item = dependents.querySelector(".edge-item")!;
    expect(item.querySelector(".badge-cross")).not.toBeNull();
    expect(item.querySelector("[data-basis]")?.getAttribute("data-basis")).toBe("STATED");
    fireEvent.click(within(item as HTMLElement).getByRole("button", { name: /Borgerservice/ }));
    expect(onOpen).toHaveBeenCalledWith("g:b");
  });
});
