import { describe, expect, it } from "vitest";
import { getCytoscape, isLayoutLoaded, loadLayout } from "../../../client/src/lib/cytoscape";

const elements = [
  { group: "nodes" as const, data: { id: "a" } },
  { group: "nodes" as const, data: { id: "b" } },
  { group: "edges" as const, data: { id: "a-b", source: "a", target: "b" } },
];

describe("layouts loaded on first use", () => {
  it("has the overview's layout from the start and the hierarchy's once it is loaded", async () => {
    expect(isLayoutLoaded("fcose")).toBe(true);
    expect(isLayoutLoaded("dagre")).toBe(false);
    const cy = getCytoscape()({ headless: true, elements });
    try {
      expect(() => cy.layout({ name: "dagre" } as never).run()).toThrow(/dagre/);
      await Promise.all([loadLayout("dagre"), loadLayout("dagre")]);
      expect(isLayoutLoaded("dagre")).toBe(true);
      cy.layout({ name: "dagre", rankDir: "LR" } as never).run();
      expect(cy.$id("b").position().x).toBeGreaterThan(cy.$id("a").position().x);
    } finally {
      cy.destroy();
    }
  });
});
