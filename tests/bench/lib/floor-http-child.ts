/**
 * The HTTP floor (floor-http.ts) in its own process, like the API processes it is compared
 * with (api-child.ts): connects to the Neo4j named by NEO4J_URI, listens on 127.0.0.1 port 0
 * and prints its URL.
 */
import { readNeo4jSettings } from "../../../graph/config.js";
import { startHttpFloor } from "../floor-http.js";
import { connect } from "./neo4j.js";

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error("NEO4J_URI is required");
// The same transaction timeout as the API processes.
const db = connect(uri, readNeo4jSettings().txTimeoutMs);
const floor = await startHttpFloor(db);
process.stdout.write(`${floor.url}\n`);
const stop = async () => {
  await floor.stop();
  await db.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
