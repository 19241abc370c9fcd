/**
 * A write is a list of small steps, each queueing a few Office.js operations
 * and carrying an estimate of its request bytes, so the steps of all plans can
 * be packed into as few requests as the payload budget allows.
 */
import { estimateBytes } from "./chunk";
import type { Feature } from "./requirements";

/** What a step may touch while its request is being queued. */
export interface StepScope {
  readonly ctx: Excel.RequestContext;
  /** The proxy of sheet `name` in this request (one `getItem` per request and sheet). */
  sheet(name: string): Excel.Worksheet;
  /** Makes `sheet` the proxy for `name` (after `worksheets.add`). */
  remember(name: string, sheet: Excel.Worksheet): void;
}

export interface WriteStep {
  /** Estimated request bytes. */
  bytes: number;
  /** True for a block of cell values (counted as a chunk). */
  values: boolean;
  run(scope: StepScope): void;
}

/**
 * A step whose request bytes are estimated from `payload` (the arguments it
 * sends) and `ops`, about how many proxies and calls it queues.
 */
export function step(payload: unknown, run: (scope: StepScope) => void, options: { ops?: number; values?: boolean } = {}): WriteStep {
  return { bytes: estimateBytes(payload, options.ops ?? 1), values: options.values ?? false, run };
}

/** What apply functions know besides the plan. */
export interface StepEnv {
  supports(feature: Feature): boolean;
}

/** A fresh scope for one request. */
export function createScope(ctx: Excel.RequestContext): StepScope {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    ctx,
    sheet(name) {
      let sheet = sheets.get(name);
      if (!sheet) {
        sheet = ctx.workbook.worksheets.getItem(name);
        sheets.set(name, sheet);
      }
      return sheet;
    },
    remember(name, sheet) {
      sheets.set(name, sheet);
    },
  };
}
