/**
 * Bounds the database work of the whole process and shares it fairly. At most `slots`
 * transactions run at once (fewer than the driver's pool, so a burst never times out
 * waiting for a connection); one request runs at most `perRequest` of them at once (15
 * aliases do not take 15 slots), one client at most `perClient`; and when transactions wait, the next free slot goes to the
 * client that has waited its turn, round-robin by client: one client's burst queues behind
 * itself, not in front of everybody else. A transaction that waits longer than
 * `queueTimeoutMs` is refused (the server is busy), never queued for ever.
 */

export interface GateOptions {
  slots: number;
  perRequest: number;
  /** Slots one client (token subject or address) may hold at once. */
  perClient: number;
  queueTimeoutMs: number;
}

export class GateBusyError extends Error {
  override name = "GateBusyError";
}

interface Waiter {
  request: RequestGate;
  start: () => void;
  fail: (error: Error) => void;
}

export class Gate {
  private running = 0;
  private readonly clients = new Map<string, number>();
  /** Clients with waiting transactions, in turn order; each client's waiters in arrival order. */
  private readonly queues = new Map<string, Waiter[]>();

  constructor(readonly options: GateOptions) {}

  /** A request's view: its own limit, queued under its client's key (address or token subject). */
  forRequest(client: string, unbounded = false): RequestGate {
    return new RequestGate(this, client, unbounded);
  }

  get waiting(): number {
    let n = 0;
    for (const queue of this.queues.values()) n += queue.length;
    return n;
  }

  /** @internal */
  acquire(request: RequestGate): Promise<void> {
    if (this.running < this.options.slots && this.startable(request) && !this.queues.size) {
      this.take(request);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const queue = this.queues.get(request.client);
        const i = queue?.indexOf(waiter) ?? -1;
        if (i >= 0) {
          queue!.splice(i, 1);
          if (!queue!.length) this.queues.delete(request.client);
        }
        reject(new GateBusyError(`The database is busy: waited ${this.options.queueTimeoutMs} ms for a turn.`));
      }, this.options.queueTimeoutMs);
      const waiter: Waiter = {
        request,
        start: () => {
          clearTimeout(timer);
          resolve();
        },
        fail: reject,
      };
      const queue = this.queues.get(request.client);
      if (queue) queue.push(waiter);
      else this.queues.set(request.client, [waiter]);
      this.next();
    });
  }

  /** @internal */
  release(request: RequestGate): void {
    this.running -= 1;
    request.running -= 1;
    const held = (this.clients.get(request.client) ?? 1) - 1;
    if (held > 0) this.clients.set(request.client, held);
    else this.clients.delete(request.client);
    this.next();
  }

  private startable(request: RequestGate): boolean {
    if (request.unbounded) return true;
    return (
      request.running < this.options.perRequest && (this.clients.get(request.client) ?? 0) < this.options.perClient
    );
  }

  private take(request: RequestGate): void {
    this.running += 1;
    request.running += 1;
    this.clients.set(request.client, (this.clients.get(request.client) ?? 0) + 1);
  }

  /** Hands free slots out round-robin: the first client in turn order with a startable waiter. */
  private next(): void {
    while (this.running < this.options.slots && this.queues.size) {
      let started = false;
      for (const [client, queue] of this.queues) {
        const i = queue.findIndex((w) => this.startable(w.request));
        if (i < 0) continue;
        const [waiter] = queue.splice(i, 1);
        // Its turn is used: the client goes to the back of the line.
        this.queues.delete(client);
        if (queue.length) this.queues.set(client, queue);
        this.take(waiter!.request);
        waiter!.start();
        started = true;
        break;
      }
      if (!started) return;
    }
  }
}

export class RequestGate {
  running = 0;
  constructor(
    private readonly gate: Gate,
    readonly client: string,
    /** The process's own work (start-up, CLIs, token checks): only the total bound applies. */
    readonly unbounded = false,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.gate.acquire(this);
    try {
      return await work();
    } finally {
      this.gate.release(this);
    }
  }
}
