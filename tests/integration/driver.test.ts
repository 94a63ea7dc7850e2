/** The one driver module against the real server: sessions share the bookmarks of this process's writes. */
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "../helpers/graph.js";

describe("GraphDb", () => {
  const db = testDb();
  afterAll(async () => {
    await db.write("cleanup", (tx) => tx.run("MATCH (n:DriverTestMarker) DELETE n"));
    await db.close();
  });

  it("starts every later session after the writes it has seen, including those of other request views", async () => {
    const request = db.withStats();
    const before = await db.latestBookmarks();
    await request.write("marker", (tx) => tx.run("CREATE (:DriverTestMarker {at: timestamp()})"));
    const after = await db.latestBookmarks();
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    // A read through another view of the same process sees the write (read-your-writes).
    const [row] = await db
      .withStats()
      .read("marker-count", (tx) => tx.run<{ n: number }>("MATCH (m:DriverTestMarker) RETURN count(m) AS n"));
    expect(row!.n).toBeGreaterThan(0);
  });

  it("sends whole numbers as integers and fractions as floats", async () => {
    const [row] = await db.read("types", (tx) =>
      tx.run<{ whole: string; fraction: string; nested: string }>(
        "RETURN valueType($whole) AS whole, valueType($fraction) AS fraction, valueType($map.list[0]) AS nested",
        {
          whole: 2009,
          fraction: 0.5,
          map: { list: [3] },
        },
      ),
    );
    expect(row).toEqual({ whole: "INTEGER NOT NULL", fraction: "FLOAT NOT NULL", nested: "INTEGER NOT NULL" });
  });
});
