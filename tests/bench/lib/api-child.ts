/**
 * One more Plangraf API process for the scale-out check: connects to the Neo4j named by
 * NEO4J_URI, builds the app (api/server.ts) and listens on 127.0.0.1 port 0; prints its URL.
 * (Not api/main.ts: that one seeds and provisions, which is not what is tested here.)
 */
import { readNeo4jSettings } from "../../../graph/config.js";
import { connect } from "./neo4j.js";
import { startApi } from "./api.js";

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("NEO4J_URI is required");
// The product's transaction timeout (PLANGRAF_TX_TIMEOUT_MS, 10 s by default).
const db = connect(uri, readNeo4jSettings().txTimeoutMs);
const api = await startApi(db);
process.stdout.write(`${api.url}\n`);
const stop = async () => {
  await api.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
