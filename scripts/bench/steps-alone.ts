/**
 * One step of the core run repeated in one process on the synthetic register, CPU time (user + system, GC threads
 * included) of each repetition, median and least of those after the first two:
 * `node --import tsx scripts/bench/steps-alone.ts read|activity|check|model|model-parts|plans|plans-kept [runs]`. In a whole run a scavenge falls into
 * whichever step runs when the young generation fills; a step alone, many times, says more about that step. To
 * compare two trees, run the script from each in turn (`git archive OLD | tar -x -C DIR`, node_modules linked).
 */
import { checkActivities } from "../../src/core/checks/activity-checks";
import { checkContext } from "../../src/core/checks/context";
import { checkMasterSheets } from "../../src/core/checks/master-checks";
import { checkRegister } from "../../src/core/check-register";
import { readRegister } from "../../src/core/register/read-register";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { activityFigures } from "../../src/core/figures/activity-figures";
import { scopedData } from "../../src/core/report/model/fingerprint";
import { median } from "./measure";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";
import { syntheticRegister } from "./synthetic-register";

const step = process.argv[2] ?? "plans";
const runs = Number(process.argv[3] ?? 12);
const grids = syntheticRegister(200, 2000);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: Record<string, number[]> = {};
const time = (name: string, work: () => void) => {
  const c = cpu();
  work();
  (times[name] ??= []).push(cpu() - c);
};

if (step === "read") {
  for (let r = 0; r < runs; r++) time("read", () => readRegister(grids));
} else if (step === "activity") {
  for (let r = 0; r < runs; r++) {
    const draft = readRegister(grids);
    const ctx = checkContext(draft, BENCH_TODAY);
    checkMasterSheets(ctx);
    time("activity checks", () => draft.tabs.forEach((t) => checkActivities(ctx, t)));
  }
} else if (step === "check") {
  for (let r = 0; r < runs; r++) time("check", () => checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL }));
} else if (step === "model") {
  // The report model after a fresh check each round: its passes over the rows come after the check's, as in a run.
  for (let r = 0; r < runs; r++) {
    const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
    time("report model", () => tertialReportModel({ register: check.register, findings: check.findings, createdAt: BENCH_NOW }, BENCH_TERTIAL));
  }
} else if (step === "model-parts") {
  // The report model's two passes over the rows, each after a fresh check.
  for (let r = 0; r < runs; r++) {
    const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
    time("figures", () => activityFigures(check.register, BENCH_TERTIAL));
    time("fingerprint", () => scopedData(check.register, [{ kind: "tertial", tertial: BENCH_TERTIAL }]));
  }
} else if (step === "plans") {
  const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
  const model = tertialReportModel({ register: check.register, findings: check.findings, createdAt: BENCH_NOW }, BENCH_TERTIAL);
  for (let r = 0; r < runs; r++) {
    time("report plan", () => tertialReportPlan(model, "Rapport T3 2025"));
    time("kontroll plan", () => kontrollPlan(check.findings, BENCH_NOW, "Kontroll"));
  }
} else if (step === "plans-kept") {
  // Both plans a round, each round's plans alive until the next round's are made, as a benchmark run keeps its
  // plans: a scavenge falls into either plan, so the round is the figure (the two steps of `plans` move with it).
  const check = checkRegister(grids, { today: BENCH_TODAY, tertial: BENCH_TERTIAL });
  const model = tertialReportModel({ register: check.register, findings: check.findings, createdAt: BENCH_NOW }, BENCH_TERTIAL);
  let kept: unknown = null;
  for (let r = 0; r < runs; r++) {
    time("both plans", () => {
      kept = [tertialReportPlan(model, "Rapport T3 2025"), kontrollPlan(check.findings, BENCH_NOW, "Kontroll")];
    });
  }
  if (kept === null) throw new Error("no plans made");
} else {
  process.stderr.write("usage: steps-alone.ts read|activity|check|model|model-parts|plans|plans-kept [runs]\n");
  process.exit(2);
}
for (const [name, values] of Object.entries(times)) {
  const kept = values.slice(2);
  process.stdout.write(`${name.padEnd(16)} cpu ms median ${median(kept).toFixed(1)}, least ${Math.min(...kept).toFixed(1)} (of ${kept.length})\n`);
}
