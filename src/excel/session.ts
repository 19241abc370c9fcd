/** One batch run against Excel: its context plus what it cost, for tests and the benchmark. */

export interface ExcelStats {
  operation: string;
  /** `context.sync()` calls, i.e. round trips to Excel. */
  syncs: number;
  /** Requests that carried cell values (row chunks of large reads and writes). */
  chunks: number;
  /** Estimated request bytes per write sync (reads: empty; their size is known only afterwards). */
  requestBytes: number[];
}

export class Session {
  readonly stats: ExcelStats;

  constructor(
    readonly ctx: Excel.RequestContext,
    operation: string,
  ) {
    this.stats = { operation, syncs: 0, chunks: 0, requestBytes: [] };
  }

  /** Sends what is queued; every round trip goes through here so it is counted. */
  async sync(): Promise<void> {
    this.stats.syncs += 1;
    await this.ctx.sync();
  }
}
