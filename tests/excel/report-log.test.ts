/** The Rapportlogg through the Office.js adapter: written with the report in the same request, appended to, never replaced. */
import { makeTertialReport } from "../../src/app/report";
import { readReportLog } from "../../src/core/report/log/read-log";
import { createExcelPort } from "../../src/excel/excel-port";
import { baseGrids, T2_2025, withCell } from "../support/register-builder";
import { createStrictFake } from "./strict-fake";

describe("the Rapportlogg in Excel", () => {
  it("is written with the report in three round trips, and appended to on the next report", async () => {
    const fake = createStrictFake(baseGrids());
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    await makeTertialReport(port, { now: new Date(2025, 8, 5, 14, 32), tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    fake.resetStats();
    await makeTertialReport(port, { now: new Date(2025, 8, 6, 9, 0), tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const log = readReportLog(await port.readAll())!;
    expect(log.entries.map((e) => e.sheet)).toEqual(["Rapport T2 2025", "Rapport T2 2025"]);
    expect(log.locked).toHaveLength(3);
  });

  it("appends to a log a person's program wrote (not marked as the add-in's), leaving its rows", async () => {
    const g = baseGrids();
    g.sheets.push({
      name: "Rapportlogg",
      values: [
        ["Skapad", "Flik", "Period", "Data", "Rader", "Utelämnade"],
        ["2025-09-01 08:00", "Rapport T2 2025", "T2 2025", "000000", 5, 0],
      ],
    });
    const fake = createStrictFake(withCell(g, "Polisen", "F4", 41));
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    const out = await makeTertialReport(port, { now: new Date(2025, 8, 5, 14, 32), tertial: T2_2025 });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(out.change).not.toBeNull();
    expect(out.sheet).toBe("Rapport T2 2025");
    const grids = await port.readAll();
    const log = readReportLog(grids)!;
    expect(log.entries.map((e) => e.data)).toEqual(["000000", out.fingerprint]);
    expect(grids.sheets.find((s) => s.name === "Rapportlogg")!.values[1]!.slice(0, 6)).toEqual([
      "2025-09-01 08:00",
      "Rapport T2 2025",
      "T2 2025",
      "000000",
      5,
      0,
    ]);
  });
});
