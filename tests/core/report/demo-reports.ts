/** The demo register's report plans at every tertial of its pledge and its Slutrapport, for tests of what prints. */
import { checkRegister } from "../../../src/core/check-register";
import { serialFromYMD } from "../../../src/core/date";
import type { TertialPeriod } from "../../../src/core/period";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../src/core/report/layout/tertial-report-plan";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../../src/demo/demo-register";

/** The demo pledge's tertials (August 2024 – December 2025). */
export const DEMO_TERTIALS: readonly TertialPeriod[] = [
  { kind: "tertial", year: 2024, tertial: 2 },
  { kind: "tertial", year: 2024, tertial: 3 },
  { kind: "tertial", year: 2025, tertial: 1 },
  { kind: "tertial", year: 2025, tertial: 2 },
  { kind: "tertial", year: 2025, tertial: 3 },
];

const CREATED = new Date(2026, 0, 8, 9, 15);

export interface NamedPlan {
  name: string;
  plan: SheetPlan;
}

/** Each tertial's report as made a week into January 2026, as `pledge report` makes it, then the Slutrapport. */
export function demoReportPlans(): NamedPlan[] {
  const register = demoRegister();
  const plans = DEMO_TERTIALS.map((t) => {
    const check = checkRegister(register, { today: serialFromYMD(2026, 1, 8)!, tertial: t });
    const name = `Rapport T${t.tertial} ${t.year}`;
    const ctx = { register: check.register, findings: check.findings, createdAt: CREATED };
    return { name, plan: tertialReportPlan(tertialReportModel(ctx, t), name) };
  });
  const check = checkRegister(register, { today: serialFromYMD(2026, 1, 8)!, tertial: DEMO_TERTIALS[DEMO_TERTIALS.length - 1]! });
  const ctx = { register: check.register, findings: check.findings, createdAt: CREATED };
  return [...plans, { name: "Slutrapport", plan: finalReportPlan(finalReportModel(ctx), "Slutrapport") }];
}
