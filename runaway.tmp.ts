import "reflect-metadata";
import { connect } from "./tests/bench/lib/neo4j.ts";
import { startApi, gql } from "./tests/bench/lib/api.ts";
import { GRAPH } from "./tests/bench/queries.graphql.ts";
const admin = connect("bolt://127.0.0.1:7692");
const api = await startApi(connect("bolt://127.0.0.1:7692", 10_000));
const t0 = performance.now();
const call = gql(api.url, GRAPH, { filter: { limit: 2000 } }).then((r) => console.log(`API answered after ${((performance.now() - t0) / 1000).toFixed(1)} s:`, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message?.slice(0, 60)));
for (let i = 0; i < 40; i++) {
  await new Promise((r) => setTimeout(r, 5000));
  const rows = await admin.read("show", (tx) => tx.run<any>("SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime, status, cpuTime WHERE metaData.app = 'plangraf' RETURN transactionId, metaData.operation AS op, elapsedTime, status, cpuTime"));
  const p = performance.now(); const ping = await admin.read("ping", (tx) => tx.run("MATCH (n:Entity {id: 'syn-000-lyngbyby-2009'}) RETURN n.id")); 
  console.log(`${((performance.now() - t0) / 1000).toFixed(0)} s:`, JSON.stringify(rows), `ping ${(performance.now() - p).toFixed(0)} ms`);
  if (!rows.length && i > 2) break;
}
await call; await api.stop(); await admin.close();
