import { describe, expect, it } from "vitest";
import {
  DEFAULT_VIEW_STATE,
  decodeViewState,
  encodeViewState,
  type ViewState,
} from "../../../client/src/lib/url-state";

describe("view state in the URL", () => {
  it("encodes the default state as an empty query", () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe("");
    expect(decodeViewState("")).toEqual(DEFAULT_VIEW_STATE);
  });

  it("round-trips a full state", () => {
    const state: ViewState = {
      view: "graph",
      lang: "en",
      plan: "ltk-okf-2009",
      selected: "ltk-okf-2009:system:focus-it",
      departments: ["ltk-okf-2009:it-afdelingen", "ltk-okf-2009:økonomiafdelingen"],
      kinds: ["GOAL", "SYSTEM"],
      relations: ["DEPENDS_ON", "USES"],
      crossOnly: true,
      mode: "impact",
      direction: "UPSTREAM",
      depth: 9,
      layout: "dagre",
      renderer: "webgl",
      pathTo: "ltk-okf-2009:personaleafdelingen:a",
      query: "OPUS e-indkøb & løn",
      system: "ltk-okf-2009:system:opus",
      milestone: "ltk-okf-2009:milestone:infrastruktur",
      slipDays: 45,
      cellFrom: "ltk-okf-2009:personaleafdelingen",
      cellTo: "ltk-okf-2009:økonomiafdelingen",
      inferred: true,
      hubs: true,
      top: 50,
      compareFrom: "ltk-okf-2008",
      all: true,
      expanded: ["ltk-okf-2009:system:opus", "ltk-okf-2009:it-afdelingen:e"],
      isolate: "ltk-okf-2009:system:opus",
      isolateDepth: 3,
      viewport: { zoom: 1.25, x: -120, y: 340 },
    };
    const search = encodeViewState(state);
    expect(decodeViewState(search)).toEqual(state);
    expect(search).toContain("dir=up");
    expect(search).toContain("inferred=1");
    expect(search).toContain("hubs=1");
    expect(search).toContain("from=ltk-okf-2008");
    expect(search).toContain("dept=ltk-okf-2009%3Ait-afdelingen&dept=");
  });

  it("falls back to defaults for bad values", () => {
    const state = decodeViewState(
      "?view=nope&depth=99&dir=sideways&kind=BANANA&kind=GOAL&layout=circle&slip=x&cfrom=a",
    );
    expect(state.view).toBe("graph");
    expect(state.depth).toBe(DEFAULT_VIEW_STATE.depth);
    expect(state.direction).toBe("DOWNSTREAM");
    expect(state.kinds).toEqual(["GOAL"]);
    expect(state.layout).toBe("fcose");
    expect(state.slipDays).toBe(30);
    expect(state.cellFrom).toBeNull();
    expect(decodeViewState("?top=7").top).toBe(DEFAULT_VIEW_STATE.top);
    expect(decodeViewState("?inferred=yes&hubs=0")).toMatchObject({ inferred: false, hubs: false });
    // Depth goes to the API's own limit (10), where the impact list is "all dependents".
    expect(decodeViewState("?depth=10").depth).toBe(10);
    expect(decodeViewState("?depth=11").depth).toBe(DEFAULT_VIEW_STATE.depth);
  });

  it("drops duplicates in lists", () => {
    expect(decodeViewState("?dept=a&dept=a&dept=b").departments).toEqual(["a", "b"]);
  });
});
