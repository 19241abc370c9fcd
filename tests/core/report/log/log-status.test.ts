/** The log as the pane shows it: versions per period, and whether each period's latest report still matches the data. */
import { MemoryPort } from "../../../../src/app/memory-port";
import { makeFinalReport, makeTertialReport } from "../../../../src/app/report";
import { readReportLogStatus } from "../../../../src/app/report-log";
import { baseGrids, T2_2025, withCell } from "../../../support/register-builder";

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
    expect(before.log!.data).toBe(made.fingerprint);
    expect(before.log!.periods).toEqual([
      {
        period: "T2 2025",
        versions: [expect.objectContaining({ sheet: "Rapport T2 2025", data: made.fingerprint, rows: 5 })],
        change: null,
      },
    ]);

    port.setSheet("Stångåstaden", stangastaden(51));
    const after = await readReportLogStatus(port, { today: TODAY });
    expect(after.log!.data).not.toBe(made.fingerprint);
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
      ["T1 2025", ["Rapport T1 2025"], false],
      ["T2 2025", ["Rapport T2 2025", "Rapport T2 2025 (2)"], true],
      ["Hela löftet", ["Slutrapport"], false],
    ]);
  });
});
