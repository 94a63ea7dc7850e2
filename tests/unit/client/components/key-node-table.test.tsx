// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { keyNodesDocument } from "../../../../client/src/features/key-nodes/api/key-nodes";
import { KeyNodeTable } from "../../../../client/src/features/key-nodes/components/key-node-table";
import type { KeyNodesQuery } from "../../../../client/src/gql/graphql";
import { dept, renderWithApollo } from "./fixtures";

const data: KeyNodesQuery = {
  __typename: "Query",
  keyNodes: [
    {
      __typename: "KeyNode",
      node: { __typename: "System", id: "s:opus", name: "OPUS", kind: "SYSTEM", department: null },
      dependents: 40,
      directDependents: 12,
      betweenness: 310.25,
      departments: 6,
    },
    {
      __typename: "KeyNode",
      node: {
        __typename: "Goal",
        id: "g:e",
        name: "Digitaliseringsstrategi",
        kind: "GOAL",
        department: dept("d:it", "IT-afdelingen"),
      },
      dependents: 9,
      directDependents: 3,
      betweenness: 0,
      departments: 2,
    },
  ],
};

const mocks = [{ request: { query: keyNodesDocument, variables: { planId: "p:2009", limit: 25 } }, result: { data } }];

describe("key-node table", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));
  afterEach(cleanup);

  it("heads the number columns with the defined dependents names and their definitions", async () => {
    renderWithApollo(<KeyNodeTable onOpen={() => {}} onImpact={() => {}} />, mocks);
    const table = await screen.findByRole("table");
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent).slice(3, 6)).toEqual([
      "Alle afhængige (transitivt)",
      "Direkte afhængige",
      "Afdelinger ramt",
    ]);
    expect(headers[4]?.getAttribute("title")).toBe("Noder ét led væk, som rammes, hvis denne skrider.");
  });

  it("ranks the nodes as the server sends them, with their numbers in Danish format", async () => {
    renderWithApollo(<KeyNodeTable onOpen={() => {}} onImpact={() => {}} />, mocks);
    const rows = within(await screen.findByRole("table"))
      .getAllByRole("row")
      .slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0]?.textContent)).toEqual(["1", "2"]);
    const first = within(rows[0]!)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(first.slice(1, 6)).toEqual(["–", "40", "12", "6", "310,3"]);
    expect(within(rows[1]!).getAllByRole("cell")[1]?.textContent).toBe("IT-afdelingen");
  });

  it("opens a node and its impact from its row", async () => {
    const onOpen = vi.fn();
    const onImpact = vi.fn();
    renderWithApollo(<KeyNodeTable onOpen={onOpen} onImpact={onImpact} />, mocks);
    fireEvent.click(await screen.findByRole("button", { name: "Vis i grafen: OPUS" }));
    fireEvent.click(screen.getByRole("button", { name: /hvis Digitaliseringsstrategi skrider/ }));
    expect(onOpen).toHaveBeenCalledWith("s:opus");
    expect(onImpact).toHaveBeenCalledWith("g:e");
  });
});
