/** The targets, judged from the figures; `met: null` when the figures needed were not measured. */
import { type BundleResult, PANE_JS_BUDGET_GZ } from "./bundle-size";
import type { CliRatio } from "./cli-ratio";
import type { PaneResult } from "./pane-tti";
import type { SizeResult } from "./size-result";
import { EXCEL_WEB_LIMIT_BYTES } from "./sync-counts";

export interface Target {
  met: boolean | null;
  detail: string;
}

export interface Targets {
  syncs_at_most_3_small: Target;
  syncs_same_at_large: Target;
  no_request_over_5mb: Target;
  large_core_under_1s: Target;
  large_core_at_most_300ms: Target;
  live_check_at_most_5ms_1_sync: Target;
  pane_js_not_heavier_than_template: Target;
  pane_js_at_most_100000_gz: Target;
  pane_tti_at_most_350ms: Target;
  cli_check_large_at_most_half_floor: Target;
  cli_check_small_at_most_1_5_floor: Target;
}

const cliTarget = (r: CliRatio | undefined, limit: number, what: string): Target =>
  r
    ? {
        met: r.ratio <= limit,
        detail: `${r.ratio}× the SheetJS read floor (check ${r.check_ms} ms, floor ${r.floor_ms} ms, medians of ${r.runs}; pairs ${Math.min(...r.pair_ratios)}–${Math.max(...r.pair_ratios)})`,
      }
    : unmeasured(what);

const unmeasured = (what: string): Target => ({ met: null, detail: `not measured (${what})` });

/** The large register's core time as a target's detail, saying what was timed (the bundle or the sources). */
function coreDetail(large: SizeResult): string {
  const timed = large.core_from === "source" ? "the sources under tsx" : "the core bundled as it ships";
  return `${large.core_ms.total} ms wall (median), ${large.core_cpu_ms.total} ms CPU, ${timed}`;
}

export function judge(
  small: SizeResult | undefined,
  large: SizeResult | undefined,
  bundle: BundleResult | undefined,
  cli?: { small?: CliRatio; large?: CliRatio },
  pane?: PaneResult,
): Targets {
  const syncsSmall = small?.syncs;
  const syncsLarge = large?.syncs;
  const sizes = [small, large].filter((s): s is SizeResult => s?.request_bytes !== undefined);
  const maxRequest = Math.max(...sizes.map((s) => s.request_bytes!.max));
  const maxResponse = Math.max(...sizes.map((s) => s.response_bytes!.max));
  const differing =
    syncsSmall && syncsLarge ? Object.keys(syncsSmall).filter((k) => syncsSmall[k as never] !== syncsLarge[k as never]) : [];
  const worst = syncsSmall ? Object.entries(syncsSmall).sort((a, b) => b[1] - a[1])[0] : undefined;
  return {
    syncs_at_most_3_small: syncsSmall
      ? { met: Object.values(syncsSmall).every((n) => n <= 3), detail: `most: ${worst![1]} (${worst![0]})` }
      : unmeasured("--skip-syncs or --only large"),
    syncs_same_at_large:
      syncsSmall && syncsLarge
        ? {
            met: differing.length === 0,
            detail: differing.length === 0 ? "equal for every use case; forced chunks counted apart" : `differ: ${differing.join(", ")}`,
          }
        : unmeasured("needs both sizes"),
    no_request_over_5mb:
      sizes.length > 0
        ? {
            met: maxRequest <= EXCEL_WEB_LIMIT_BYTES && maxResponse <= EXCEL_WEB_LIMIT_BYTES,
            detail: `largest request ${maxRequest} bytes, largest response let through ${maxResponse} bytes`,
          }
        : unmeasured("--skip-syncs"),
    large_core_under_1s: large
      ? { met: large.core_ms.total < 1000, detail: coreDetail(large) }
      : unmeasured("--only small"),
    large_core_at_most_300ms: large
      ? { met: large.core_ms.total <= 300, detail: coreDetail(large) }
      : unmeasured("--only small"),
    live_check_at_most_5ms_1_sync: large?.live_check
      ? {
          met: large.live_check.tab_ms <= 5 && large.live_check.reads_per_check === 1 && large.live_check.same_findings,
          detail: `${large.live_check.tab_ms} ms median (slowest tenth from ${large.live_check.tab_p90_ms} ms), ${large.live_check.reads_per_check} read; the whole check it replaced ${large.live_check.whole_read_ms} ms; findings ${large.live_check.same_findings ? "the same" : "DIFFER"}`,
        }
      : unmeasured("--only small"),
    pane_js_not_heavier_than_template: bundle
      ? {
          met: bundle.js_gzip_bytes <= bundle.template_gzip_bytes,
          detail: `${bundle.js_gzip_bytes} vs ${bundle.template_gzip_bytes} bytes gzipped`,
        }
      : unmeasured("--skip-bundle"),
    pane_js_at_most_100000_gz: bundle
      ? { met: bundle.js_gzip_bytes <= PANE_JS_BUDGET_GZ, detail: `${bundle.js_gzip_bytes} of ${PANE_JS_BUDGET_GZ} bytes gzipped` }
      : unmeasured("--skip-bundle"),
    pane_tti_at_most_350ms:
      pane?.tti_ms != null && pane.runs
        ? {
            met: pane.tti_ms <= 350,
            detail:
              `${pane.tti_ms} ms median of ${pane.runs.length} loads (${Math.min(...pane.runs)}–${Math.max(...pane.runs)})` +
              (pane.checked_ms !== undefined ? `; the whole first check done at ${pane.checked_ms} ms` : ""),
          }
        : unmeasured(pane?.reason ?? "--skip-tti"),
    cli_check_large_at_most_half_floor: cliTarget(cli?.large, 0.5, "--skip-cli or --only small"),
    cli_check_small_at_most_1_5_floor: cliTarget(cli?.small, 1.5, "--skip-cli or --only large"),
  };
}
