/**
 * The demo's reports and how many pages each may print on (issue 12, page fit): the plan test
 * (page-fit.test.ts) and the LibreOffice test (tests/xlsx/page-fit-libreoffice.test.ts) share them.
 * The limits are the goal: three pages a tertial report (every tertial of the demo, T3 2025 with the
 * most activities included), four the Slutrapport; they fail on the layout before the per-table grid
 * (five a tertial, six the Slutrapport) and on the tertial report with its charts under the partner
 * table (four for T3 2025).
 */
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../../../src/demo/demo-register";

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;

function context(tertial: { kind: "tertial"; year: number; tertial: 1 | 2 | 3 }) {
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial });
  return { register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };
}

/** Pages at most, per report. */
export const DEMO_PAGE_LIMITS: readonly { name: string; tertial: string | null; pages: number; plan: () => SheetPlan }[] = [
  ...(
    [
      [2024, 2, 3],
      [2024, 3, 3],
      [2025, 1, 3],
      [2025, 2, 3],
      [2025, 3, 3],
    ] as const
  ).map(([year, tertial, pages]) => {
    const t = { kind: "tertial", year, tertial } as const;
    const name = `Rapport T${tertial} ${year}`;
    return { name, tertial: `T${tertial} ${year}`, pages, plan: () => tertialReportPlan(tertialReportModel(context(t), t), name) };
  }),
  { name: "Slutrapport", tertial: null, pages: 4, plan: () => finalReportPlan(finalReportModel(context(T3_2025)), "Slutrapport") },
];

