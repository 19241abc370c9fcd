import { parseRange } from "../../../src/core/address";
import { widthForLongestWord, wrappedLines } from "../../../src/core/plan/text-fit";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";
import { registerInputFromGrids } from "../../../src/app/register";
import { registerPlans } from "../../../src/core/template/register-plans";
import { demoRegister } from "../../../src/demo/demo-register";

const empty = registerPlans();
const demo = registerPlans(registerInputFromGrids(demoRegister()));

const headerCells = (plan: SheetPlan) =>
  plan.tables.flatMap((t) => {
    const r = parseRange(t.range);
    return t.headers.map((header, i) => ({ header, row: r.row, col: r.col + i }));
  });

describe.each([
  ["the empty register", empty],
  ["the demo register", demo],
])("%s", (_name, plans) => {
  it("gives every header word room beside the filter button, and the header row the lines it wraps to", () => {
    for (const plan of plans) {
      for (const { header, row, col } of headerCells(plan)) {
        const width = plan.columns[col]!.width;
        expect({ header, fits: width >= widthForLongestWord(header, { bold: true }) + 2.5 }).toEqual({ header, fits: true });
        const lines = wrappedLines(header, width - 2.5, { bold: true });
        const height = plan.rows.find((r) => r.row === row)?.height ?? 15;
        expect({ header, height }).toEqual({ header, height: Math.max(height, lines * 15) });
      }
    }
  });

  it("freezes the header rows and lines dates up at the left", () => {
    for (const plan of plans) {
      expect(plan.freeze?.rows).toBeGreaterThan(0);
      for (const f of plan.numberFormats.filter((n) => n.format === "yyyy-mm-dd")) {
        expect(plan.styles).toContainEqual({ range: f.range, style: { horizontal: "left" } });
      }
    }
  });
});

describe("the demo register's columns", () => {
  it("are widened to show what the demo holds, up to a cap", () => {
    const atgarder = demo.find((p) => p.name === "Åtgärder")!;
    const emptyAtgarder = empty.find((p) => p.name === "Åtgärder")!;
    const col = atgarder.values[0]!.indexOf("Medverkande");
    expect(atgarder.columns[col]!.width).toBeGreaterThan(emptyAtgarder.columns[col]!.width);
    for (const plan of demo) for (const c of plan.columns) expect(c?.width ?? 0).toBeLessThanOrEqual(60);
  });
});
