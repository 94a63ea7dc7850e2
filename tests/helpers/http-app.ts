/**
 * The API over real HTTP for integration tests: built on the test database, listening on a
 * free port of 127.0.0.1, its logs (info and up, JSON lines) kept in `logLines`.
 */
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { createLogger } from "../../api/logger.js";
import { buildApp, type App, type AppOptions } from "../../api/server.js";
import type { GraphDb } from "../../graph/driver.js";
import { TEST_AUTH } from "./api.js";

export interface HttpTestApp {
  app: App;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Every log line the app wrote, in order; tests may empty it. */
  logLines: string[];
}

export async function serveTestApp(db: GraphDb, options: Partial<AppOptions> = {}): Promise<HttpTestApp> {
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  const app = await buildApp({
    db,
    auth: TEST_AUTH,
    production: true,
    logger: createLogger({ level: "info", destination }),
    rateLimitPerMinute: false,
    ...options,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  return { app, base: `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`, logLines };
}
