/**
 * Runs a workbook through every pure stage, as the use cases do: reading,
 * checks, trends and figures for every pledge tertial, and the sheet plans of
 * the Kontroll sheet, the tertial reports and the final report. Throws only if
 * a stage throws or gives malformed output: a hostile workbook must end in
 * findings, never in an exception.
 */
import { parseA1 } from "../../src/core/address";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { pledgeTertials } from "../../src/core/pledge-calendar";
import { serialFromYMD } from "../../src/core/date";
import { activityFigures } from "../../src/core/figures/activity-figures";
import { SEVERITY_OF } from "../../src/core/findings";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { computeTrends } from "../../src/core/trends/trends";
import { validatePlans } from "../../src/xlsx/validate-plan";
import { planProblems } from "../core/report/plan-invariants";

const NOW = new Date(2025, 8, 5, 14, 32); // local time, as reports show it
/** Words a template gone wrong leaves in text ("undefined", "NaN", "[object Object]"). */
const LEAK = /undefined|NaN|\[object/;

export interface StageOptions {
  /** Also build and validate the sheet plans (default true; the long fuzz run may skip them). */
  plans?: boolean;
}

/** Every string of the workbook, so text the register itself holds is not taken for a leak. */
function registerTexts(grids: WorkbookGrids): Set<string> {
  const texts = new Set<string>();
  for (const s of grids.sheets) {
    texts.add(s.name);
    for (const row of s.values) for (const v of row) if (typeof v === "string") texts.add(v);
  }
  return texts;
}

/**
 * Plan problems that would corrupt the sheet. Text that starts with "=" is
 * fine where it starts with the register's own text (a message naming an
 * indicator a partner called "=SUM(A1)"): the adapters write every string as
 * text. Where the register itself holds "NaN" or "null", such text in a cell
 * is not ours; and cells beyond the set column widths (a pledge of a hundred
 * years has more tertials than the layout foresaw) are a matter of looks.
 */
function checkPlan(plan: SheetPlan, texts: Set<string>, leaksPossible: boolean): void {
  const formulaLike = [...texts].map((t) => t.trim()).filter((t) => /^[=+\-@]/.test(t));
  const allowed = new Set(texts);
  for (const row of plan.values) {
    for (const v of row) if (typeof v === "string" && v.startsWith("=") && formulaLike.some((t) => v.startsWith(t))) allowed.add(v);
  }
  const problems = planProblems(plan, allowed).filter((p) => !(leaksPossible && / reads "/.test(p)) && !/beyond the set widths/.test(p));
  if (problems.length > 0) throw new Error(`plan ${plan.name}: ${problems.slice(0, 3).join("; ").slice(0, 500)}`);
}

export function runAllStages(
  grids: WorkbookGrids,
  extra?: (r: ReturnType<typeof checkRegister>) => void,
  options: StageOptions = {},
): void {
  const result = checkRegister(grids, { today: serialFromYMD(2025, 9, 5)! });
  if (!Array.isArray(result.findings)) throw new Error("no findings array");
  const texts = registerTexts(grids);
  const leaksPossible = [...texts].some((t) => LEAK.test(t) || /null/.test(t));
  for (const f of result.findings) {
    if (SEVERITY_OF[f.code] !== f.severity) throw new Error(`severity of ${f.code}`);
    if (f.cell !== null) parseA1(f.cell);
    // A message may quote what was typed; only our own wording must not leak.
    if (typeof f.message !== "string" || f.message.length < 10 || (!leaksPossible && LEAK.test(f.message)))
      throw new Error(`bad message: ${f.message}`);
  }
  const tertials = result.register.pledge ? pledgeTertials(result.register.pledge).slice(0, 20) : [];
  for (const t of [result.tertial, ...tertials]) {
    if (!t) continue;
    const trends = computeTrends(result.register, t);
    JSON.stringify(trends);
    activityFigures(result.register, t);
  }
  if (options.plans !== false) {
    const plans: SheetPlan[] = [kontrollPlan(result.findings, NOW, "Kontroll")];
    if (result.register.pledge) {
      const context = { register: result.register, findings: result.findings, createdAt: NOW };
      // The tertial the report would be made for, and the pledge's first and last (a long pledge is capped).
      const reportTertials = [result.tertial, tertials[0], tertials[tertials.length - 1]].filter((t): t is NonNullable<typeof t> => !!t);
      reportTertials.forEach((t, i) => plans.push(tertialReportPlan(tertialReportModel(context, t), `Rapport ${i + 1}`)));
      plans.push(finalReportPlan(finalReportModel(context), "Slutrapport"));
    }
    for (const plan of plans) checkPlan(plan, texts, leaksPossible);
    validatePlans(plans);
  }
  extra?.(result);
}
