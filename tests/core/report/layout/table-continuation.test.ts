/**
 * A table broken across pages prints its head again at the top of the next page, and no break leaves
 * a single row of a table alone on a page (issue 12: the Slutrapport's last indicator row stood alone
 * on page 2 under no column headers). Checked on the printed plan itself: a table's body is what
 * BODY_BORDER covers, its head what HEADER_STYLE covers; a page starts at each planned row break.
 */
import { parseRange } from "../../../../src/core/address";
import { checkRegister } from "../../../../src/core/check-register";
import { serialFromYMD } from "../../../../src/core/date";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import type { Register } from "../../../../src/core/register/types";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { BODY_BORDER, HEADER_STYLE } from "../../../../src/core/report/layout/report-styles";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../../../src/demo/demo-register";
import { measure, partner } from "../../trends/factories";
import { DEMO_PAGE_LIMITS } from "./demo-pages";

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Rows a style covers, for every style equal to `style`. */
function rowsStyled(plan: SheetPlan, style: object): Set<number> {
  const rows = new Set<number>();
  for (const s of plan.styles) {
    if (!same(s.style, style)) continue;
    const r = parseRange(s.range);
    for (let k = r.row; k < r.row + r.rows; k++) rows.add(k);
  }
  return rows;
}

/** What a reader finds at each page break: the rows of the table body before and after it, and the page's first rows. */
function breaksOf(plan: SheetPlan) {
  const body = rowsStyled(plan, BODY_BORDER);
  const head = rowsStyled(plan, HEADER_STYLE);
  const groupHead = rowsStyled(plan, { ...HEADER_STYLE, horizontal: "center" });
  const breaks = plan.print?.rowBreaks ?? [];
  return breaks.map((row, i) => {
    const pageStart = breaks[i - 1] ?? 0;
    const pageEnd = (breaks[i + 1] ?? plan.values.length) - 1;
    let before = 0;
    for (let r = row - 1; r >= pageStart && body.has(r); r--) before++;
    let headRows = 0;
    while (head.has(row + headRows) || groupHead.has(row + headRows)) headRows++;
    let after = 0;
    for (let r = row + headRows; r <= pageEnd && body.has(r); r++) after++;
    return { row, startsWithBody: body.has(row), headRows, before, after, values: plan.values.slice(row, row + headRows) };
  });
}

/** The demo register, read, with 20 more partners (40) and 15 more measures (30). */
function bigPlans(): { name: string; plan: () => SheetPlan }[] {
  const t = { kind: "tertial", year: 2025, tertial: 3 } as const;
  const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: t });
  const reg: Register = check.register;
  const partners = [...reg.partners, ...Array.from({ length: 20 }, (_, i) => partner(`P${i + 1}`))];
  const measures = [
    ...reg.measures,
    ...Array.from({ length: 15 }, (_, i) => ({ ...measure(`Å${100 + i}`), title: `Extra åtgärd ${i + 1} i området` })),
  ];
  const ctx = { register: { ...reg, partners, measures }, findings: check.findings, createdAt: new Date(2026, 0, 8, 9, 15) };
  return [
    { name: "Rapport T3 2025, 40 parter, 30 åtgärder", plan: () => tertialReportPlan(tertialReportModel(ctx, t), "Rapport T3 2025") },
    { name: "Slutrapport, 40 parter, 30 åtgärder", plan: () => finalReportPlan(finalReportModel(ctx), "Slutrapport") },
  ];
}

const PLANS = [...DEMO_PAGE_LIMITS.map((d) => ({ name: d.name, plan: d.plan })), ...bigPlans()];

describe.each(PLANS.map((p) => [p.name, p.plan] as const))("%s, printed", (_name, make) => {
  const plan = make();
  const breaks = breaksOf(plan);

  it("starts no page with a table's row, but with the table's head again", () => {
    for (const b of breaks) {
      expect({ row: b.row, startsWithBody: b.startsWithBody }).toEqual({ row: b.row, startsWithBody: false });
      if (b.headRows === 0 || b.before === 0) continue;
      // The head at the top is the table's own: its column headers are those of a head further up (whose row
      // may hold more, such as a chart's title beside the table).
      const first = b.values[b.values.length - 1];
      const cells = first!.map((v, c) => [c, v] as const).filter(([, v]) => v !== null);
      expect(cells.length).toBeGreaterThan(1);
      expect(plan.values.slice(0, b.row).some((r) => cells.every(([c, v]) => r[c] === v))).toBe(true);
    }
  });

  it("leaves no table a single row on either side of a break", () => {
    for (const b of breaks) {
      if (b.before > 0 && b.after > 0) {
        expect({ row: b.row, before: b.before >= 2, after: b.after >= 2 }).toEqual({ row: b.row, before: true, after: true });
      }
      // A table that ends at the foot of a page has more than its last row there.
      if (b.before > 0 && b.after === 0) expect({ row: b.row, before: b.before }).not.toEqual({ row: b.row, before: 1 });
    }
  });
});

it("the big register's reports break inside a table at least once (so the checks above check something)", () => {
  const continued = bigPlans()
    .flatMap((p) => breaksOf(p.plan()))
    .filter((b) => b.before > 0 && b.after > 0);
  expect(continued.length).toBeGreaterThan(0);
});
