/** A report made again on changed data: "replace" writes over the report the log names last, "keep" beside it. */
import { MemoryPort } from "../../src/app/memory-port";
import { makeTertialReport } from "../../src/app/report";
import { reportChangeTextEn } from "../../src/core/messages/report-log-en";
import { readReportLog } from "../../src/core/report/log/read-log";
import { baseGrids, T2_2025, withCell } from "../support/register-builder";

const DAY1 = new Date(2025, 8, 5, 14, 32);
const DAY2 = new Date(2025, 8, 6, 9, 5);
const DAY3 = new Date(2025, 8, 7, 10, 0);
const reportSheets = async (port: MemoryPort) => (await port.readAll()).sheets.map((s) => s.name).filter((n) => n.startsWith("Rapport T2"));
const stangastaden = (value: number) =>
  withCell(baseGrids(), "Stångåstaden", "M4", value).sheets.find((s) => s.name === "Stångåstaden")!.values;

describe("making a report again", () => {
  it("replace writes over the latest version the log names, not the first", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: DAY1, tertial: T2_2025 });
    port.setSheet("Stångåstaden", stangastaden(51));
    const kept = await makeTertialReport(port, { now: DAY2, tertial: T2_2025, onChange: async () => "keep" });
    expect(kept.sheet).toBe("Rapport T2 2025 (2)");
    port.setSheet("Stångåstaden", stangastaden(52));
    const replaced = await makeTertialReport(port, { now: DAY3, tertial: T2_2025, onChange: async () => "replace" });
    expect(replaced.change!.previous.sheet).toBe("Rapport T2 2025 (2)");
    expect(replaced.sheet).toBe("Rapport T2 2025 (2)");
    expect(await reportSheets(port)).toEqual(["Rapport T2 2025", "Rapport T2 2025 (2)"]);
    const log = readReportLog(await port.readAll())!;
    expect(log.entries.map((e) => e.sheet)).toEqual(["Rapport T2 2025", "Rapport T2 2025 (2)", "Rapport T2 2025 (2)"]);
  });

  it("replace picks the usual name when the logged sheet is gone or became a person's", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: DAY1, tertial: T2_2025 });
    // A person deletes the report and makes a sheet of their own under its name.
    port.setSheet("Rapport T2 2025", [["Mina anteckningar"]]);
    const grids = await port.readAll();
    const mine = new MemoryPort({
      sheets: grids.sheets.map((s) => (s.name === "Rapport T2 2025" ? { name: s.name, values: s.values } : s)),
    });
    mine.setSheet("Stångåstaden", stangastaden(51));
    const out = await makeTertialReport(mine, { now: DAY2, tertial: T2_2025, onChange: async () => "replace" });
    expect(out.sheet).toBe("Rapport T2 2025 (2)");
    expect((await mine.readAll()).sheets.find((s) => s.name === "Rapport T2 2025")!.values).toEqual([["Mina anteckningar"]]);
  });

  it("says in English what changed, for the English pane", async () => {
    const port = new MemoryPort(baseGrids());
    await makeTertialReport(port, { now: DAY1, tertial: T2_2025 });
    port.setSheet("Stångåstaden", stangastaden(51));
    const asked: string[] = [];
    await makeTertialReport(port, {
      now: DAY2,
      tertial: T2_2025,
      onChange: async (change) => {
        asked.push(reportChangeTextEn(change, change.previous.period));
        return "keep";
      },
    });
    expect(asked).toEqual([
      expect.stringMatching(
        /^The report for T2 2025 was made 2025-09-05 14:32 \(data [0-9a-f]{6}, sheet Rapport T2 2025\), and the data has changed since: Stångåstaden: changed \(2 rows\)\.$/,
      ),
    ]);
  });
});
