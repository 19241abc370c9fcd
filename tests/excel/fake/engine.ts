/**
 * The heart of the strict fake: like Office.js, every call only queues an
 * operation; `sync()` runs the queue in order against the memory workbook,
 * fails the way Excel fails (payload limits counted in UTF-8 bytes, cell-edit
 * mode, API sets the host lacks, invalid arguments) and only then makes loaded
 * properties readable. The events a request raises (its own writes, and on
 * Windows and Mac the activation that freezing another sheet's panes raises)
 * reach the handlers after the request, as in Excel.
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

/** Which Excel the fake behaves as, where they differ. */
export type Platform = "windows" | "mac" | "web";

export interface EngineOptions {
  /** The host's ExcelApi version (default 1.9; give 1.10 and above as strings, "1.14", as 1.14 < 1.9 in numbers). */
  apiVersion?: number | string;
  /**
   * Default "windows". "web": a request or response over the payload limit fails with GeneralException, as
   * Excel on the web reports it as often as the payload codes (OfficeDev/office-js#1314, #1012); freezing
   * panes raises no activation there. (The 5 MB limits themselves apply to every platform here, so the
   * adapter stays safe on the web whatever the tests run as.)
   */
  platform?: Platform;
  /** Cells one get may read before `values` comes back null (default five million, as in Excel). */
  readCellLimit?: number;
  /** False: a host that ignores `delayForCellEdit` and fails every batch while a cell is edited. */
  delaysForCellEdit?: boolean;
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
  /**
   * False: the fake does not measure what each request and response would carry (no `payloadBytes`, the
   * `bytesPerSync` and `responseBytesPerSync` entries are 0, so the 5 MB limits never trip). Only for the
   * benchmark's time-to-interactive host (`scripts/bench/pane-office-stub.ts`), where that measuring is the
   * instrument's own work on the page's thread, which Excel does not do there; every test and the sync-count
   * benchmark keep the default, true.
   */
  countBytes?: boolean;
}

const OP_PATH_BYTES = 40;

/** The minor version of "1.14" or 1.9: requirement-set versions compare part by part, not as decimals. */
const minors = new Map<number | string, number>();

export function minorOf(version: number | string): number {
  // Asked of every queued operation at every sync: kept by version.
  const known = minors.get(version);
  if (known !== undefined) return known;
  const [major, minor = "0"] = String(version).split(".");
  if (major !== "1") throw new TypeError(`Strict fake: ExcelApi ${String(version)}?`);
  minors.set(version, Number(minor));
  return Number(minor);
}

/** Excel reads at most five million cells in one get (values of a larger range come back null). */
export const MAX_READ_CELLS = 5_000_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of what the request or response carries (JSON, as Office.js sends it). */
export function payloadBytes(payload: unknown): number {
  if (payload === undefined) return 0;
  const json = JSON.stringify(payload);
  return json === undefined ? 0 : encoder.encode(json).length;
}

/** An event a request raised, delivered to the handlers of its kind after the sync. */
export interface RaisedEvent {
  kind: "changed" | "activated";
  sheetId: string;
  args: Record<string, unknown>;
}

/** How the run a sync belongs to was started. */
export interface SyncOptions {
  delayForCellEdit: boolean;
}

export class FakeEngine {
  readonly stats: FakeStats = { syncCount: 0, bytesPerSync: [], responseBytesPerSync: [], chunks: 0 };
  /** The host's ExcelApi minor version (1.9 → 9, "1.14" → 14). */
  readonly apiMinor: number;
  requestLimit: number;
  responseLimit: number;
  readonly formulaText: "reject" | "parse";
  readonly platform: Platform;
  readonly delaysForCellEdit: boolean;
  readonly readCellLimit: number;
  readonly countBytes: boolean;
  private queue: Op[] = [];
  private failures: { skip: number; count: number; code: string; location?: string } = { skip: 0, count: 0, code: "" };
  private editing: { ended: Promise<void>; end: () => void } | null = null;
  private raised: RaisedEvent[] = [];
  private deliveries: Promise<void>[] = [];
  /** Where raised events go (the fake's handler registry). */
  deliver: (event: RaisedEvent) => Promise<void> = async () => {};

  constructor(readonly wb: MemWorkbook, options: EngineOptions = {}) {
    this.apiMinor = minorOf(options.apiVersion ?? 1.9);
    this.requestLimit = options.requestLimit ?? 5_000_000;
    this.responseLimit = options.responseLimit ?? 5_000_000;
    this.formulaText = options.formulaText ?? "reject";
    this.platform = options.platform ?? "windows";
    this.delaysForCellEdit = options.delaysForCellEdit ?? true;
    this.readCellLimit = options.readCellLimit ?? MAX_READ_CELLS;
    this.countBytes = options.countBytes ?? true;
  }

