/** A progress bar on stderr (redrawn in place on a terminal, a line per 10% otherwise) with the rate in elements per second. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private lastDecile = -1;
  private readonly started = performance.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(count: number): void {
    this.done += count;
    const now = performance.now();
    const finished = this.done >= this.total;
    if (this.stream.isTTY) {
      if (now - this.lastDraw < 150 && !finished) return;
      this.lastDraw = now;
      this.stream.write(`\r${this.line()}${finished ? "\n" : ""}`);
      return;
    }
    const decile = Math.floor((10 * this.done) / Math.max(1, this.total));
    if (decile !== this.lastDecile) {
      this.lastDecile = decile;
      this.stream.write(`${this.line()}\n`);
    }
  }

  /** Elements per second so far. */
  rate(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  private line(): string {
    const width = 30;
    const share = Math.min(1, this.done / Math.max(1, this.total));
    const filled = Math.round(share * width);
    const bar = `${"#".repeat(filled)}${".".repeat(width - filled)}`;
    return `${this.label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${this.done}/${this.total} elements, ${Math.round(this.rate())} el/s`;
  }
}
