/**
 * Detects a Neo4j that accepts connections but does not answer: a paused (SIGSTOP) or hung
 * server keeps its sockets open, so neither the driver's connection timeout nor the
 * server's transaction timeout ever fires. When any transaction has waited `stallMs`, a
 * probe (`RETURN 1` on a connection of its own) must answer within `probeMs`; if it does
 * not, twice in a row, every waiting transaction fails at once (SERVICE_UNAVAILABLE) and the
 * database counts as down until a probe answers again. A slow query on a healthy server is
 * left alone, and so is a busy API process: the deadline counts only time in which this
 * process's event loop was free to read the answer (a loop blocked by a large answer does
 * not make Neo4j look dead).
 */
import type { Driver } from "./driver.js";

export interface WatchdogTiming {
  stallMs: number;
  probeMs: number;
}

const TICK_MS = 50;

export class Watchdog {
  /** True after failed probes, until one succeeds. */
  down = false;
  private failures = 0;
  private driver: Driver | undefined;
  private probing: Promise<boolean> | undefined;
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly makeDriver: () => Driver,
    private readonly database: string | undefined,
    private readonly timing: WatchdogTiming,
  ) {}

  /** Resolves like `work`, or rejects with `unavailable()` when a probe finds the server unresponsive. */
  guard<T>(work: Promise<T>, unavailable: () => Error): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        cleanup();
        reject(error);
      };
      const timer = setInterval(() => void this.probe(), this.timing.stallMs);
      const onDown = () => fail(unavailable());
      const cleanup = () => {
        clearInterval(timer);
        this.waiting.delete(onDown);
      };
      this.waiting.add(onDown);
      work.then(
        (value) => {
          if (settled) return;
          settled = true;
          cleanup();
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          cleanup();
          reject(error);
        },
      );
    }).finally(() => {
      // An abandoned transaction finishes (or fails) on its own once the server answers again.
      work.catch(() => {});
    });
  }

  /** One probe at a time; concurrent callers share its answer. */
  probe(): Promise<boolean> {
    this.probing ??= this.runProbe().finally(() => {
      this.probing = undefined;
    });
    return this.probing;
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = undefined;
    await driver?.close().catch(() => {});
  }

  private async runProbe(): Promise<boolean> {
    this.driver ??= this.makeDriver();
    const driver = this.driver;
    let answered: boolean | undefined;
    const answer = driver.executeQuery("RETURN 1 AS ok", {}, { database: this.database }).then(
      () => (answered = true),
      () => (answered = false),
    );
    // Waited time, counted in ticks of at most TICK ms: a tick that comes late (the event loop
    // was busy) counts as one tick, and the answer gets the I/O phase before the next check.
    let waited = 0;
    let last = Date.now();
    while (answered === undefined && waited < this.timing.probeMs) {
      await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      await new Promise((resolve) => setImmediate(resolve));
      const now = Date.now();
      waited += Math.min(now - last, TICK_MS * 2);
      last = now;
    }
    void answer;
    const ok = answered === true;
    if (ok) {
      this.failures = 0;
      this.down = false;
      return true;
    }
    // A hung connection stays in the pool; start the next probe on a fresh driver.
    this.driver = undefined;
    void driver.close().catch(() => {});
    this.failures += 1;
    if (this.failures >= 2 || this.down) {
      this.down = true;
      for (const onDown of [...this.waiting]) onDown();
    }
    return false;
  }
}
