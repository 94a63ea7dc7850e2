import { describe, expect, it } from "vitest";
import { nearestInDirection, nearestTo } from "../../../client/src/features/graph/lib/nearest-in-direction";

//        up
//   left  o  right      (o = origin at 0,0; y grows downwards as on screen)
//        down
const origin = { id: "o", x: 0, y: 0 };
const nodes = [
  origin,
  { id: "right-near-but-high", x: 40, y: -60 },
  { id: "right-straight", x: 100, y: 5 },
  { id: "far-right", x: 300, y: 0 },
  { id: "left", x: -80, y: 10 },
  { id: "down", x: 10, y: 90 },
];

describe("nearestInDirection", () => {
  it("moves to the node straight along the arrow before a nearer one off to the side", () => {
    expect(nearestInDirection(origin, nodes, "right")).toBe("right-straight");
    expect(nearestInDirection(origin, nodes, "left")).toBe("left");
    expect(nearestInDirection(origin, nodes, "down")).toBe("down");
  });

  it("takes a node within 60 degrees, and nothing behind or beside", () => {
    expect(nearestInDirection(origin, nodes, "up")).toBe("right-near-but-high");
    expect(nearestInDirection({ id: "far-right", x: 300, y: 0 }, nodes, "right")).toBeNull();
    expect(nearestInDirection(origin, [origin, { id: "beside", x: 10, y: -100 }], "right")).toBeNull();
  });

  it("starts at the node nearest a point", () => {
    expect(nearestTo({ x: 95, y: 0 }, nodes)).toBe("right-straight");
    expect(nearestTo({ x: 0, y: 0 }, [])).toBeNull();
  });
});