  /** `payloadBytes(payload)`, or 0 when this fake does not count bytes (`countBytes: false`). */
  bytesOf(payload: unknown): number {
    return this.countBytes ? payloadBytes(payload) : 0;
  }

  /** Queues an operation; `payload` is what the real API would serialise into the request. */
  enqueue(payload: unknown, exec: Op["exec"], options: { api?: number; values?: boolean } = {}): void {
    const bytes = this.countBytes ? payloadBytes(payload) + OP_PATH_BYTES : 0;
    this.queue.push({ bytes, exec, api: options.api ?? 1.1, values: options.values ?? false });
  }

  /** Called by an operation while its sync runs: the event goes out only if the whole sync succeeds. */
  raise(event: RaisedEvent): void {
    this.raised.push(event);
  }

  /** A person starts typing in a cell: batches fail, or wait when run with `delayForCellEdit`. */
  startCellEdit(): void {
    if (this.editing) return;
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  /** The person presses Enter: waiting batches go on. */
  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  get inCellEdit(): boolean {
    return this.editing !== null;
  }

  /** Resolves once every event raised so far has reached its handlers. */
  async settle(): Promise<void> {
    while (this.deliveries.length > 0) await Promise.all(this.deliveries.splice(0));
  }

  private oversize(code: string, message: string): FakeRichApiError {
    return this.platform === "web" ? richError("GeneralException", `An internal error has occurred. (${message})`) : richError(code, message);
  }

  /** The next `count` syncs fail with `code` (at `location`, if given) and run nothing (Excel in cell-edit mode). */
  failNextSyncs(count: number, code = "InvalidOperationInCellEditMode", location?: string, skip = 0): void {
    this.failures = { skip, count, code, ...(location ? { location } : {}) };
  }

  async sync(options: SyncOptions = { delayForCellEdit: false }): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncCount += 1;
    const request = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.stats.bytesPerSync.push(request);
    if (this.failures.count > 0 && this.failures.skip > 0) this.failures.skip -= 1;
    else if (this.failures.count > 0) {
      this.failures.count -= 1;
      throw richError(this.failures.code, "Excel refused the request.", this.failures.location);
    }
    while (this.editing) {
      // Excel refuses the whole request while a cell is edited, unless the run asked it to wait.
      if (!options.delayForCellEdit || !this.delaysForCellEdit) {
        throw richError("InvalidOperationInCellEditMode", "The request cannot be processed while a cell is being edited.");
      }
      await this.editing.ended;
    }
    if (request > this.requestLimit) throw this.oversize("RequestPayloadSizeLimitExceeded", `Request of ${request} bytes`);
    let response = 0;
    const commits: (() => void)[] = [];
    this.raised = [];
    try {
      for (const op of ops) {
        if (minorOf(op.api) > this.apiMinor) throw richError("ApiNotFound", `Needs ExcelApi ${op.api}`);
        const result = op.exec();
        response += result?.responseBytes ?? 0;
        if (result?.commit) commits.push(result.commit);
      }
      this.stats.responseBytesPerSync.push(response);
      if (response > this.responseLimit) throw this.oversize("ResponsePayloadSizeLimitExceeded", `Response of ${response} bytes`);
    } catch (error) {
      // What ran before the failing operation stays done, as in Excel; its events still go out.
      this.dispatch();
      throw error;
    }
    if (ops.some((op) => op.values)) this.stats.chunks += 1;
    commits.forEach((commit) => commit());
    this.dispatch();
  }

  /** Hands the sync's events to the handlers on a later task, after the sync's promise has resolved. */
  private dispatch(): void {
    const events = this.raised;
    this.raised = [];
    for (const event of events) {
      this.deliveries.push(new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.deliver(event)));
    }
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.queue.length;
  }

  /** `isSetSupported` as a host of this version answers it. */
  isSetSupported = (name: string, version: string): boolean => name === "ExcelApi" && minorOf(version) <= this.apiMinor;
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
        const values = this.snapshotAll(list);
        return {
          responseBytes: this.engine.bytesOf(values.map(([, v]) => v)),
          commit: () => values.forEach(([p, v]) => this.loaded.set(p, v)),
        };
      },
      { api, values: list.includes("values") },
    );
  }

  /** The snapshots of one load's properties, taken at once (nothing runs between them). */
  protected snapshotAll(list: string[]): (readonly [string, unknown])[] {
    return list.map((p) => [p, this.snapshot(p)] as const);
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
