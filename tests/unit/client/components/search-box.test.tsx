// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { searchDocument } from "../../../../client/src/features/search/api/search";
import { SearchBox } from "../../../../client/src/features/search/components/search-box";
import type { SearchQuery } from "../../../../client/src/gql/graphql";
import { renderWithApollo } from "./fixtures";

type Hit = SearchQuery["search"][number];

const hit = (id: string, name: string, parts: [string, boolean][]): Hit => ({
  __typename: "SearchHit",
  score: 1,
  field: "description",
  snippetParts: parts.map(([text, match]) => ({ __typename: "SnippetPart", text, match })),
  node: { __typename: "System", id, name, kind: "SYSTEM", department: null },
});

function searchMock(text: string, hits: Hit[]) {
  return {
    request: { query: searchDocument, variables: { text, limit: 50, planId: "p:2009" } },
    result: { data: { search: hits } },
  };
}

function renderSearch(text: string, hits: Hit[]) {
  const view = renderWithApollo(<SearchBox label="Søg i planen" value={text} onCommit={() => {}} onPick={() => {}} />, [
    searchMock(text, hits),
  ]);
  fireEvent.focus(screen.getByRole("combobox"));
  return view;
}

describe("search box", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));
  afterEach(cleanup);

  it("marks the matching words from the server's parts", async () => {
    const { container } = renderSearch("opus", [
      hit("s:opus", "OPUS", [
        ["Indførelse af ", false],
        ["OPUS", true],
        [" løn", false],
      ]),
    ]);
    await waitFor(() => expect(container.querySelector(".snippet")).not.toBeNull());
    const snippet = container.querySelector(".snippet")!;
    expect([...snippet.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["OPUS"]);
    expect(snippet.textContent).toBe("Indførelse af OPUS løn");
  });

  it("shows markup in the plan's text as text, never as elements", async () => {
    const { container } = renderSearch("gopro", [
      hit("s:gopro", "GoPro", [
        ['<img src=x onerror="alert(1)"> ', false],
        ["GoPro", true],
        [" <b>&amp;</b>", false],
      ]),
    ]);
    await waitFor(() => expect(container.querySelector(".snippet")).not.toBeNull());
    const snippet = container.querySelector(".snippet")!;
    expect(container.querySelector("img")).toBeNull();
    expect(snippet.querySelector("b")).toBeNull();
    expect(snippet.textContent).toBe('<img src=x onerror="alert(1)"> GoPro <b>&amp;</b>');
  });

  it("counts the hits with the right plural form", async () => {
    renderSearch("opus", [hit("s:opus", "OPUS", [["OPUS", true]])]);
    expect(await screen.findByText("1 resultat")).toBeTruthy();
    cleanup();
    renderSearch("opus", [hit("s:opus", "OPUS", [["OPUS", true]]), hit("s:opus-loen", "OPUS Løn", [["OPUS", true]])]);
    expect(await screen.findByText("2 resultater")).toBeTruthy();
  });
});
