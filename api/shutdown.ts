/**
 * The order of a clean stop (Ctrl-C, SIGTERM): first the API stops taking requests and
 * drains those in flight (up to the drain plugin's grace period), then the database
 * connection closes, and only then is the local Neo4j stopped, so a write in flight during
 * the drain still reaches the database. Neo4j runs in its own process group, so a
 * terminal's Ctrl-C reaches only the API.
 */
export interface Stoppable {
  stop(): Promise<void>;
}

export async function shutdown(parts: {
  api: Stoppable;
  db: { close(): Promise<void> };
  neo4j?: Stoppable | undefined;
  log: (line: string) => void;
}): Promise<void> {
  await parts.api.stop();
  parts.log("HTTP server drained and stopped.");
  await parts.db.close();
  if (parts.neo4j) {
    await parts.neo4j.stop();
    parts.log("Neo4j stopped.");
  }
}
