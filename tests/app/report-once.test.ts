/**
 * A report reads the workbook once and hashes its data once: the fingerprint the
 * pane and the CLI show is the one in the report's head. MemoryPort hands out its
 * rows without copying them and copies a plan's rows once, when it is written.
 */
import { MemoryPort } from "../../src/app/memory-port";
import { makeFinalReport, makeTertialReport } from "../../src/app/report";
import * as fingerprint from "../../src/core/report/model/fingerprint";
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { baseGrids } from "../support/register-builder";

const NOW = new Date(2025, 8, 5, 14, 32);

afterEach(() => jest.restoreAllMocks());

describe("one report, one fingerprint", () => {
  it.each([
    ["tertial", makeTertialReport],
    ["final", makeFinalReport],
  ] as const)("the %s report hashes the register once and shows the head's fingerprint", async (_, make) => {
    const spy = jest.spyOn(fingerprint, "scopedData");
    const whole = jest.spyOn(fingerprint, "dataFingerprint");
    const port = new MemoryPort(baseGrids());
    const outcome = await make(port, { now: NOW });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(whole).not.toHaveBeenCalled();
    expect(outcome.fingerprint).toBe(spy.mock.results[0]!.value[0].data);
    expect(outcome.fingerprint).toMatch(/^[0-9a-f]{6}$/);
  });
});

describe("MemoryPort's rows", () => {
  it("reads the rows it holds without copying them, and a read keeps them after a write replaces the sheet", async () => {
    const port = new MemoryPort({ sheets: [{ name: "Rapport", values: [["gammal"]], generated: true }] });
    const first = await port.readAll();
    expect((await port.readAll()).sheets[0]!.values).toBe(first.sheets[0]!.values);
    await port.writeSheets([{ ...emptyPlan("Rapport", "rapport"), values: [["ny"]] }]);
    expect(first.sheets[0]!.values).toEqual([["gammal"]]);
    expect((await port.readAll()).sheets[0]!.values).toEqual([["ny"]]);
  });

  it("copies a plan's rows when it is written, so changing the plan afterwards changes nothing written", async () => {
    const port = new MemoryPort();
    const plan = { ...emptyPlan("Kontroll", "kontroll"), values: [["skrivet"]] };
    await port.writeSheets([plan]);
    plan.values[0]![0] = "ändrat efteråt";
    expect((await port.readSheets(["Kontroll"])).sheets[0]!.values).toEqual([["skrivet"]]);
  });
});
