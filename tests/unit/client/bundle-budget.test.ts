import { describe, expect, it } from "vitest";
import {
  checkBudget,
  formatReport,
  measurePage,
  staticClosure,
  type Budget,
  type Manifest,
} from "../../../api/bin/bundle-budget.mjs";

// A small build: the page's entry imports a vendor chunk (which imports a runtime) and a shared chunk; two views
// are loaded on demand, one of them with a chunk of its own plus the shared one, and that view loads a layout.
const manifest: Manifest = {
  "index.html": {
    file: "assets/main.js",
    name: "main",
    imports: ["_vendor.js", "_shared.js"],
    dynamicImports: ["src/matrix-route.tsx", "src/timeline-route.tsx"],
  },
  "_vendor.js": { file: "assets/vendor.js", name: "vendor", imports: ["_runtime.js"] },
  "_runtime.js": { file: "assets/runtime.js", name: "runtime" },
  "_shared.js": { file: "assets/shared.js", name: "shared", imports: ["_runtime.js"] },
  "_timeline.js": { file: "assets/timeline.js", name: "timeline", imports: ["_shared.js"] },
  "_style.css": { file: "assets/style.css" },
  "src/matrix-route.tsx": { file: "assets/matrix-route.js", name: "matrix-route", imports: ["_shared.js"] },
  "src/timeline-route.tsx": {
    file: "assets/timeline-route.js",
    name: "timeline-route",
    imports: ["_timeline.js", "_style.css"],
    dynamicImports: ["dagre"],
  },
  dagre: { file: "assets/dagre.js", name: "cytoscape-dagre", imports: ["_timeline.js"] },
  "graphiql.html": { file: "assets/graphiql.js", name: "graphiql", imports: ["_vendor.js"] },
};
const SIZES: Record<string, number> = {
  "assets/main.js": 100_000,
  "assets/vendor.js": 150_000,
  "assets/runtime.js": 1_000,
  "assets/shared.js": 20_000,
  "assets/timeline.js": 8_000,
  "assets/matrix-route.js": 3_000,
  "assets/timeline-route.js": 2_000,
  "assets/dagre.js": 15_000,
  "assets/graphiql.js": 300_000,
};
// gzip is a tenth of raw in this fake build, so that both columns can be told apart.
const sizeOf = (file: string) => ({ raw: SIZES[file]!, gzip: SIZES[file]! / 10 });

const budget = (landing: number, lazy: Record<string, number>, pages: Record<string, number> = {}): Budget => ({
  landing: { maxGzipKB: landing },
  lazy,
  pages,
});
const FITS = { "matrix-route": 0.3, "timeline-route": 1, "cytoscape-dagre": 1.5 };

describe("the JavaScript budget", () => {
  it("counts a chunk's static imports transitively, each once", () => {
    expect(staticClosure(manifest, "index.html")).toEqual(["index.html", "_vendor.js", "_runtime.js", "_shared.js"]);
    expect(() => staticClosure(manifest, "missing.html")).toThrow(/no chunk "missing.html"/);
  });

  it("measures the landing page as its entry plus static imports, and each lazy part as what it adds", () => {
    const measured = measurePage(manifest, sizeOf, "index.html", ["graphiql.html"]);
    expect(measured.landing.chunks.map((c) => c.file)).toEqual([
      "assets/main.js",
      "assets/vendor.js",
      "assets/runtime.js",
      "assets/shared.js",
    ]);
    expect(measured.landing.raw).toBe(271_000);
    expect(measured.landing.gzip).toBe(27_100);
    // The matrix reuses the landing's shared chunk; the timeline brings its own chunk, not its stylesheet;
    // the layout (loaded from the timeline) adds nothing the timeline has not already loaded but itself.
    expect(measured.lazy.map((p) => [p.name, p.chunks.map((c) => c.file), p.gzip])).toEqual([
      ["matrix-route", ["assets/matrix-route.js"], 300],
      ["timeline-route", ["assets/timeline-route.js", "assets/timeline.js"], 1_000],
      ["cytoscape-dagre", ["assets/dagre.js"], 1_500],
    ]);
    expect(measured.pages).toEqual([expect.objectContaining({ page: "graphiql.html", raw: 451_000, gzip: 45_100 })]);
  });

  it("passes a build within every limit", () => {
    const measured = measurePage(manifest, sizeOf, "index.html", ["graphiql.html"]);
    expect(checkBudget(measured, budget(27.1, FITS, { "graphiql.html": 45.1 }))).toEqual([]);
    expect(formatReport(measured, budget(27.1, FITS))).toContain("= landing total");
  });

  it("fails a landing page above its limit, naming its chunks and sizes", () => {
    const failures = checkBudget(measurePage(manifest, sizeOf), budget(27, FITS));
    expect(failures).toEqual([
      "The landing page (index.html) loads 27.10 kB of gzipped JavaScript, above its limit of 27 kB: " +
        "assets/main.js 10.00 kB, assets/vendor.js 15.00 kB, assets/runtime.js 0.10 kB, assets/shared.js 2.00 kB.",
    ]);
  });

  it("fails a lazy part that grew past its limit, and one that has no limit yet", () => {
    const failures = checkBudget(
      measurePage(manifest, sizeOf),
      budget(30, { "matrix-route": 0.2, "timeline-route": 1 }),
    );
    expect(failures).toEqual([
      '"matrix-route" adds 0.30 kB of gzipped JavaScript, above its limit of 0.2 kB: assets/matrix-route.js 0.30 kB.',
      '"cytoscape-dagre" is loaded on demand (1.50 kB gzip: assets/dagre.js 1.50 kB) but has no limit in the budget ' +
        'file: add one under "lazy".',
    ]);
  });

  it("fails another page above its limit", () => {
    const measured = measurePage(manifest, sizeOf, "index.html", ["graphiql.html"]);
    expect(checkBudget(measured, budget(30, FITS, { "graphiql.html": 45 }))).toEqual([
      "The page graphiql.html loads 45.10 kB of gzipped JavaScript, above its limit of 45 kB.",
    ]);
  });
});
