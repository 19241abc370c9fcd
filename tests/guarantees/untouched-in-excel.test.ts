/**
 * Nothing the user typed is changed, in Excel: every use case runs through the
 * Office.js adapter over the strict fake, on the demo register plus sheets a
 * person made named Kontroll, Rapport T2 2025 and Slutrapport and one that has
 * nothing to do with the register. Every sheet the add-in did not write is
 * compared cell by cell, with everything the fake records about it, before and
 * after; none is deleted, renamed or moved; the add-in's sheet gets another
 * name and the outcome says so.
 */
import { runCheck } from "../../src/app/check";
import { addPartnerTabs, createRegister, NotEmptyError } from "../../src/app/register";
import { makeFinalReport, makeTertialReport, writeKontroll } from "../../src/app/report";
import { runTrends } from "../../src/app/trends";
import { serialFromDate } from "../../src/core/date";
import { parsePeriod } from "../../src/core/period";
import type { TertialPeriod } from "../../src/core/period";
import { demoRegister } from "../../src/demo/demo-register";
import { markerNames, sheetByName, type MemWorkbook } from "../support/memory-workbook";
import { differences, personMadeNames, relativeOrder, snapshotSheets } from "./support/fake-snapshot";
import { fakeWorkbook } from "./support/fake-workbook";
import { NOW, personSheets, personSheetsOnly, registerWithPersonSheets } from "./support/person-sheets";

const T2_2025 = parsePeriod("T2 2025") as TertialPeriod;
const today = serialFromDate(NOW);

/** Runs `work` on the workbook and returns what changed on sheets a person made. */
async function guarded<T>(grids = registerWithPersonSheets(), work: (port: ReturnType<typeof fakeWorkbook>["port"]) => Promise<T>) {
  const { fake, port } = fakeWorkbook(grids);
  const names = personMadeNames(fake.wb);
  const before = snapshotSheets(fake.wb, names);
  const ids = before.map((s) => s.id);
  const order = relativeOrder(fake.wb, ids);
  const namesBefore = fake.wb.names.map((n) => ({ ...n }));
  const result = await work(port).then(
    (value) => ({ value, error: null as unknown }),
    (error: unknown) => ({ value: null as T | null, error }),
  );
  const lostNames = namesBefore
    .filter((n) => !fake.wb.names.some((m) => m.name === n.name && m.sheetId === n.sheetId && m.address === n.address))
    .map((n) => `name ${n.name} lost or changed`);
  return {
    fake,
    result,
    changed: [...differences(before, fake.wb), ...lostNames],
    order: relativeOrder(fake.wb, ids),
    orderBefore: order,
    newSheets: fake.wb.sheets.filter((s) => !ids.includes(s.id)).map((s) => s.name),
  };
}

function expectOwnMarker(wb: MemWorkbook, name: string): void {
  const sheet = sheetByName(wb, name);
  expect(sheet).toBeDefined();
  expect(markerNames(wb, sheet!)).toHaveLength(1);
}

