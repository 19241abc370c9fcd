/**
 * Co-authoring: several people edit the register while the add-in works.
 * Each use case reads the workbook once (every sheet's values in one round
 * trip) and builds everything from that read; the report says when it was made
 * and from which data (a fingerprint of the rows used); making it again from the
 * same data gives the same sheet, and a later run differs only in its time.
 */
import { runCheck } from "../../src/app/check";
import { MemoryPort } from "../../src/app/memory-port";
import type { WorkbookPort } from "../../src/app/port";
import { addPartnerTabs, createRegister } from "../../src/app/register";
import { makeFinalReport, makeTertialReport, writeKontroll, type ReportOutcome } from "../../src/app/report";
import { runTrends } from "../../src/app/trends";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import type { TertialPeriod } from "../../src/core/period";
import { serialFromDate } from "../../src/core/date";
import { parsePeriod } from "../../src/core/period";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { dataFingerprint } from "../../src/core/report/model/fingerprint";
import { tertialScope } from "../../src/core/report/model/report-scope";
import { demoRegister } from "../../src/demo/demo-register";
import { createExcelPort } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import { createStrictFake } from "../excel/strict-fake";
import { cellAt, sheetByName } from "../support/memory-workbook";
import { NOW } from "./support/person-sheets";

const T2_2025 = parsePeriod("T2 2025") as TertialPeriod;
const today = serialFromDate(NOW);
const LATER = new Date(NOW.getTime() + 26 * 3_600_000); // 2025-09-06 16:32 local time

/** The demo register without one partner's tab, so addPartnerTabs has work to do. */
function withoutOneTab(): WorkbookGrids {
  const grids = demoRegister();
  grids.sheets = grids.sheets.filter((s) => s.name !== "Polisen");
  return grids;
}

const USE_CASES: [string, (port: WorkbookPort) => Promise<unknown>, () => WorkbookGrids][] = [
  ["runCheck", (p) => runCheck(p, { today }), demoRegister],
  ["runTrends", (p) => runTrends(p, { today, tertial: T2_2025 }), demoRegister],
  ["makeTertialReport", (p) => makeTertialReport(p, { now: NOW, tertial: T2_2025 }), demoRegister],
  ["makeFinalReport", (p) => makeFinalReport(p, { now: NOW }), demoRegister],
  ["writeKontroll", (p) => writeKontroll(p, { now: NOW }), demoRegister],
  ["createRegister", (p) => createRegister(p), () => ({ sheets: [{ name: "Blad1", values: [] }] })],
  ["addPartnerTabs", (p) => addPartnerTabs(p), withoutOneTab],
];

describe("one consistent read per use case", () => {
  it.each(USE_CASES)("%s reads the workbook once (memory port)", async (_name, work, grids) => {
    const port = new MemoryPort(grids());
    await work(port);
    expect(port.reads).toBe(1);
  });

  it.each(USE_CASES)("%s reads every sheet's values in one round trip in Excel", async (_name, work, grids) => {
    const fake = createStrictFake(grids());
    const stats: ExcelStats[] = [];
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, onStats: (s) => stats.push(s) });
    await work(port);
    const reads = stats.filter((s) => s.operation === "readAll" || s.operation === "readSheets");
    expect(reads).toHaveLength(1);
    // One round trip lists the sheets and names, one loads all used ranges together.
    expect(reads[0]).toMatchObject({ operation: "readAll", syncs: 2 });
  });
});

/** A memory port on which a co-author edits the workbook right after the add-in has read it. */
class CoAuthoredPort extends MemoryPort {
  constructor(
    grids: WorkbookGrids,
    private readonly edit: (port: MemoryPort) => void,
  ) {
    super(grids);
  }

  override async readAll(): Promise<WorkbookGrids> {
    const read = await super.readAll();
    this.edit(this);
    return read;
  }
}

/** Changes one indicator value on the Polisen tab, as a partner typing would. */
function editPolisValue(port: MemoryPort): void {
  const polisen = (port as unknown as { sheets: { name: string; values: unknown[][] }[] }).sheets.find((s) => s.name === "Polisen")!;
  const values = polisen.values.map((r) => [...r]);
  const row = values.findIndex((r) => r[10] === "T2 2025" && typeof r[12] === "number");
  values[row]![12] = (values[row]![12] as number) + 17;
  port.setSheet("Polisen", values as never);
}

const createdLine = (plan: SheetPlan): string =>
  plan.values.flat().find((v): v is string => typeof v === "string" && v.startsWith("Skapad "))!;

