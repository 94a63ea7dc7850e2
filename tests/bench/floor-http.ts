/**
 * The HTTP floor: the least a server can do to answer the bench's GraphQL requests over HTTP.
 * A bare `node:http` handler (no Express, no Apollo, no GraphQL): it reads the JSON body,
 * picks the answer by the operation's name, runs the same Cypher through the driver module
 * (impact: the graph repository's `impactOf`, the statement and layering the API uses;
 * nested listing: the floor statement, whose answer the API's equals), builds the JSON the
 * API returns for the bench's selection (same field names, nesting and order),
 * `JSON.stringify`s it and sends it. API over HTTP / this = what Express, Apollo, GraphQL
 * and the resolvers cost on top of the database work, the JSON and the socket.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GraphDb } from "../../graph/driver.js";
import { impactOf, type ImpactRecord } from "../../graph/repositories/impact.repository.js";
import { nestedFloor } from "./floor.js";

/** What the API reads of each impacted node for the bench's selection (`node { id name kind }`, `from { id }`, `to { id }`). */
export const IMPACT_PROPERTIES = ["id", "kind", "name"] as const;

/** The operation name of a GraphQL document that starts with one named operation, else null. */
export function operationNameOf(query: unknown): string | null {
  if (typeof query !== "string") return null;
  return /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1] ?? null;
}

/** A stored kind as the API's NodeKind enum names it ("StatusItem" -> "STATUS_ITEM"). */
export const kindName = (kind: string) => kind.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();

/** The API's answer to the bench's impact selection (queries.graphql.ts IMPACT), field for field. */
export function impactAnswer(record: ImpactRecord) {
  return {
    impact: {
      truncated: record.truncated,
      truncatedReason: record.truncatedReason,
      nodes: record.nodes.map((n) => ({
        depth: n.depth,
        node: { id: n.node.id, name: n.node.name, kind: kindName(n.node.kind) },
        viaEdgeIds: n.via.map((e) => e.id),
      })),
      edges: record.edges.map((e) => ({
        id: e.id,
        type: e.type,
        evidence: e.evidence,
        section: e.section,
        from: { id: e.from.id },
        to: { id: e.to.id },
      })),
    },
  };
}

type Variables = Record<string, unknown>;
type Handler = (db: GraphDb, variables: Variables) => Promise<unknown>;

const HANDLERS: Record<string, Handler> = {
  async BenchImpact(db, v) {
    const record = await impactOf(db, String(v.id), "downstream", Number(v.depth), IMPACT_PROPERTIES);
    if (!record) throw new Error(`No node ${String(v.id)}`);
    return impactAnswer(record);
  },
  async BenchNested(db, v) {
    return { departments: await nestedFloor(db, String(v.planId)) };
  },
};

/** Operations the HTTP floor answers (by name). */
export const HTTP_FLOOR_OPERATIONS = Object.keys(HANDLERS);

const MAX_BODY = 100 * 1024;

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
  });
  res.end(body);
}

export function httpFloorHandler(db: GraphDb): http.RequestListener {
  return (req, res) => {
    if (req.method !== "POST") return send(res, 405, '{"errors":[{"message":"POST only"}]}');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on("end", () => {
      let body: { query?: unknown; variables?: Variables };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as typeof body;
      } catch {
        return send(res, 400, '{"errors":[{"message":"body is not JSON"}]}');
      }
      const handler = HANDLERS[operationNameOf(body.query) ?? ""];
      if (!handler) return send(res, 400, '{"errors":[{"message":"unknown operation"}]}');
      handler(db, body.variables ?? {}).then(
        (data) => send(res, 200, JSON.stringify({ data })),
        (error: unknown) =>
          send(
            res,
            500,
            JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }),
          ),
      );
    });
  };
}

export interface RunningHttpFloor {
  url: string;
  stop(): Promise<void>;
}

/** Listens on 127.0.0.1, port 0 (ephemeral). */
export async function startHttpFloor(db: GraphDb): Promise<RunningHttpFloor> {
  const server = http.createServer({ keepAlive: true }, httpFloorHandler(db));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
