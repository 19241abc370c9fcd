/**
 * The heart of the strict fake: like Office.js, every call only queues an
 * operation; `sync()` runs the queue in order against the memory workbook,
 * fails the way Excel fails (payload limits, cell-edit mode, API sets the host
 * lacks, invalid arguments) and only then makes loaded properties readable.
 */
import type { MemWorkbook } from "../../support/memory-workbook";

/**
 * Shaped like OfficeExtension.Error: a `code`, and `debugInfo.errorLocation`
 * naming the object type and member that failed ("WorksheetCollection.add"),
 * which Excel gives where it knows it.
 */
export class FakeRichApiError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(readonly code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export function richError(code: string, message = code, errorLocation?: string): FakeRichApiError {
  return new FakeRichApiError(code, message, errorLocation);
}

export interface OpResult {
  /** Bytes this operation adds to the response. */
  responseBytes?: number;
  /** Runs only when the whole sync succeeds (makes loads readable). */
  commit?: () => void;
}

export interface Op {
  /** Approximate request bytes: JSON of the arguments plus the object path. */
  bytes: number;
  /** Minimum ExcelApi version, e.g. 1.9. */
  api: number;
  /** True when the op writes or loads cell values. */
  values: boolean;
  exec: () => OpResult | void;
}

export interface FakeStats {
  syncCount: number;
  /** Approximate request bytes of each sync, in order. */
  bytesPerSync: number[];
  responseBytesPerSync: number[];
  /** Syncs that carried cell values (written or loaded). */
  chunks: number;
}

export interface EngineOptions {
  /** The host's ExcelApi version (default 1.9). */
  apiVersion?: number;
  /** Excel on the web: 5 MB per request and per response. */
  requestLimit?: number;
  responseLimit?: number;
  /**
   * A string Excel would take for a formula ("=…", "+…", "-…", "@…", a tab first)
   * written to a cell not formatted as text: "reject" (default) fails the sync,
   * because the add-in must never turn register text into a formula; "parse"
   * stores it as Excel would, for tests of the fake itself.
   */
  formulaText?: "reject" | "parse";
}

const OP_PATH_BYTES = 40;

export class FakeEngine {
  readonly stats: FakeStats = { syncCount: 0, bytesPerSync: [], responseBytesPerSync: [], chunks: 0 };
  readonly apiVersion: number;
  requestLimit: number;
  responseLimit: number;
  readonly formulaText: "reject" | "parse";
  private queue: Op[] = [];
  private failures: { count: number; code: string; location?: string } = { count: 0, code: "" };

  constructor(readonly wb: MemWorkbook, options: EngineOptions = {}) {
    this.apiVersion = options.apiVersion ?? 1.9;
    this.requestLimit = options.requestLimit ?? 5_000_000;
    this.responseLimit = options.responseLimit ?? 5_000_000;
    this.formulaText = options.formulaText ?? "reject";
  }

  /** Queues an operation; `payload` is what the real API would serialise into the request. */
  enqueue(payload: unknown, exec: Op["exec"], options: { api?: number; values?: boolean } = {}): void {
    const bytes = (payload === undefined ? 0 : JSON.stringify(payload)?.length ?? 0) + OP_PATH_BYTES;
    this.queue.push({ bytes, exec, api: options.api ?? 1.1, values: options.values ?? false });
  }

  /** The next `count` syncs fail with `code` (at `location`, if given) and run nothing (Excel in cell-edit mode). */
  failNextSyncs(count: number, code = "InvalidOperationInCellEditMode", location?: string): void {
    this.failures = { count, code, ...(location ? { location } : {}) };
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncCount += 1;
    const request = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.stats.bytesPerSync.push(request);
    if (this.failures.count > 0) {
      this.failures.count -= 1;
      throw richError(this.failures.code, "Excel refused the request.", this.failures.location);
    }
    if (request > this.requestLimit) throw richError("RequestPayloadSizeLimitExceeded", `Request of ${request} bytes`);
    let response = 0;
    const commits: (() => void)[] = [];
    for (const op of ops) {
      if (op.api > this.apiVersion) throw richError("ApiNotFound", `Needs ExcelApi ${op.api}`);
      const result = op.exec();
      response += result?.responseBytes ?? 0;
      if (result?.commit) commits.push(result.commit);
    }
    this.stats.responseBytesPerSync.push(response);
    if (response > this.responseLimit) throw richError("ResponsePayloadSizeLimitExceeded", `Response of ${response} bytes`);
    if (ops.some((op) => op.values)) this.stats.chunks += 1;
    commits.forEach((commit) => commit());
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  /** `isSetSupported` as a host of this version answers it. */
  isSetSupported = (name: string, version: string): boolean => name === "ExcelApi" && Number(version) <= this.apiVersion;
}

/**
 * Base of every proxy: `load` queues a snapshot of the named properties, and a
 * property read before that sync succeeded throws PropertyNotLoaded.
 */
export abstract class FakeObject {
  private loaded = new Map<string, unknown>();

  constructor(protected readonly engine: FakeEngine) {}

  /** The current value of a loadable property from the model (called while a sync runs). */
  protected abstract snapshot(property: string): unknown;

  /** Properties a load without arguments would bring; the fake refuses it to catch over-loading. */
  load(properties?: string | string[]): this {
    if (properties === undefined) throw new Error("Strict fake: load() without property names loads everything; name them.");
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter(Boolean);
    this.enqueue(list);
    return this;
  }

  protected enqueue(list: string[], api = 1.1): void {
    this.engine.enqueue(
      list,
      () => {
        const values = list.map((p) => [p, this.snapshot(p)] as const);
        return {
          responseBytes: JSON.stringify(values.map(([, v]) => v)).length,
          commit: () => values.forEach(([p, v]) => this.loaded.set(p, v)),
        };
      },
      { api, values: list.includes("values") },
    );
  }

  /** Marks properties loaded with the given values (collections fill their items this way). */
  setLoaded(property: string, value: unknown): void {
    this.loaded.set(property, value);
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw richError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(property) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
