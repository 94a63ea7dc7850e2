// `npm start`: install if needed, build the client if needed, then run the server
// (which provisions and starts a local Neo4j unless NEO4J_URI is set). Any Node from 20 up can
// start it; the server itself runs on the project's Node 22 (the `node` devDependency).
import { ensureClientBuilt, ensureInstalled, projectNode, runForeground } from "./run.mjs";

const major = Number(process.versions.node.split(".")[0]);
if (major < 20) {
  console.error(`plangraf: Node ${process.versions.node} found; Node 20 or later is needed.`);
  process.exit(1);
}
ensureInstalled();
ensureClientBuilt();
runForeground(projectNode(), ["--import", "tsx", "api/main.ts"], { NODE_ENV: process.env.NODE_ENV ?? "production" });