describe("in Excel, a use case leaves every sheet a person made exactly as it was", () => {
  it("runCheck and runTrends only read", async () => {
    const reads: ((port: Parameters<typeof runCheck>[0]) => Promise<unknown>)[] = [
      (port) => runCheck(port, { today }),
      (port) => runTrends(port, { today, tertial: T2_2025 }),
    ];
    for (const work of reads) {
      const g = await guarded(undefined, work);
      expect(g.result.error).toBeNull();
      expect(g.changed).toEqual([]);
      expect(g.newSheets).toEqual([]);
    }
  });

  it("makeTertialReport writes Rapport T2 2025 (2) and Kontroll (2), and says why", async () => {
    const g = await guarded(undefined, (port) => makeTertialReport(port, { now: NOW, tertial: T2_2025 }));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.order).toEqual(g.orderBefore);
    expect(g.newSheets.sort()).toEqual(["Kontroll (2)", "Rapport T2 2025 (2)", "Rapportlogg"]);
    expect(g.result.value).toMatchObject({
      sheet: "Rapport T2 2025 (2)",
      wantedName: "Rapport T2 2025",
      kontrollSheet: "Kontroll (2)",
      kontrollWantedName: "Kontroll",
    });
    expectOwnMarker(g.fake.wb, "Rapport T2 2025 (2)");
    expectOwnMarker(g.fake.wb, "Kontroll (2)");
  });

  it("makeFinalReport writes Slutrapport (2) and says why", async () => {
    const g = await guarded(undefined, (port) => makeFinalReport(port, { now: NOW }));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.newSheets.sort()).toEqual(["Kontroll (2)", "Rapportlogg", "Slutrapport (2)"]);
    expect(g.result.value).toMatchObject({ sheet: "Slutrapport (2)", wantedName: "Slutrapport", kontrollWantedName: "Kontroll" });
  });

  it("writeKontroll writes Kontroll (2) and says why", async () => {
    const g = await guarded(undefined, (port) => writeKontroll(port, { now: NOW }));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.newSheets).toEqual(["Kontroll (2)"]);
    expect(g.result.value).toMatchObject({ sheet: "Kontroll (2)", wantedName: "Kontroll" });
  });

  it("making the report again replaces only the add-in's own sheets", async () => {
    const g = await guarded(undefined, async (port) => {
      await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
      await writeKontroll(port, { now: NOW });
      return makeTertialReport(port, { now: new Date(NOW.getTime() + 3_600_000), tertial: T2_2025 });
    });
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.newSheets.sort()).toEqual(["Kontroll (2)", "Rapport T2 2025 (2)", "Rapportlogg"]);
    expect(g.result.value).toMatchObject({ sheet: "Rapport T2 2025 (2)", kontrollSheet: "Kontroll (2)" });
  });

  it("a person's Kontroll (2) is skipped too: the findings go to Kontroll (3)", async () => {
    const grids = registerWithPersonSheets();
    grids.sheets.push({ name: "Kontroll (2)", values: [["också min"]] });
    const g = await guarded(grids, (port) => writeKontroll(port, { now: NOW }));
    expect(g.changed).toEqual([]);
    expect(g.result.value).toMatchObject({ sheet: "Kontroll (3)", wantedName: "Kontroll" });
  });

  it("createRegister in an empty workbook adds the four register sheets and nothing else", async () => {
    const g = await guarded({ sheets: [{ name: "Blad1", values: [] }] }, (port) => createRegister(port));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.newSheets).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer"]);
  });

  it("createRegister beside a person's sheets leaves them as they were", async () => {
    const g = await guarded(personSheetsOnly(), (port) => createRegister(port));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.order).toEqual(g.orderBefore);
    expect(g.newSheets).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer"]);
  });

  it("createRegister in a workbook that has a register refuses and changes nothing", async () => {
    const g = await guarded(undefined, (port) => createRegister(port));
    expect(g.result.error).toBeInstanceOf(NotEmptyError);
    expect((g.result.error as Error).message).toMatch(/^Arbetsboken har redan flikarna Löfte, Parter, Åtgärder, Indikatorer\./);
    expect(g.changed).toEqual([]);
    expect(g.newSheets).toEqual([]);
  });

  it("addPartnerTabs adds only the missing partner's tab", async () => {
    const grids = registerWithPersonSheets();
    const demoTabs = demoRegister()
      .sheets.slice(4)
      .map((s) => s.name);
    const missing = demoTabs[2]!;
    grids.sheets = grids.sheets.filter((s) => s.name !== missing);
    const g = await guarded(grids, (port) => addPartnerTabs(port));
    expect(g.result.error).toBeNull();
    expect(g.changed).toEqual([]);
    expect(g.newSheets).toEqual([missing]);
    expect(g.result.value).toEqual([missing]);
  });

  it("addPartnerTabs after a sheet was deleted gives the new tab tables of its own", async () => {
    const grids = registerWithPersonSheets();
    const parter = grids.sheets.find((s) => s.name === "Parter")!;
    parter.values.push(["NY1", "Ny förening", "Civilsamhälle", "Ny förening"]);
    const { fake, port } = fakeWorkbook(grids);
    expect(await addPartnerTabs(port)).toEqual(["Ny förening"]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Anteckningar").delete();
      ctx.workbook.worksheets.getItem("Parter").getRange(`A${parter.values.length + 1}:D${parter.values.length + 1}`).values = [
        ["NY2", "Andra föreningen", "Civilsamhälle", "Andra föreningen"],
      ];
      await ctx.sync();
    });
    expect(await addPartnerTabs(port)).toEqual(["Andra föreningen"]);
    const tables = fake.wb.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(tables).size).toBe(tables.length);
    expect(sheetByName(fake.wb, "Andra föreningen")!.tables).toHaveLength(2);
  });

  it("the person's sheets really are in the workbook the use cases saw", async () => {
    const { fake } = fakeWorkbook(registerWithPersonSheets());
    for (const s of personSheets()) expect(sheetByName(fake.wb, s.name)).toBeDefined();
    expect(personMadeNames(fake.wb)).toEqual(expect.arrayContaining(["Löfte", "Parter", "Kontroll", "Anteckningar"]));
    expect(fake.wb.names.map((n) => n.name)).toContain("MinLista");
  });

  it("the comparison would catch a changed cell, format, deletion or rename", async () => {
    const { fake } = fakeWorkbook(registerWithPersonSheets());
    const before = snapshotSheets(fake.wb, personMadeNames(fake.wb));
    await fake.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.getItem("Anteckningar").getRange("B2").values = [[13]];
      sheets.getItem("Kontroll").getRange("A4").numberFormat = [["0.00"]];
      sheets.getItem("Slutrapport").name = "Slutrapport gammal";
      sheets.getItem("Rapport T2 2025").delete();
      await ctx.sync();
    });
    const changed = differences(before, fake.wb);
    expect(changed).toEqual(
      expect.arrayContaining([
        "Anteckningar r1c1: 12 → 13",
        expect.stringMatching(/^Kontroll\.numberFormats/),
        "Slutrapport: renamed to Slutrapport gammal",
        "Rapport T2 2025: deleted",
      ]),
    );
  });
});
