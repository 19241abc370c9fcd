/** Everything measured for one register size: core time, round trips, request bytes, the xlsx path. */
import { timeCoreBundled } from "./core-bundle";
import { timeCore, type CoreResult } from "./core-timing";
import { type LiveCheckResult, timeLiveCheck } from "./live-check";
import { progress } from "./measure";
import type { BenchSize } from "./sizes";
import { countAllRoundTrips, type UseCase, type UseCaseRoundTrips } from "./sync-counts";
import { syntheticCounts, syntheticRegister } from "./synthetic-register";
import { timeXlsxPath, type XlsxTimes } from "./xlsx-timing";

export interface SizeResult extends CoreResult {
  /** What `core_ms` timed: the core bundled as the pledge command ships it (plain node), or the sources under tsx (`--core-source`). */
  core_from: "bundle" | "source";
  tabs: number;
  rows_per_tab: number;
  /** Data rows of every table (settings, partners, measures, indicators, activities, values). */
  rows: number;
  activity_rows: number;
  value_rows: number;
  /** The partner's live check of one tab (`app/check-tab.ts`), the register sheets' context kept. */
  live_check?: LiveCheckResult;
  syncs?: Record<UseCase, number>;
  /** Round trips forced by Excel on the web's 5 MB limit, per use case; only when there are any. */
  chunks?: Partial<Record<UseCase, number>>;
  chunk_arithmetic?: Partial<Record<UseCase, string>>;
  request_bytes?: {
    /** Largest request of any use case, as the fake counts it. */
    max: number;
    /** The tertial report's round trips: list, values, write (as the fake counts them). */
    per_request: number[];
    /** The adapter's own (cautious) estimate of each write request of the report. */
    report_write_estimate: number[];
  };
  response_bytes?: { max: number; refused: number };
  xlsx_ms?: XlsxTimes;
}

export interface SizeOptions {
  runs?: number;
  /** Time the sources in this process (tsx) instead of the bundle (see core-bundle.ts). */
  coreFromSource?: boolean;
  syncs: boolean;
  xlsx: boolean;
}

function roundTripFields(
  all: Record<UseCase, UseCaseRoundTrips>,
): Pick<SizeResult, "syncs" | "chunks" | "chunk_arithmetic" | "request_bytes" | "response_bytes"> {
  const entries = Object.entries(all) as [UseCase, UseCaseRoundTrips][];
  const syncs = Object.fromEntries(entries.map(([k, v]) => [k, v.syncs])) as Record<UseCase, number>;
  const forced = entries.filter(([, v]) => v.chunks > 0);
  const out: ReturnType<typeof roundTripFields> = {
    syncs,
    request_bytes: {
      max: Math.max(...entries.flatMap(([, v]) => v.request_bytes)),
      per_request: all.report.request_bytes,
      report_write_estimate: all.report.write_requests,
    },
    response_bytes: {
      max: Math.max(...entries.map(([, v]) => v.max_response_bytes)),
      refused: entries.reduce((s, [, v]) => s + v.refused_responses, 0),
    },
  };
  if (forced.length > 0) {
    out.chunks = Object.fromEntries(forced.map(([k, v]) => [k, v.chunks]));
    out.chunk_arithmetic = Object.fromEntries(forced.map(([k, v]) => [k, v.arithmetic ?? ""]));
  }
  return out;
}

export async function measureSize(size: BenchSize, options: SizeOptions): Promise<SizeResult> {
  progress(`${size.name}: ${size.tabs} tabs × ${size.rowsPerTab} activity rows`);
  const register = syntheticRegister(size.tabs, size.rowsPerTab);
  const counts = syntheticCounts(size.tabs, size.rowsPerTab);
  const runs = options.runs ?? size.runs;
  progress(`${size.name}: core${options.coreFromSource ? " (the sources, tsx)" : " (bundled as it ships, out/bench-core)"}, warm-up and ${runs} runs`);
  const core = options.coreFromSource ? timeCore(register, runs) : await timeCoreBundled(size.tabs, size.rowsPerTab, runs);
  const result: SizeResult = {
    core_from: options.coreFromSource ? "source" : "bundle",
    tabs: size.tabs,
    rows_per_tab: size.rowsPerTab,
    rows: counts.rows,
    activity_rows: counts.activityRows,
    value_rows: counts.valueRows,
    ...core,
  };
  progress(`${size.name}: live check of one tab, 30 keystrokes`);
  result.live_check = await timeLiveCheck(register, 30);
  if (options.syncs) {
    progress(`${size.name}: round trips of each use case against the strict Excel fake`);
    Object.assign(result, roundTripFields(await countAllRoundTrips(register)));
  }
  if (options.xlsx) {
    const xlsxRuns = Math.min(options.runs ?? size.xlsxRuns, size.xlsxRuns);
    progress(`${size.name}: xlsx path, writing the register file, a warm-up and ${xlsxRuns} runs`);
    result.xlsx_ms = await timeXlsxPath(register, xlsxRuns);
  }
  return result;
}
