/**
 * Time of the pure core, as the report use case spends it: read and check the
 * grids, compute the trends, and build the report and Kontroll plans. One
 * warm-up run, then the median of each step and of the whole over `runs`.
 */
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { computeTrends } from "../../src/core/trends/trends";
import { median, ms } from "./measure";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";

export interface CoreTimes {
  read_check: number;
  trends: number;
  report_plan: number;
  /** Median of each run's whole (not the sum of the step medians). */
  total: number;
}

export interface CoreResult {
  core_ms: CoreTimes;
  /** Process CPU time of a whole run (median), which other work on the machine does not inflate. */
  core_cpu_ms: { total: number };
  runs: number;
  /** What the check found, to show the data is realistic: counts by severity and rows left out. */
  findings: { error: number; warning: number; info: number; excluded_rows: number };
}

function once(grids: WorkbookGrids) {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
  const t1 = performance.now();
  const trends = computeTrends(check.register, BENCH_TERTIAL);
  const t2 = performance.now();
  const model = tertialReportModel({ register: check.register, findings: check.findings, createdAt: BENCH_NOW }, BENCH_TERTIAL);
  const plans = [tertialReportPlan(model, "Rapport T3 2025"), kontrollPlan(check.findings, BENCH_NOW, "Kontroll")];
  const t3 = performance.now();
  const used = process.cpuUsage(cpu);
  if (trends.indicators.length === 0 || plans[0]!.values.length === 0) throw new Error("The synthetic register gave an empty report.");
  return {
    times: { read_check: t1 - t0, trends: t2 - t1, report_plan: t3 - t2, total: t3 - t0 },
    cpu: (used.user + used.system) / 1000,
    check,
  };
}

export function timeCore(grids: WorkbookGrids, runs: number): CoreResult {
  const warm = once(grids);
  const { counts, register } = warm.check;
  const findings = { ...counts, excluded_rows: register.excludedRows };
  // Only the times are kept: a run's register must not stay alive and slow the next run's garbage collection.
  const results = Array.from({ length: runs }, () => {
    const { times, cpu } = once(grids);
    return { times, cpu };
  });
  const pick = (k: keyof CoreTimes) => ms(median(results.map((r) => r.times[k])));
  return {
    core_ms: { read_check: pick("read_check"), trends: pick("trends"), report_plan: pick("report_plan"), total: pick("total") },
    core_cpu_ms: { total: ms(median(results.map((r) => r.cpu))) },
    runs,
    findings,
  };
}
