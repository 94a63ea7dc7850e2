// @vitest-environment happy-dom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EdgeHop } from "../../../../client/src/components/edge-hop";
import { RELATION_INFO } from "../../../../client/src/gql/relations";
import { dependency, dept, goal, renderWithApollo as render, system } from "./fixtures";

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

const uses = dependency({
  from: goal("g:e", "E", "Digitaliseringsstrategi"),
  to: system("s:focus", "Focus.IT"),
  evidence: "Focus.IT skal udbredes",
  section: "3.2",
});

describe("EdgeHop", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));
  afterEach(cleanup);

  it("reads the edge as a sentence with the table's verb, naming a goal by its letter, and quotes the plan", () => {
    const { container } = render(<EdgeHop edge={uses} />);
    expect(squash(container.querySelector(".hop-sentence")?.textContent)).toBe(
      `E. Digitaliseringsstrategi ${RELATION_INFO.USES.da.verb} Focus.IT`,
    );
    expect(screen.getByText("“Focus.IT skal udbredes”").tagName).toBe("BLOCKQUOTE");
    expect(container.querySelector("cite")?.textContent).toBe("3.2");
  });

  it("speaks English when the URL asks for it", () => {
    window.history.replaceState(null, "", "/?lang=en");
    const { container } = render(<EdgeHop edge={uses} />);
    expect(squash(container.querySelector(".hop-sentence")?.textContent)).toContain(RELATION_INFO.USES.en.verb);
  });

  it("draws the walk's direction and whether a slip travels, and leaves the evidence out on request", () => {
    const { container } = render(
      <EdgeHop edge={uses} direction="AGAINST" walkFromId="s:focus" carriesSlip evidence={false} />,
    );
    const hop = container.querySelector(".hop")!;
    expect(hop.getAttribute("data-direction")).toBe("AGAINST");
    expect(hop.getAttribute("data-slip")).toBe("true");
    expect(hop.querySelector(".hop-dir [aria-hidden]")?.textContent).toBe("←");
    expect(container.querySelector("blockquote")).toBeNull();
  });

  it("read from one of its ends, shows the far end as a link with its department and what a cross-department edge rests on", () => {
    const cross = dependency({
      from: goal("g:e", "E", "Digitaliseringsstrategi"),
      to: goal("g:b", "B", "Borgerservice", dept("d:bs", "Borgerservice")),
      type: "DEPENDS_ON",
      crossDepartment: true,
      basis: "VIA_SYSTEM",
      viaSystem: { __typename: "System", id: "s:opus", name: "OPUS" },
    });
    const { container } = render(<EdgeHop edge={cross} readFrom="g:e" onOpen={() => {}} />);
    const head = container.querySelector(".edge-item-head") as HTMLElement;
    expect(within(head).getByRole("button").textContent).toBe("Borgerservice");
    expect(head.textContent).toContain("· Borgerservice");
    expect(head.querySelector("[data-basis]")?.getAttribute("data-basis")).toBe("VIA_SYSTEM");
    expect(head.querySelector("[data-basis]")?.textContent).toContain("OPUS");
    expect(container.querySelector(".hop-sentence")).toBeNull();
  });

  it("marks an inferred edge without evidence as inferred, with the reason", () => {
    const inferred = dependency({
      from: goal("g:e", "E", "Digitaliseringsstrategi"),
      to: system("s:focus", "Focus.IT"),
      inferred: true,
      reason: "samme system nævnt",
    });
    const { container } = render(<EdgeHop edge={inferred} />);
    expect(container.querySelector(".evidence-inferred")?.textContent).toMatch(/samme system nævnt/);
    expect(container.querySelector(".badge-inferred")).not.toBeNull();
  });
});
