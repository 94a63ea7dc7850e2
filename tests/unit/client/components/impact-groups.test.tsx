// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ImpactItem } from "../../../../client/src/features/impact/components/impact-groups";
import { ImpactGroups } from "../../../../client/src/features/impact/components/impact-groups";
import { RELATION_INFO } from "../../../../client/src/gql/relations";
import type { DepartmentGroup } from "../../../../client/src/lib/group-by-department";
import { dependency, dept, goal, renderWithApollo, system } from "./fixtures";

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

const focus = system("s:focus", "Focus.IT");
const e = goal("g:e", "E", "Digitaliseringsstrategi");
const hop = dependency({ from: e, to: focus, evidence: "Focus.IT skal udbredes", section: "3.2" });

const item: ImpactItem = {
  depth: 1,
  node: { id: e.id, name: e.name, kind: "GOAL" },
  via: [hop],
  chain: ["Focus.IT", "Digitaliseringsstrategi"],
  chainSteps: [{ hop, walkFromId: focus.id }],
};
const hub: ImpactItem = {
  depth: 2,
  node: { id: "d:it", name: "IT-afdelingen", kind: "DEPARTMENT" },
  via: [],
  chain: ["Focus.IT", "IT-afdelingen"],
  chainSteps: [],
};
const groups: DepartmentGroup<ImpactItem>[] = [
  { department: dept("d:it", "IT-afdelingen"), items: [item, hub] },
  { department: null, items: [] },
];

describe("impact groups", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));
  afterEach(cleanup);

  it("heads each department with how many nodes it holds, the group without one by its own name", () => {
    renderWithApollo(<ImpactGroups groups={groups} onOpen={() => {}} />);
    const section = screen.getByRole("region", { name: "IT-afdelingen" });
    expect(squash(section.querySelector("h3")?.textContent)).toBe("IT-afdelingen 2");
    expect(squash(screen.getByRole("region", { name: /^Uden afdeling/ }).querySelector("h3")?.textContent)).toMatch(
      / 0$/,
    );
  });

  it("says how each node is reached: the hop as a sentence against the walk, with no evidence in the short form", () => {
    const { container } = renderWithApollo(<ImpactGroups groups={groups} onOpen={() => {}} />);
    const via = container.querySelector(`[data-node-id="g:e"] .impact-via`) as HTMLElement;
    const line = via.querySelector(".hop")!;
    expect(squash(line.querySelector(".hop-sentence")?.textContent)).toBe(
      `E. Digitaliseringsstrategi ${RELATION_INFO.USES.da.verb} Focus.IT`,
    );
    expect(line.getAttribute("data-direction")).toBe("AGAINST");
    expect(via.querySelector("blockquote")).toBeNull();
  });

  it("opens the chain with the plan's evidence for each hop", () => {
    const { container } = renderWithApollo(<ImpactGroups groups={groups} onOpen={() => {}} />);
    const chain = container.querySelector(`[data-node-id="g:e"] details`) as HTMLElement;
    expect(squash(chain.querySelector("summary")?.textContent)).toBe("Focus.IT → Digitaliseringsstrategi");
    expect(within(chain).getByText("“Focus.IT skal udbredes”")).toBeTruthy();
  });

  it("marks a department reached as hit but going no further", () => {
    const { container } = renderWithApollo(<ImpactGroups groups={groups} onOpen={() => {}} />);
    expect(container.querySelector(`[data-node-id="d:it"] [data-testid="impact-hub"]`)).not.toBeNull();
    expect(container.querySelector(`[data-node-id="g:e"] [data-testid="impact-hub"]`)).toBeNull();
  });
});
