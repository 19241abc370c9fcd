/** The log as the pane shows it: versions per period, and whether each period's latest report still matches the data. */
import { MemoryPort } from "../../../../src/app/memory-port";
import { makeFinalReport, makeTertialReport } from "../../../../src/app/report";
import { readReportLogStatus } from "../../../../src/app/report-log";
import { formatTabs, tabSummaries } from "../../../../src/core/report/log/tab-summary";
import { dataFingerprint } from "../../../../src/core/report/model/fingerprint";
import { baseGrids, d, T2_2025, withCell } from "../../../support/register-builder";

const NOW = new Date(2025, 8, 5, 14, 32);
const LATER = new Date(2025, 8, 6, 9, 5);
const TODAY = 45910;
const T1_2025 = { kind: "tertial", year: 2025, tertial: 1 } as const;
const stangastaden = (value: number) =>
  withCell(baseGrids(), "Stångåstaden", "M4", value).sheets.find((s) => s.name === "Stångåstaden")!.values;

describe("readReportLogStatus", () => {
  it("is null before any report, and reads the workbook once", async () => {
    const port = new MemoryPort(baseGrids());
    const out = await readReportLogStatus(port, { today: TODAY });
    expect(out.log).toBeNull();
    expect(out.check.register.pledge).not.toBeNull();
    expect(port.reads).toBe(1);
  });

  it("a period whose data is unchanged matches; after an edit it says which tab changed and since when", async () => {
    const port = new MemoryPort(baseGrids());
    const made = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const before = await readReportLogStatus(port, { today: TODAY });
    expect(before.log!.periods[0]!.data).toBe(made.fingerprint);
    expect(before.log!.periods).toEqual([
      {
        period: "T2 2025",
        versions: [expect.objectContaining({ sheet: "Rapport T2 2025", data: made.fingerprint, rows: 5 })],
        data: made.fingerprint,
        change: null,
      },
    ]);

    port.setSheet("Stångåstaden", stangastaden(51));
    const after = await readReportLogStatus(port, { today: TODAY });
    expect(after.log!.periods[0]!.data).not.toBe(made.fingerprint);
    const [t2] = after.log!.periods;
    expect(t2!.change).toEqual({
      previous: expect.objectContaining({ sheet: "Rapport T2 2025", data: made.fingerprint }),
      tabs: [{ sheet: "Stångåstaden", before: 2, after: 2 }],
    });
  });

  it("groups every version by period, tertials in time order and the Slutrapport last; only the latest version decides", async () => {
    const port = new MemoryPort(baseGrids());
    await makeFinalReport(port, { now: NOW });
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    await makeTertialReport(port, { now: NOW, tertial: T1_2025 });
    port.setSheet("Stångåstaden", stangastaden(51));
    await makeTertialReport(port, { now: LATER, tertial: T2_2025, onChange: async () => "keep" });
    const { log } = await readReportLogStatus(port, { today: TODAY });
    expect(log!.periods.map((p) => [p.period, p.versions.map((v) => v.sheet), p.change === null])).toEqual([
      // A T2 value changed: T1's report is built from no T2 data, so it still matches; the Slutrapport does not.
      ["T1 2025", ["Rapport T1 2025"], true],
      ["T2 2025", ["Rapport T2 2025", "Rapport T2 2025 (2)"], true],
      ["Hela löftet", ["Slutrapport"], false],
    ]);
  });

  it("a row typed for a later tertial leaves the earlier tertial's report matching, and making it again asks nothing", async () => {
    const port = new MemoryPort(baseGrids());
    const made = await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    await makeFinalReport(port, { now: NOW });
    const polisen = (await port.readAll()).sheets.find((s) => s.name === "Polisen")!.values;
    port.setSheet("Polisen", [...polisen, [d(2025, 10, 3), "Å2", "Dialog i oktober", "Genomförd", 1, 30, 15, 15, null]]);
    const { log } = await readReportLogStatus(port, { today: TODAY });
    const [t2, whole] = log!.periods;
    expect(t2).toMatchObject({ period: "T2 2025", data: made.fingerprint, change: null });
    // The Slutrapport reads the whole register: its data did change, on Polisen's tab, by one row.
    expect(whole!.period).toBe("Hela löftet");
    expect(whole!.change!.tabs).toEqual([{ sheet: "Polisen", before: 3, after: 4 }]);
    const onChange = jest.fn(async () => "keep" as const);
    const again = await makeTertialReport(port, { now: LATER, tertial: T2_2025, onChange });
    expect(onChange).not.toHaveBeenCalled();
    expect(again.change).toBeNull();
    expect(again.fingerprint).toBe(made.fingerprint);
  });

  it("a log row an earlier version wrote over the whole register is held to the whole register, as it was made", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    const register = (await readReportLogStatus(port, { today: TODAY })).check.register;
    // The row as the earlier version wrote it: the whole register's fingerprint and tabs, no `Underlag:` line.
    const logSheet = (await port.readAll()).sheets.find((s) => s.name === "Rapportlogg")!;
    const header = logSheet.values.findIndex((r) => r.includes("Flikar"));
    const row = logSheet.values[header + 1]!.slice();
    row[logSheet.values[header]!.indexOf("Data")] = dataFingerprint(register);
    row[logSheet.values[header]!.indexOf("Flikar")] = formatTabs(tabSummaries(register), null);
    port.setSheet("Rapportlogg", [...logSheet.values.slice(0, header + 1), row, ...logSheet.values.slice(header + 2)]);
    const same = await readReportLogStatus(port, { today: TODAY });
    expect(same.log!.periods[0]!.change).toBeNull();

    const polisen = (await port.readAll()).sheets.find((s) => s.name === "Polisen")!.values;
    port.setSheet("Polisen", [...polisen, [d(2025, 10, 3), "Å2", "Dialog i oktober", "Genomförd", 1, 30, 15, 15, null]]);
    const after = await readReportLogStatus(port, { today: TODAY });
    // Its rows counted the whole tab: compared with the whole tab now, not with T2's rows of it.
    expect(after.log!.periods[0]!.change!.tabs).toEqual([{ sheet: "Polisen", before: 3, after: 4 }]);
  });

  it("writes which data the tabs count as the first line of Flikar", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    await makeFinalReport(port, { now: NOW });
    const { log } = await readReportLogStatus(port, { today: TODAY });
    expect(log!.periods.map((p) => p.versions[0]!.scope)).toEqual([
      "Underlag: aktiviteter i T2 2025, indikatorvärden till och med T2 2025",
      "Underlag: hela registret",
    ]);
  });
});

