/**
 * A driver for CPU profiles of the core on the synthetic register
 * (`node --import tsx scripts/bench/profile-core.ts [tabs] [rows] [runs]`):
 * the benchmark's core run, repeated, with each step's time on stderr.
 *
 * With `CPU_PROFILE=FILE`, the runs after the first are profiled through the
 * inspector and written to FILE (`profile-summary.ts FILE` sums it): a profile
 * taken with `node --cpu-prof` also holds building the synthetic register and
 * the garbage collection of its 200 MB, which the benchmark does not time.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { checkRegister } from "../../src/core/check-register";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { computeTrends } from "../../src/core/trends/trends";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";
import { syntheticRegister } from "./synthetic-register";

const [tabs, rows, runs] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 2000), Number(process.argv[4] ?? 4)];
const grids = syntheticRegister(tabs, rows);
// With PHASES=1, phase marks go to stdout, between the lines of `node --trace-gc`.
const mark = (phase: string) => process.env.PHASES && process.stdout.write(`--- ${phase}\n`);
const profileFile = process.env.CPU_PROFILE;
const session = profileFile ? new Session() : null;
// The inspector answers these synchronously: the callbacks have run when `post` returns.
const post = (method: string, then?: (result: unknown) => void) =>
  session!.post(method, (error, result) => (error ? console.error(error) : then?.(result)));

const f = (x: number) => x.toFixed(0).padStart(5);
for (let i = 0; i < runs; i++) {
  if (session && i === 1) {
    session.connect();
    post("Profiler.enable");
    post("Profiler.start");
  }
  mark(`run ${i}: check`);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
  const t1 = performance.now();
  mark("trends");
  computeTrends(check.register, BENCH_TERTIAL);
  const t2 = performance.now();
  mark("report");
  const model = tertialReportModel({ register: check.register, findings: check.findings, createdAt: BENCH_NOW }, BENCH_TERTIAL);
  tertialReportPlan(model, "Rapport T3 2025");
  const t3 = performance.now();
  mark("kontroll");
  kontrollPlan(check.findings, BENCH_NOW, "Kontroll");
  const t4 = performance.now();
  const used = process.cpuUsage(cpu);
  process.stderr.write(
    `check ${f(t1 - t0)}  trends ${f(t2 - t1)}  report ${f(t3 - t2)}  kontroll ${f(t4 - t3)}  total ${f(t4 - t0)}  cpu ${f((used.user + used.system) / 1000)} (system ${f(used.system / 1000)})\n`,
  );
}
if (session && profileFile) {
  post("Profiler.stop", (result) => writeFileSync(profileFile, JSON.stringify((result as { profile: unknown }).profile)));
  session.disconnect();
  process.stderr.write(`profile of runs 2–${runs}: ${profileFile}\n`);
}
