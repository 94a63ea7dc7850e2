/**
 * PROFILE for a Cypher statement: database hits, rows, the busiest operators, the size of
 * the result as the driver hands it over, and the server's own time.
 */
import { neo4j, type Driver } from "../../../graph/driver.js";
import type { Params } from "../../../graph/driver.js";

export interface ProfileSummary {
  dbHits: number;
  rows: number;
  resultBytes: number;
  serverMs: number;
  /** The operators with the most database hits, as "Operator hits: details". */
  hottest: string[];
  /** The whole plan, indented, one operator a line. */
  plan: string[];
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function walk(node: PlanNode, depth: number, out: { line: string; hits: number }[]): void {
  const details = String(node.arguments.Details ?? "")
    .replace(/\s+/g, " ")
    .slice(0, 160);
  out.push({
    line: `${"  ".repeat(depth)}${node.operatorType.replace(/@neo4j$/, "")} rows=${node.rows} hits=${node.dbHits}${details ? ` ${details}` : ""}`,
    hits: node.dbHits,
  });
  for (const child of node.children) walk(child, depth + 1, out);
}

/**
 * One PROFILEd execution (it returns the records too), streamed: the result's size is
 * counted record by record and not kept, and the transaction is bounded by `timeoutMs`.
 */
export async function profile(
  driver: Driver,
  cypher: string,
  params: Params,
  timeoutMs = 20_000,
): Promise<ProfileSummary> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(`PROFILE ${cypher}`, params);
        let rows = 0;
        let resultBytes = 0;
        for await (const record of result) {
          rows += 1;
          resultBytes += JSON.stringify(record.toObject()).length;
        }
        const summary = await result.summary();
        const root = summary.profile as unknown as PlanNode | false;
        const lines: { line: string; hits: number }[] = [];
        if (root) walk(root, 0, lines);
        return {
          dbHits: lines.reduce((s, l) => s + l.hits, 0),
          rows,
          resultBytes,
          serverMs: Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter),
          hottest: [...lines]
            .sort((a, b) => b.hits - a.hits)
            .slice(0, 3)
            .map((l) => l.line.trim().slice(0, 140)),
          plan: lines.map((l) => l.line),
        };
      },
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}

export function profileDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""), {
    disableLosslessIntegers: true,
    userAgent: "plangraf-bench-profile",
  });
}
