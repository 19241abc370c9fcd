/**
 * The core run of the benchmark cut into its steps, each timed in CPU time (user + system) and wall
 * time, medians over the runs after a warm-up: `node --import tsx scripts/bench/core-phases.ts [tabs] [rows] [runs]`.
 * The steps are `checkRegister`'s own, in its order, then trends, the report model (its fingerprint apart),
 * the report plan and the Kontroll plan. For finding what to cut; the benchmark's figure is `core_ms.total`.
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
import { median } from "./measure";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";
import { syntheticRegister } from "./synthetic-register";

const [tabs, rows, runs] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 5)];
const grids = syntheticRegister(tabs, rows);
const cpu: Record<string, number[]> = {};
const wall: Record<string, number[]> = {};

function step<T>(name: string, run: () => T): T {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = run();
  const used = process.cpuUsage(c);
  (wall[name] ??= []).push(performance.now() - t);
  (cpu[name] ??= []).push((used.user + used.system) / 1000);
  return out;
}

for (let r = 0; r <= runs; r++) {
  if (r === 1) for (const k of Object.keys(cpu)) (cpu[k] = []), (wall[k] = []);
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
}
const f = (x: number) => x.toFixed(1).padStart(8);
process.stdout.write(`${"step".padEnd(28)}   cpu ms  wall ms  (medians of ${runs})\n`);
for (const k of Object.keys(cpu)) process.stdout.write(`${k.padEnd(28)} ${f(median(cpu[k]!))} ${f(median(wall[k]!))}\n`);
