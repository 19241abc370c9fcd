/**
 * Indicators fixed in advance, in the reports: every indicator-changed
 * difference listed under the indicator table (ÄNDRADE INDIKATORER), from the
 * check's own comparison, old → new and since which report; no section when
 * nothing changed.
 */
import { MemoryPort } from "../../../src/app/memory-port";
import { makeFinalReport, makeTertialReport } from "../../../src/app/report";
import type { WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import type { SheetPlan } from "../../../src/core/plan/sheet-plan";
import { CHANGES_NOTE, CHANGES_TITLE, spans } from "../../../src/core/report/layout/indicator-changes-section";
import { finalReportPlan } from "../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../src/core/report/layout/tertial-report-plan";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { sinceText } from "../../../src/core/report/model/indicator-changes";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { planProblems } from "./plan-invariants";
import { createExcelPort } from "../../../src/excel/excel-port";
import { createStrictFake } from "../../excel/strict-fake";
import { baseGrids, T2_2025, TODAY, withCell } from "../../support/register-builder";

const MADE = new Date(2025, 8, 5, 14, 32);

/** The register with the Rapportlogg its first report (Rapport T2 2025, 2025-09-05) wrote. */
async function reported(): Promise<WorkbookGrids> {
  const port = new MemoryPort(baseGrids());
  await makeTertialReport(port, { now: MADE, tertial: T2_2025 });
  return port.readAll();
}

/** The target and the sources of I1 (Anmälda brott) changed after the report. */
async function changedAfterReport(): Promise<WorkbookGrids> {
  let g = await reported();
  g = withCell(g, "Indikatorer", "J2", 140);
  g = withCell(g, "Indikatorer", "D2", "POL, STG");
  return g;
}

function sectionRows(plan: SheetPlan): unknown[][] {
  const first = plan.values.findIndex((r) => r[0] === CHANGES_TITLE);
  if (first < 0) return [];
  let end = first + 1;
  while (plan.values[end]!.some((v) => v !== null)) end++;
  return plan.values.slice(first, end).map((r) => r.filter((v) => v !== null));
}

describe("the changes the check finds", () => {
  it("are handed to the reports with the report that locked them", async () => {
    const check = checkRegister(await changedAfterReport(), { today: TODAY, tertial: T2_2025 });
    expect(check.indicatorChanges).toEqual([
      expect.objectContaining({
        id: "I1",
        name: "Anmälda brott",
        field: "Källa",
        old: "POL",
        new: "POL, STG",
        lockedBy: "Rapport T2 2025",
      }),
      expect.objectContaining({ id: "I1", name: "Anmälda brott", field: "Målvärde", old: "150", new: "140", lockedBy: "Rapport T2 2025" }),
    ]);
    // One comparison: each change is the indicator-changed finding on its cell.
    const findings = check.findings.filter((f) => f.code === "indicator-changed");
    expect(findings.map((f) => [f.cell, f.params.old, f.params.new])).toEqual(check.indicatorChanges.map((c) => [c.cell, c.old, c.new]));
  });

  it("are none before the first report, and none when nothing changed", async () => {
    expect(checkRegister(baseGrids(), { today: TODAY }).indicatorChanges).toEqual([]);
    expect(checkRegister(await reported(), { today: TODAY }).indicatorChanges).toEqual([]);
  });

  it("say since which report as far as the log tells", () => {
    expect(sinceText({ locked: 45905, lockedBy: "Rapport T2 2025" })).toBe("Rapport T2 2025 (2025-09-05)");
    expect(sinceText({ locked: 45905, lockedBy: null })).toBe("2025-09-05");
    expect(sinceText({ locked: null, lockedBy: null })).toBe("första rapporten");
  });
});

describe.each([
  [
    "tertial report",
    (g: WorkbookGrids) => {
      const check = checkRegister(g, { today: TODAY, tertial: T2_2025 });
      const ctx = { register: check.register, findings: check.findings, createdAt: MADE, indicatorChanges: check.indicatorChanges };
      return tertialReportPlan(tertialReportModel(ctx, T2_2025), "Rapport T2 2025 (2)");
    },
  ],
  [
    "Slutrapport",
    (g: WorkbookGrids) => {
      const check = checkRegister(g, { today: TODAY });
      const ctx = { register: check.register, findings: check.findings, createdAt: MADE, indicatorChanges: check.indicatorChanges };
      return finalReportPlan(finalReportModel(ctx), "Slutrapport");
    },
  ],
])("the %s", (_kind, plan) => {
  it("lists every change under the indicator table: the indicator by name, the column, old, new and since which report", async () => {
    const p = plan(await changedAfterReport());
    expect(sectionRows(p)).toEqual([
      [CHANGES_TITLE],
      [CHANGES_NOTE],
      ["Indikator", "Kolumn", "Låst värde", "Nu", "Låst sedan"],
      ["Anmälda brott", "Källa", "POL", "POL, STG", "Rapport T2 2025 (2025-09-05)"],
      ["Anmälda brott", "Målvärde", "150", "140", "Rapport T2 2025 (2025-09-05)"],
    ]);
    const titles = p.values.map((r) => r[0]);
    expect(titles.indexOf(CHANGES_TITLE)).toBeGreaterThan(titles.indexOf("INDIKATORER"));
    expect(titles.indexOf(CHANGES_TITLE)).toBeLessThan(titles.indexOf("KVINNORS TRYGGHET"));
    expect(planProblems(p)).toEqual([]);
  });

  it("has no such section when nothing changed", async () => {
    const p = plan(await reported());
    expect(sectionRows(p)).toEqual([]);
    expect(JSON.stringify(p.values)).not.toContain("Låst sedan");
  });
});

describe("the columns of the changes table", () => {
  it("take as many layout columns as each needs, and leave one for each column still to come", () => {
    expect(spans([44, 19, 19, 13, 13, 11, 9, 20, 9, 14], [30, 16, 16, 16, 28])).toEqual([
      { col: 0, cols: 1, width: 44 },
      { col: 1, cols: 1, width: 19 },
      { col: 2, cols: 1, width: 19 },
      { col: 3, cols: 2, width: 26 },
      { col: 5, cols: 3, width: 40 },
    ]);
    expect(spans([10, 10, 10], [30, 16, 16])).toEqual([
      { col: 0, cols: 1, width: 10 },
      { col: 1, cols: 1, width: 10 },
      { col: 2, cols: 1, width: 10 },
    ]);
  });
});

describe("making a report through the use case", () => {
  it("lists the changes since the first report in the next one, for the tertial and the whole pledge", async () => {
    const port = new MemoryPort(await changedAfterReport());
    const again = await makeTertialReport(port, { now: new Date(2025, 8, 6, 9, 0), tertial: T2_2025 });
    const final = await makeFinalReport(port, { now: new Date(2025, 8, 6, 9, 5) });
    for (const outcome of [again, final]) {
      const rows = sectionRows(outcome.plans[0]!);
      expect(rows.slice(3).map((r) => r[1])).toEqual(["Källa", "Målvärde"]);
    }
  });
});

describe("through the Office.js adapter", () => {
  it("writes the report with its changes section and log row in the same three round trips", async () => {
    const fake = createStrictFake(await changedAfterReport());
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    fake.resetStats();
    const outcome = await makeTertialReport(port, { now: new Date(2025, 8, 6, 9, 0), tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const written = fake.wb.sheets.find((s) => s.name === outcome.sheet)!;
    expect(JSON.stringify(written)).toContain(CHANGES_TITLE);
    expect(JSON.stringify(written)).toContain("Rapport T2 2025 (2025-09-05)");
  });
});
