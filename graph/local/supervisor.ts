/**
 * Keeps the local Neo4j of `npm start` running: when the server process exits without being
 * asked to (a crash, an OOM kill, `kill -9`), it is started again after a back-off that
 * doubles from `initialMs` to `maxMs` and resets once a start has stayed up for `stableMs`.
 * Every exit and restart is logged. `stop()` stops it for good.
 */
import type { LocalNeo4j } from "./server.js";

export interface SupervisorOptions {
  initialMs?: number;
  maxMs?: number;
  stableMs?: number;
  log?: (line: string) => void;
}

export class Neo4jSupervisor {
  restarts = 0;
  private stopped = false;
  private delayMs: number;
  private timer: NodeJS.Timeout | undefined;
  private startedAt = Date.now();

  private constructor(
    private current: LocalNeo4j,
    private readonly start: () => Promise<LocalNeo4j>,
    private readonly options: Required<SupervisorOptions>,
  ) {
    this.delayMs = options.initialMs;
    this.watch(current);
  }

  /** Supervises `first` (already started by `start`); only servers this process owns can be. */
  static supervise(
    first: LocalNeo4j,
    start: () => Promise<LocalNeo4j>,
    options: SupervisorOptions = {},
  ): Neo4jSupervisor {
    return new Neo4jSupervisor(first, start, {
      initialMs: options.initialMs ?? 1_000,
      maxMs: options.maxMs ?? 30_000,
      stableMs: options.stableMs ?? 60_000,
      log: options.log ?? (() => {}),
    });
  }

  get server(): LocalNeo4j {
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current.stop();
  }

  private watch(server: LocalNeo4j): void {
    this.startedAt = Date.now();
    server.onExit((code, signal) => {
      if (this.stopped) return;
      if (Date.now() - this.startedAt >= this.options.stableMs) this.delayMs = this.options.initialMs;
      this.options.log(
        `Neo4j (pid ${server.pid}) exited unexpectedly (${signal ?? `code ${code}`}); starting it again in ${(this.delayMs / 1000).toFixed(1)} s.`,
      );
      this.schedule();
    });
  }

  private schedule(): void {
    const delay = this.delayMs;
    this.delayMs = Math.min(this.delayMs * 2, this.options.maxMs);
    this.timer = setTimeout(() => void this.restart(), delay);
  }

  private async restart(): Promise<void> {
    if (this.stopped) return;
    try {
      const server = await this.start();
      if (this.stopped) {
        await server.stop();
        return;
      }
      this.current = server;
      this.restarts += 1;
      this.options.log(`Neo4j restarted (pid ${server.pid}, restart ${this.restarts}).`);
      this.watch(server);
    } catch (error) {
      this.options.log(
        `Starting Neo4j again failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); next try in ${(this.delayMs / 1000).toFixed(1)} s.`,
      );
      this.schedule();
    }
  }
}
