/**
 * The core run of the benchmark cut into its steps, each timed in CPU time (user + system) and wall
 * time, medians over the runs after a warm-up: `node --import tsx scripts/bench/core-phases.ts [tabs] [rows] [runs]`.
 * The steps are `checkRegister`'s own, in its order, then trends, the report model (its fingerprint apart),
 * the report plan and the Kontroll plan. For finding what to cut; the benchmark's figure is `core_ms.total`.
 * The last two columns are the garbage collection that started within each step (wall ms, medians): scavenges
 * (minor) and mark-compacts (major), from Node's `gc` performance entries. A scavenge falls into whichever step
 * allocates when the young generation fills, and costs what is alive then, not what that step made.
 */
import { checkActivities } from "../../src/core/checks/activity-checks";
import { checkCompleteness, reportGaps, tablessPartners } from "../../src/core/checks/completeness";
import { checkContext } from "../../src/core/checks/context";
import { checkIndicatorsFixed } from "../../src/core/checks/indicator-changed";
import { checkMasterSheets } from "../../src/core/checks/master-checks";
import { checkMeasuresWithoutActivity } from "../../src/core/checks/promise-checks";
import { checkValues } from "../../src/core/checks/value-checks";
import { sortFindings } from "../../src/core/check-register";
import { activityFigures } from "../../src/core/figures/activity-figures";
import { buildRegister } from "../../src/core/register/build-register";
import { readRegister } from "../../src/core/register/read-register";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { readReportLog } from "../../src/core/report/log/read-log";
import { dataFingerprint } from "../../src/core/report/model/fingerprint";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { computeTrends } from "../../src/core/trends/trends";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { median } from "./measure";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";
import { syntheticRegister } from "./synthetic-register";

const [tabs, rows, runs] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 5)];
const grids = syntheticRegister(tabs, rows);
const cpu: Record<string, number[]> = {};
const wall: Record<string, number[]> = {};
const gcMinor: Record<string, number[]> = {};
const gcMajor: Record<string, number[]> = {};
/** Each collection's start and length (wall ms, the clock of performance.now) and whether it was a scavenge. */
const collections: { start: number; duration: number; minor: boolean }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    // A gc entry names its kind in `detail` (Node 16 and later).
    const kind = (e as { detail?: { kind?: number } }).detail?.kind;
    collections.push({ start: e.startTime, duration: e.duration, minor: kind === constants.NODE_PERFORMANCE_GC_MINOR });
  }
}).observe({ entryTypes: ["gc"] });
/** Steps' wall spans of the run being timed, for the collections that started inside them (entries come in later). */
const spans: { name: string; from: number; to: number }[] = [];

function step<T>(name: string, run: () => T): T {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = run();
  const used = process.cpuUsage(c);
  (wall[name] ??= []).push(performance.now() - t);
  (cpu[name] ??= []).push((used.user + used.system) / 1000);
  spans.push({ name, from: t, to: performance.now() });
  return out;
}

/** Adds up the collections that started in each step of the runs timed so far (the entries of a run are in by then). */
function settleCollections(): void {
  const byStep: Record<string, { minor: number; major: number }> = {};
  for (const { name, from, to } of spans) {
    const sums = (byStep[name] ??= { minor: 0, major: 0 });
    for (const c of collections) if (c.start >= from && c.start < to) sums[c.minor ? "minor" : "major"] += c.duration;
  }
  for (const [name, { minor, major }] of Object.entries(byStep)) {
    (gcMinor[name] ??= []).push(minor);
    (gcMajor[name] ??= []).push(major);
  }
  spans.length = 0;
  collections.length = 0;
}

async function main(): Promise<void> {
  for (let r = 0; r <= runs; r++) {
    if (r === 1) for (const k of Object.keys(cpu)) ((cpu[k] = []), (wall[k] = []), (gcMinor[k] = []), (gcMajor[k] = []));
    step("total", () => {
      const draft = step("read", () => readRegister(grids));
      const ctx = step("context+masters+log", () => {
        const ctx = checkContext(draft, BENCH_TODAY);
        checkMasterSheets(ctx);
        checkIndicatorsFixed(ctx, readReportLog(grids));
        return ctx;
      });
      step("activity checks", () => draft.tabs.forEach((t) => checkActivities(ctx, t)));
      step("value checks", () => draft.tabs.forEach((t) => checkValues(ctx, t)));
      const register = step("build register", () => buildRegister(draft));
      step("completeness", () => {
        const gaps = reportGaps(ctx, [...draft.tabs, ...tablessPartners(ctx, draft.tabs)], BENCH_TERTIAL);
        checkCompleteness(ctx, gaps, BENCH_TERTIAL);
      });
      step("measures without activity", () => checkMeasuresWithoutActivity(ctx, draft.tabs, BENCH_TERTIAL));
      const findings = step("sort findings", () => sortFindings([...draft.findings, ...ctx.findings], draft.sheetOrder));
      step("trends", () => computeTrends(register, BENCH_TERTIAL));
      step("(fingerprint alone)", () => dataFingerprint(register));
      step("(activity figures alone)", () => activityFigures(register, BENCH_TERTIAL));
      const model = step("report model", () => tertialReportModel({ register, findings, createdAt: BENCH_NOW }, BENCH_TERTIAL));
      step("report plan", () => tertialReportPlan(model, "Rapport T3 2025"));
      step("kontroll plan", () => kontrollPlan(findings, BENCH_NOW, "Kontroll"));
    });
    // The gc entries of this run are delivered once the run has yielded to the event loop.
    await new Promise((done) => setTimeout(done, 5));
    settleCollections();
  }
  const f = (x: number) => x.toFixed(1).padStart(8);
  process.stdout.write(`${"step".padEnd(28)}   cpu ms  wall ms gc minor gc major  (medians of ${runs})\n`);
  for (const k of Object.keys(cpu)) {
    const gc = `${f(median(gcMinor[k] ?? [0]))} ${f(median(gcMajor[k] ?? [0]))}`;
    process.stdout.write(`${k.padEnd(28)} ${f(median(cpu[k]!))} ${f(median(wall[k]!))} ${gc}\n`);
  }
}

void main();
