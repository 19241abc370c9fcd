/**
 * Measures what a very large register costs, for docs/limits.md:
 *
 *   npx tsx scripts/limits.ts core TABS ROWS   the pure engine: read + check, trends,
 *                                              report and Kontroll plans; time and memory
 *   npx tsx scripts/limits.ts excel TABS ROWS  the tertial report through the Office.js
 *                                              adapter over the strict fake (5 MB request and
 *                                              response limits): round trips, chunks, largest request
 *   npx tsx scripts/limits.ts file TABS ROWS OUT.xlsx
 *                                              writes the synthetic register as a plain
 *                                              .xlsx (values only, as a register saved by
 *                                              Excel without formatting), for timing
 *                                              `pledge check` on it with /usr/bin/time -v
 *
 * The register is `scripts/bench/synthetic-register.ts`: TABS partner tabs with
 * ROWS activity rows each. Prints one JSON line.
 */
import { writeFileSync } from "node:fs";
import { utils, write } from "@e965/xlsx";
import { checkRegister } from "../src/core/check-register";
import { serialFromYMD } from "../src/core/date";
import { finalReportPlan } from "../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../src/core/report/model/final-report-model";
import { tertialReportModel } from "../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../src/core/report/layout/tertial-report-plan";
import { computeTrends } from "../src/core/trends/trends";
import { makeTertialReport, writeKontroll } from "../src/app/report";
import { createExcelPort } from "../src/excel/excel-port";
import type { ExcelStats } from "../src/excel/session";
import { createStrictFake } from "../tests/excel/strict-fake";
import { syntheticRegister } from "./bench/synthetic-register";

const [mode, tabsArg, rowsArg, out] = process.argv.slice(2);
const tabs = Number(tabsArg ?? 300);
const rows = Number(rowsArg ?? 100);
const mb = (bytes: number) => Math.round(bytes / 1_048_576);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

function timed<T>(label: string, times: Record<string, number>, work: () => T): T {
  const start = performance.now();
  const result = work();
  times[label] = Math.round(performance.now() - start);
  sample();
  return result;
}

function core(): void {
  const times: Record<string, number> = {};
  const grids = timed("build", times, () => syntheticRegister(tabs, rows));
  const now = new Date("2025-09-05T12:32:00Z");
  const today = serialFromYMD(2025, 9, 5)!;
  const check = timed("check", times, () => checkRegister(grids, { today }));
  const tertial = check.tertial!;
  timed("trends", times, () => computeTrends(check.register, tertial));
  const context = { register: check.register, findings: check.findings, createdAt: now };
  const report = timed("tertialReport", times, () => tertialReportPlan(tertialReportModel(context, tertial), "Rapport"));
  timed("finalReport", times, () => finalReportPlan(finalReportModel(context), "Slutrapport"));
  const kontroll = timed("kontroll", times, () => kontrollPlan(check.findings, now, "Kontroll"));
  clearInterval(timer);
  console.log(
    JSON.stringify({
      mode,
      tabs,
      rowsPerTab: rows,
      activityRows: check.register.activities.length,
      findings: check.findings.length,
      reportRows: report.values.length,
      kontrollRows: kontroll.values.length,
      kontrollLinks: kontroll.links.length,
      ms: times,
      peakRssMb: mb(peakRss),
      heapUsedMb: mb(process.memoryUsage().heapUsed),
    }),
  );
}

function file(path: string): void {
  const grids = syntheticRegister(tabs, rows);
  const wb = utils.book_new();
  for (const sheet of grids.sheets) utils.book_append_sheet(wb, utils.aoa_to_sheet(sheet.values), sheet.name);
  const bytes = write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
  writeFileSync(path, bytes);
  clearInterval(timer);
  console.log(JSON.stringify({ mode, tabs, rowsPerTab: rows, file: path, sizeMb: Math.round((bytes.length / 1_048_576) * 10) / 10 }));
}

/** Runs `work` through the adapter, collecting its batches; an error becomes its code. */
async function viaExcel(label: string, work: (port: ReturnType<typeof createExcelPort>) => Promise<unknown>) {
  const fake = createStrictFake(syntheticRegister(tabs, rows));
  const stats: ExcelStats[] = [];
  const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s) });
  const start = performance.now();
  let error: string | null = null;
  try {
    await work(port);
  } catch (e) {
    error = (e as { code?: string }).code ?? (e as Error).message;
  }
  sample();
  const mbOf = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
  return {
    label,
    ms: Math.round(performance.now() - start),
    error,
    batches: stats.map((s) => ({ operation: s.operation, syncs: s.syncs, chunks: s.chunks })),
    largestRequestMb: mbOf(Math.max(0, ...fake.engine.stats.bytesPerSync)),
    largestResponseMb: mbOf(Math.max(0, ...fake.engine.stats.responseBytesPerSync)),
  };
}

async function excel(): Promise<void> {
  const now = new Date("2025-09-05T12:32:00Z");
  const results = [
    await viaExcel("read", (port) => port.readAll()),
    await viaExcel("tertial report without Kontroll", (port) => makeTertialReport(port, { now, withKontroll: false })),
    await viaExcel("Kontroll", (port) => writeKontroll(port, { now })),
  ];
  clearInterval(timer);
  console.log(JSON.stringify({ mode, tabs, rowsPerTab: rows, results, peakRssMb: mb(peakRss) }));
}

if (mode === "core") core();
else if (mode === "excel") void excel();
else if (mode === "file" && out) file(out);
else {
  clearInterval(timer);
  console.error("Användning: npx tsx scripts/limits.ts core|excel FLIKAR RADER | file FLIKAR RADER UT.xlsx");
  process.exitCode = 2;
}
