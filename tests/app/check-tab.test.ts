/**
 * The live check of one tab (`app/check-tab.ts`) keeps the register sheets'
 * context from one check to the next: whatever is edited, on the tab or on a
 * register sheet, its findings are the whole check's findings on that tab.
 */
import { syntheticRegister } from "../../scripts/bench/synthetic-register";
import { checkTab } from "../../src/app/check-tab";
import { MemoryPort } from "../../src/app/memory-port";
import { REGISTER_SHEETS } from "../../src/app/register-sheets";
import type { Cell, SheetGrid, WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { serialFromIso } from "../../src/core/date";
import { findingsOnSheet } from "../../src/core/findings";
import { fold } from "../../src/core/values";
import { demoRegister } from "../../src/demo/demo-register";
import { mulberry32 } from "../../src/demo/random";

const today = serialFromIso("2026-01-08")!;

const isRegisterSheet = (name: string) => REGISTER_SHEETS.some((s) => fold(s) === fold(name));

/** The whole check of the workbook as it stands, on `tab` (the reference). */
function wholeOnTab(sheets: readonly SheetGrid[], tab: string) {
  return findingsOnSheet(checkRegister({ sheets: [...sheets] }, { today }).findings, tab);
}

/** Values a person might type, some of them mistakes. */
const TYPED: Cell[] = [
  null,
  "",
  0,
  -3,
  5,
  12.5,
  1200,
  "abc",
  "31/2 2025",
  "2025-03-14",
  serialFromIso("2025-05-02")!,
  serialFromIso("2027-01-01")!,
  serialFromIso("2019-06-01")!,
  "Planerad",
  "Genomförd",
  "Pågår",
  "T1 2025",
  "2025",
  "Ja",
  "Procent",
  "anna.svensson@exempel.se",
  "19850101-1234",
];

/** A value for cell (r, c) of `values`: typed, or another cell of the same column (an ID, a name, a row's date). */
function valueFor(next: () => number, values: Cell[][], c: number): Cell {
  if (next() < 0.5) return TYPED[Math.floor(next() * TYPED.length)]!;
  const row = values[Math.floor(next() * values.length)] ?? [];
  return row[c] ?? null;
}

/** One edit as Excel makes it: the sheet's rows replaced, with one cell changed (a row copied now and then). */
function edit(next: () => number, sheet: SheetGrid): Cell[][] {
  const values = sheet.values.map((row) => [...row]);
  const r = Math.floor(next() * (values.length + 2));
  while (values.length <= r) values.push([]);
  if (next() < 0.15 && values.length > 1) {
    values[r] = [...values[Math.floor(next() * values.length)]!];
    return values;
  }
  const width = Math.max(1, ...values.map((row) => row.length));
  const c = Math.floor(next() * width);
  const row = values[r]!;
  while (row.length <= c) row.push(null);
  row[c] = valueFor(next, values, c);
  return values;
}

async function editAndCompare(grids: WorkbookGrids, seed: number, steps: number) {
  const next = mulberry32(seed); // seeded, so a failure can be replayed
  const port = new MemoryPort(grids);
  const sheets = () => port.readAll().then((g) => g.sheets);
  const tabs = (await sheets()).map((s) => s.name).filter((n) => !isRegisterSheet(n));
  let tab = tabs[0]!;
  let compared = 0;
  let withFindings = 0;
  for (let step = 0; step < steps; step++) {
    const roll = next();
    if (roll < 0.15) tab = tabs[Math.floor(next() * tabs.length)]!;
    else {
      const all = await sheets();
      const name = roll < 0.7 ? tab : REGISTER_SHEETS[Math.floor(next() * REGISTER_SHEETS.length)]!;
      const sheet = all.find((s) => fold(s.name) === fold(name));
      if (sheet) port.setSheet(sheet.name, edit(next, sheet));
    }
    const live = await checkTab(port, { tab, today });
    const whole = wholeOnTab(await sheets(), tab);
    expect({ step, tab, findings: live }).toEqual({ step, tab, findings: whole });
    compared++;
    if (whole.length > 0) withFindings++;
  }
  return { compared, withFindings };
}

describe("the live check of one tab, with the register sheets kept between checks", () => {
  it("gives the whole check's findings on every tab of the demo, each tab after another", async () => {
    const port = new MemoryPort(demoRegister());
    const { sheets } = await port.readAll();
    let some = 0;
    for (const s of sheets) {
      if (isRegisterSheet(s.name)) continue;
      const live = await checkTab(port, { tab: s.name, today });
      expect(live).toEqual(wholeOnTab(sheets, s.name));
      some += live.length;
    }
    expect(some).toBeGreaterThan(0);
  });

  it.each([1, 2, 3, 4])("stays equal to the whole check through random edits of the demo (seed %i)", async (seed) => {
    const { compared, withFindings } = await editAndCompare(demoRegister(), seed, 60);
    expect(compared).toBe(60);
    expect(withFindings).toBeGreaterThan(10);
  });

  it.each([7, 8])("stays equal to the whole check through random edits of the synthetic register (seed %i)", async (seed) => {
    const { compared, withFindings } = await editAndCompare(syntheticRegister(8, 40), seed, 60);
    expect(compared).toBe(60);
    expect(withFindings).toBeGreaterThan(10);
  });

  it("sees a register sheet changed in place, the same rows edited", async () => {
    const grids = demoRegister();
    const port = new MemoryPort(grids);
    const tab = grids.sheets.find((s) => !isRegisterSheet(s.name))!.name;
    const before = await checkTab(port, { tab, today });
    // Åtgärder's IDs changed where they stand: every activity's Åtgärd-ID on the tab is now unknown.
    const atgarder = grids.sheets.find((s) => s.name === "Åtgärder")!;
    const idColumn = atgarder.values.findIndex((row) => row.includes("Åtgärd-ID"));
    const col = atgarder.values[idColumn]!.indexOf("Åtgärd-ID");
    for (const row of atgarder.values.slice(idColumn + 1)) if (typeof row[col] === "string") row[col] = `${row[col]}X`;
    const after = await checkTab(port, { tab, today });
    expect(after).toEqual(wholeOnTab(grids.sheets, tab));
    expect(after.filter((f) => f.code === "unknown-measure").length).toBeGreaterThan(
      before.filter((f) => f.code === "unknown-measure").length,
    );
  });

  it("a register sheet asked for gives the findings the whole check of what was read gives on it", async () => {
    const port = new MemoryPort(demoRegister());
    const read = await port.readSheets([...REGISTER_SHEETS, "Parter"]);
    expect(await checkTab(port, { tab: "Parter", today })).toEqual(findingsOnSheet(checkRegister(read, { today }).findings, "Parter"));
  });

  it("reads once per check, with a day later the tab judged anew", async () => {
    const port = new MemoryPort(demoRegister());
    const tab = (await port.readAll()).sheets.find((s) => !isRegisterSheet(s.name))!.name;
    const reads = port.reads;
    await checkTab(port, { tab, today });
    const later = today + 400;
    const live = await checkTab(port, { tab, today: later });
    expect(port.reads - reads).toBe(2);
    expect(live).toEqual(findingsOnSheet(checkRegister(await port.readAll(), { today: later }).findings, tab));
  });
});
