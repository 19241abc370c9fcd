/** The Rapportlogg: written with each report, appended to, read back, and what changed since a tertial was last reported. */
import { MemoryPort } from "../../../../src/app/memory-port";
import { makeFinalReport, makeTertialReport } from "../../../../src/app/report";
import type { Cell, WorkbookGrids } from "../../../../src/core/cell";
import { checkRegister } from "../../../../src/core/check-register";
import { reportChangeText } from "../../../../src/core/messages/report-log-sv";
import { readReportLog } from "../../../../src/core/report/log/read-log";
import { dataFingerprint } from "../../../../src/core/report/model/fingerprint";
import { tertialScope } from "../../../../src/core/report/model/report-scope";
import { baseGrids, T2_2025, withCell } from "../../../support/register-builder";

const NOW = new Date(2025, 8, 5, 14, 32);
const LATER = new Date(2025, 8, 6, 9, 5);
const logOf = async (port: MemoryPort) => readReportLog(await port.readAll())!;
const sheetNames = async (port: MemoryPort) => (await port.readAll()).sheets.map((s) => s.name);
const gridOf = async (port: MemoryPort, name: string) => (await port.readAll()).sheets.find((s) => s.name === name)!.values;

describe("the first report", () => {
  it("writes Rapportlogg with both tables in the contract's headers and one row", async () => {
    const port = new MemoryPort(baseGrids());
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(out.logSheet).toBe("Rapportlogg");
    expect(await sheetNames(port)).toContain("Rapportlogg");
    const grid = await gridOf(port, "Rapportlogg");
    expect(grid[2]!.slice(0, 6)).toEqual(["Skapad", "Flik", "Period", "Data", "Rader", "Utelämnade"]);
    expect(grid[2]!.slice(8)).toEqual([
      "Indikator-ID",
      "Enhet",
      "Källa",
      "Riktning",
      "Sammanvägning",
      "Frekvens",
      "Utgångsvärde",
      "Utgångsperiod",
      "Målvärde",
      "Könsuppdelad",
      "Låst",
    ]);
    const log = await logOf(port);
    expect(log.entries).toHaveLength(1);
    const register = checkRegister(baseGrids(), { today: 45905, tertial: T2_2025 }).register;
    expect(log.entries[0]).toMatchObject({
      sheet: "Rapport T2 2025",
      period: "T2 2025",
      data: dataFingerprint(register, tertialScope(T2_2025)),
      rows: 5,
      excluded: 0,
    });
    expect(log.entries[0]!.created).toBeCloseTo(45905 + (14 * 60 + 32) / 1440, 6);
    expect(log.entries[0]!.tabs.map((t) => [t.sheet, t.rows])).toEqual([
      ["Löfte", 1],
      ["Parter", 2],
      ["Åtgärder", 2],
      ["Indikatorer", 3],
      ["Polisen", 3],
      ["Stångåstaden", 2],
    ]);
    expect(log.locked.map((l) => [l.id, l.fields.Målvärde, l.fields.Källa, l.fields.Utgångsperiod, l.locked])).toEqual([
      ["I1", 150, "POL", "T1 2024", 45905],
      ["I2", 35, "POL", "2023", 45905],
      ["I3", 50, "STG", "2023", 45905],
    ]);
    expect(out.change).toBeNull();
  });

  it("goes into the report workbook too (pledge report --out): the register's earlier rows and the new one", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const out = await makeTertialReport(port, { now: LATER, tertial: T2_2025, newWorkbook: true });
    const plan = out.plans.find((p) => p.name === "Rapportlogg")!;
    expect(plan.append).toBeUndefined();
    const log = readReportLog({ sheets: [{ name: plan.name, values: plan.values }] })!;
    expect(log.entries.map((e) => e.period)).toEqual(["T2 2025", "T2 2025"]);
    expect(log.locked).toHaveLength(3);
  });
});

