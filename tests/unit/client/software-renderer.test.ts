import { describe, expect, it } from "vitest";
import { isSoftwareRenderer } from "../../../client/src/lib/cytoscape";
import { DRAFT_ABOVE_ELEMENTS, layoutOptions } from "../../../client/src/features/graph/lib/layout-options";

describe("choosing how to draw", () => {
  it.each([
    ["ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)", true],
    ["llvmpipe (LLVM 15.0.6, 256 bits)", true],
    ["ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)", false],
    ["Apple M2", false],
  ])("tells a software renderer: %s -> %s", (renderer, software) => {
    expect(isSoftwareRenderer(renderer)).toBe(software);
  });

  it("lays out big graphs in draft quality, counting edges too", () => {
    expect(layoutOptions("fcose", 300, 400)).toMatchObject({ quality: "default" });
    expect(layoutOptions("fcose", 1000, DRAFT_ABOVE_ELEMENTS)).toMatchObject({ quality: "draft", numIter: 1000 });
    expect(layoutOptions("fcose", 1300)).toMatchObject({ quality: "draft" });
  });
});