describe("a register edited while the report is made", () => {
  it("builds the whole report from the data it read, and names that data", async () => {
    const before = demoRegister();
    const port = new CoAuthoredPort(before, editPolisValue);
    const outcome = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const readFingerprint = dataFingerprint(checkRegister(demoRegister(), { today, tertial: T2_2025 }).register, tertialScope(T2_2025));
    expect(outcome.fingerprint).toBe(readFingerprint);
    expect(createdLine(outcome.plans[0]!)).toMatch(new RegExp(`^Skapad 2025-09-05 14:32 · .* · data ${readFingerprint}$`));
    // The edit landed in the workbook, and a report made now says so by another fingerprint.
    const again = await makeTertialReport(port, { now: LATER, tertial: T2_2025 });
    expect(again.fingerprint).not.toBe(readFingerprint);
  });

  it("refuses to overwrite a sheet a co-author made under the report's name after the read, and finds another name next time", async () => {
    const port = new CoAuthoredPort(demoRegister(), (p) => {
      if (!p.written.size) p.setSheet("Rapport T2 2025", [["Min egen rapport"]]);
    });
    await expect(makeTertialReport(port, { now: NOW, tertial: T2_2025 })).rejects.toThrow(
      /^Fliken Rapport T2 2025 gjordes av någon annan medan rapporten skrevs/,
    );
    const grids = await port.readAll();
    expect(grids.sheets.find((s) => s.name === "Rapport T2 2025")?.values).toEqual([["Min egen rapport"]]);
    const retry = await makeTertialReport(new MemoryPort(grids), { now: NOW, tertial: T2_2025 });
    expect(retry).toMatchObject({ sheet: "Rapport T2 2025 (2)", wantedName: "Rapport T2 2025" });
  });

  it("in Excel too: a sheet made by a co-author between read and write is left alone", async () => {
    const fake = createStrictFake(demoRegister());
    const inner = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    const port: WorkbookPort = {
      ...inner,
      readAll: async () => {
        const read = await inner.readAll();
        await fake.run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.add("Kontroll");
          sheet.getRange("A1").values = [["Kollegans kontroll"]];
          await ctx.sync();
        });
        return read;
      },
    };
    await expect(writeKontroll(port, { now: NOW })).rejects.toThrow(/^Fliken Kontroll gjordes av någon annan medan kontrollen skrevs/);
    expect(cellAt(sheetByName(fake.wb, "Kontroll")!, "A1")).toBe("Kollegans kontroll");
    expect(fake.wb.sheets.filter((s) => /^Kontroll/.test(s.name))).toHaveLength(1);
  });
});

/** Every place two plans differ: cell by cell, then every other field. */
function planDifferences(a: SheetPlan, b: SheetPlan): string[] {
  const out: string[] = [];
  const rows = Math.max(a.values.length, b.values.length);
  for (let r = 0; r < rows; r++) {
    const x = a.values[r] ?? [];
    const y = b.values[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++) if (x[c] !== y[c]) out.push(`r${r}c${c}: ${String(x[c])} → ${String(y[c])}`);
  }
  for (const key of Object.keys({ ...a, ...b }) as (keyof SheetPlan)[]) {
    if (key !== "values" && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
      out.push(`${key}: ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
  }
  return out;
}

describe("making a report again", () => {
  const make = (kind: "tertial" | "final", now: Date, grids = demoRegister()): Promise<ReportOutcome> =>
    kind === "tertial"
      ? makeTertialReport(new MemoryPort(grids), { now, tertial: T2_2025 })
      : makeFinalReport(new MemoryPort(grids), { now });

  it.each(["tertial", "final"] as const)(
    "the %s report from the same data at the same time is the same sheet, cell for cell",
    async (kind) => {
      const [a, b] = [await make(kind, NOW), await make(kind, NOW)];
      expect(b.fingerprint).toBe(a.fingerprint);
      expect(b.plans).toEqual(a.plans);
    },
  );

  it.each(["tertial", "final"] as const)("the %s report made later differs only in when it was made", async (kind) => {
    const [a, b] = [await make(kind, NOW), await make(kind, LATER)];
    expect(b.fingerprint).toBe(a.fingerprint);
    const report = planDifferences(a.plans[0]!, b.plans[0]!);
    expect(report.length).toBeGreaterThan(0);
    for (const d of report) expect(d).toMatch(/2025-09-05( 14:32)?.*→.*2025-09-06( 16:32)?/);
    const kontroll = planDifferences(a.plans[1]!, b.plans[1]!);
    for (const d of kontroll) expect(d).toMatch(/2025-09-05( 14:32)?.*→.*2025-09-06( 16:32)?/);
  });

  it("rows moved down on a tab (empty rows inserted above) give the same report and fingerprint", async () => {
    const moved = demoRegister();
    const tab = moved.sheets.find((s) => s.name === "Polisen")!;
    tab.values = [...tab.values.slice(0, 5), [], [], ...tab.values.slice(5)];
    const [a, b] = [await make("tertial", NOW), await make("tertial", NOW, moved)];
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(planDifferences(a.plans[0]!, b.plans[0]!)).toEqual([]);
  });

  it("rows sorted differently on a tab give the same figures; the fingerprint says the sheet changed", async () => {
    const sorted = demoRegister();
    const tab = sorted.sheets.find((s) => s.name === "Polisen")!;
    const body = tab.values.slice(5).reverse();
    tab.values = [...tab.values.slice(0, 5), ...body];
    const [a, b] = [await make("tertial", NOW), await make("tertial", NOW, sorted)];
    const diffs = planDifferences(a.plans[0]!, b.plans[0]!);
    // Only the line that carries the fingerprint differs (see docs/guarantees.md for why order counts).
    expect(diffs.every((d) => / · data [0-9a-f]{6} → .* · data [0-9a-f]{6}$/.test(d))).toBe(true);
    expect(b.fingerprint).not.toBe(a.fingerprint);
  });
});