describe("making a report again", () => {
  it("on the same data appends a row, leaves the first one as it was, replaces the report and locks nothing new", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const first = (await gridOf(port, "Rapportlogg")).map((r) => [...r]);
    const again = await makeTertialReport(port, { now: LATER, tertial: T2_2025 });
    expect(again.change).toBeNull();
    expect(again.sheet).toBe("Rapport T2 2025");
    expect(port.written.get("Rapportlogg")!.append).toBe(true);
    const grid = await gridOf(port, "Rapportlogg");
    // Every cell the first report wrote is still there as it was.
    first.forEach((row, r) => row.forEach((v, c) => v !== null && expect([r, c, grid[r]![c]]).toEqual([r, c, v])));
    const log = await logOf(port);
    expect(log.entries).toHaveLength(2);
    expect(log.locked).toHaveLength(3);
    expect((await sheetNames(port)).filter((n) => n.startsWith("Rapport T2"))).toEqual(["Rapport T2 2025"]);
  });

  it("on changed data says which tabs changed and by how many rows, and keeps both by default", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const changed = withCell(withCell(baseGrids(), "Polisen", "A5", 45850), "Polisen", "B5", "Å2");
    const rows: Cell[] = ["Dialog i Skäggetorps centrum", "Genomförd", 1, 12, 6, 6, null];
    const tab = changed.sheets.find((s) => s.name === "Polisen")!;
    rows.forEach((v, i) => (tab.values[4]![2 + i] = v));
    port.setSheet("Polisen", tab.values);
    const asked: string[] = [];
    const out = await makeTertialReport(port, {
      now: LATER,
      tertial: T2_2025,
      onChange: async (change) => {
        asked.push(reportChangeText(change, "T2 2025"));
        return "keep";
      },
    });
    expect(out.change!.tabs).toEqual([{ sheet: "Polisen", before: 3, after: 4 }]);
    expect(asked).toEqual([expect.stringContaining("Polisen: 3 → 4 rader")]);
    expect(asked[0]).toContain("gjordes 2025-09-05 14:32");
    expect(out.sheet).toBe("Rapport T2 2025 (2)");
    expect((await sheetNames(port)).filter((n) => n.startsWith("Rapport T2"))).toEqual(["Rapport T2 2025", "Rapport T2 2025 (2)"]);
    const log = await logOf(port);
    expect(log.entries.map((e) => e.sheet)).toEqual(["Rapport T2 2025", "Rapport T2 2025 (2)"]);
  });

  it("replaces the report when the person chooses so, and the log still keeps both rows", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    port.setSheet("Stångåstaden", withCell(baseGrids(), "Stångåstaden", "M4", 51).sheets.find((s) => s.name === "Stångåstaden")!.values);
    const out = await makeTertialReport(port, { now: LATER, tertial: T2_2025, onChange: async () => "replace" });
    expect(out.changeChoice).toBe("replace");
    expect(out.change!.tabs).toEqual([{ sheet: "Stångåstaden", before: 2, after: 2 }]);
    expect(reportChangeText(out.change!, "T2 2025")).toContain("Stångåstaden: ändrad (2 rader)");
    expect((await sheetNames(port)).filter((n) => n.startsWith("Rapport T2"))).toEqual(["Rapport T2 2025"]);
    expect((await logOf(port)).entries).toHaveLength(2);
  });

  it("records the Slutrapport as Hela löftet", async () => {
    const port = new MemoryPort(baseGrids());
    await makeFinalReport(port, { now: NOW });
    expect((await logOf(port)).entries.map((e) => [e.sheet, e.period])).toEqual([["Slutrapport", "Hela löftet"]]);
  });
});

describe("a log the add-in did not write", () => {
  it("a person's sheet named Rapportlogg without the tables is left alone; the log goes to Rapportlogg (2) and is read from there", async () => {
    const g = baseGrids();
    g.sheets.push({ name: "Rapportlogg", values: [["Mina anteckningar"]] });
    const port = new MemoryPort(g);
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    expect(out.logSheet).toBe("Rapportlogg (2)");
    expect(await gridOf(port, "Rapportlogg")).toEqual([["Mina anteckningar"]]);
    await makeTertialReport(port, { now: LATER, tertial: T2_2025 });
    expect((await logOf(port)).sheet).toBe("Rapportlogg (2)");
    expect((await logOf(port)).entries).toHaveLength(2);
  });

  it("a foreign log (moved, other column order, no table 2, text dates) reads, and new rows go under its own columns", async () => {
    const foreign: WorkbookGrids = baseGrids();
    foreign.sheets.push({
      name: "rapportlogg",
      top: 1,
      left: 1,
      values: [
        ["Logg från kommunens system", null, null, null, null, null],
        ["Period", "Skapad", "Flik", "Data", "Rader", "Utelämnade"],
        ["t2 2025", "2025-09-01 08:00", "Rapport T2 2025", "ABC123", "5", 0],
      ],
    });
    const port = new MemoryPort(foreign);
    const first = readReportLog(await port.readAll())!;
    expect(first.entries).toEqual([
      { created: 45901 + 8 / 24, sheet: "Rapport T2 2025", period: "T2 2025", data: "abc123", rows: 5, excluded: 0, tabs: [], scope: null },
    ]);
    const out = await makeTertialReport(port, { now: NOW, tertial: T2_2025, onChange: async () => "replace" });
    expect(out.change).toMatchObject({ tabs: [] });
    expect(reportChangeText(out.change!, "T2 2025")).toMatch(/säger inte vilka flikar/);
    const log = await logOf(port);
    expect(log.sheet).toBe("rapportlogg");
    expect(log.entries.map((e) => e.period)).toEqual(["T2 2025", "T2 2025"]);
    expect(log.locked.map((l) => l.id)).toEqual(["I1", "I2", "I3"]);
    const grid = await gridOf(port, "rapportlogg");
    expect(grid[2]!.slice(0, 6)).toEqual(["t2 2025", "2025-09-01 08:00", "Rapport T2 2025", "ABC123", "5", 0]);
    // Table 2 is added beside table 1, one empty column after it.
    expect(grid[1]!.slice(6, 9)).toEqual([null, "Indikator-ID", "Enhet"]);
    expect(grid[3]!.slice(0, 6)).toEqual(["T2 2025", expect.any(Number), "Rapport T2 2025", out.fingerprint, 5, 0]);
  });
});
