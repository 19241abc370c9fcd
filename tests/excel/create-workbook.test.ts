/**
 * Nästa löfte through the Office.js adapter: `openNewWorkbook` calls
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8) once with the register's .xlsx
 * as base64, behind the requirement-set check; without ExcelApi 1.8 it says
 * to save the file from `pledge next`; a refusal names Office's code. The
 * open register is only read: two round trips, no write.
 */
import { openNextPledge } from "../../src/app/next-pledge";
import { registerInputFromGrids } from "../../src/app/register";
import { serialFromIso } from "../../src/core/date";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { OpenWorkbookError, type CreateWorkbook } from "../../src/excel/create-workbook";
import { createExcelPort } from "../../src/excel/excel-port";
import { FEATURE_SETS } from "../../src/excel/requirements";
import { ExcelBusyError } from "../../src/excel/retry";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { createStrictFake } from "./strict-fake";

jest.setTimeout(60_000);

const serial = (iso: string) => serialFromIso(iso)!;
const REQUEST = { today: serial("2026-01-08"), next: { validFrom: serial("2026-01-01"), validTo: serial("2027-12-31") } };
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A strict stand-in for `Excel.createWorkbook`: refuses anything but a non-empty base64 string of a zip
 * (as Excel fails on a file it cannot open), records every call, and fails the first `failures` calls
 * with the Office error code given.
 */
function strictCreateWorkbook(failures: { count: number; code: string } = { count: 0, code: "" }) {
  const calls: unknown[][] = [];
  const create = (async (...args: unknown[]) => {
    calls.push(args);
    const [base64] = args;
    if (args.length !== 1 || typeof base64 !== "string" || base64 === "" || !BASE64.test(base64)) {
      throw new TypeError("Strict fake: Excel.createWorkbook takes one base64 string");
    }
    if (!Buffer.from(base64, "base64").subarray(0, 4).equals(Buffer.from("PK\x03\x04", "binary"))) {
      throw Object.assign(new Error("The file is no workbook"), { code: "InvalidArgument" });
    }
    if (failures.count > 0) {
      failures.count--;
      throw Object.assign(new Error(failures.code), { code: failures.code });
    }
  }) as CreateWorkbook;
  return { create, calls };
}

let grids: Awaited<ReturnType<typeof readWorkbook>>;
beforeAll(async () => {
  // The demo register as Excel holds it: the CLI test's file, read back.
  grids = await readWorkbook(await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

async function setup(options: { apiVersion?: number; failures?: { count: number; code: string } } = {}) {
  const fake = createStrictFake(grids, { apiVersion: options.apiVersion ?? 1.9 });
  const { create, calls } = strictCreateWorkbook(options.failures);
  const pauses: number[] = [];
  const port = createExcelPort(fake.run, {
    isSetSupported: fake.isSetSupported,
    createWorkbook: create,
    sleep: async (ms) => void pauses.push(ms),
  });
  fake.resetStats();
  const before = structuredClone(fake.wb.sheets);
  return { fake, port, calls, pauses, before };
}

describe("Nästa löfte through the Office.js adapter", () => {
  it("needs ExcelApi 1.8, asked through the requirement table", () => {
    expect(FEATURE_SETS.createWorkbook).toBe("1.8");
  });

  it("calls Excel.createWorkbook once with the new register as base64, in two round trips, the open workbook unchanged", async () => {
    const { fake, port, calls, before } = await setup();
    const outcome = await openNextPledge(port, REQUEST);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(1);
    const base64 = calls[0]![0] as string;
    expect(typeof base64).toBe("string");
    expect(base64).toMatch(BASE64);
    const opened = await readWorkbook(Buffer.from(base64, "base64"));
    expect(opened.sheets.map((s) => s.name).slice(0, 4)).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer"]);
    expect(outcome.counts).toEqual({ partners: 20, tabs: 20, measures: 15, indicators: 10 });
    // The read (sheet list, values); opening the new workbook is no request in this one.
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.syncCount).toBe(2);
    expect(fake.wb.sheets).toEqual(before);
  });

  it("without ExcelApi 1.8: a Swedish message that says to save the file from pledge next, and no call", async () => {
    const { port, calls, fake, before } = await setup({ apiVersion: 1.7 });
    const opening = openNextPledge(port, REQUEST);
    await expect(opening).rejects.toBeInstanceOf(OpenWorkbookError);
    await expect(opening).rejects.toMatchObject({ messageCode: "next-open-unsupported" });
    const error = (await opening.catch((e: unknown) => e)) as OpenWorkbookError;
    expect(error.message).toMatch(/^Den här versionen av Excel kan inte öppna en ny arbetsbok/);
    expect(error.message).toContain("pledge next REGISTER.xlsx --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out NYTT-REGISTER.xlsx");
    expect(error.textIn("en")).toMatch(/^This version of Excel cannot open a new workbook/);
    expect(calls).toEqual([]);
    expect(fake.wb.sheets).toEqual(before);
  });

  it("a refusal: next-open-failed with Office's code, called once, the open workbook unchanged", async () => {
    const { port, calls, fake, before } = await setup({ failures: { count: 1, code: "GeneralException" } });
    const opening = openNextPledge(port, REQUEST);
    await expect(opening).rejects.toMatchObject({ messageCode: "next-open-failed", shown: { params: { officeCode: "GeneralException" } } });
    const error = (await opening.catch((e: unknown) => e)) as OpenWorkbookError;
    expect(error.message).toContain("(felkod GeneralException). Den här arbetsboken är oförändrad.");
    expect(calls).toHaveLength(1);
    expect(fake.wb.sheets).toEqual(before);
  });

  it("while a person types in a cell: tries again after a pause, then opens it", async () => {
    const { port, calls, pauses } = await setup({ failures: { count: 2, code: "InvalidOperationInCellEditMode" } });
    await openNextPledge(port, REQUEST);
    expect(calls).toHaveLength(3);
    expect(pauses).toEqual([250, 500]);
  });

  it("still in cell-edit mode after every retry: Excel busy, as every other use case says it", async () => {
    const { port, calls } = await setup({ failures: { count: 99, code: "InvalidOperationInCellEditMode" } });
    await expect(openNextPledge(port, REQUEST)).rejects.toBeInstanceOf(ExcelBusyError);
    expect(calls).toHaveLength(5);
  });

  it("an error without an Office code (no workbook could be made of it) is next-open-failed too, never a silent nothing", async () => {
    const port = createExcelPort(createStrictFake().run, {
      isSetSupported: () => true,
      createWorkbook: async () => {
        throw new TypeError("createWorkbook is not a function");
      },
    });
    await expect(port.openNewWorkbook("UEsDBA==")).rejects.toMatchObject({
      messageCode: "next-open-failed",
      shown: { params: { officeCode: "TypeError" } },
    });
  });
});
