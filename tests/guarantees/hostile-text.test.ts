/**
 * Hostile text: whatever partners type that Excel would read as a formula
 * (=, +, -, @ or a tab first, a HYPERLINK formula) lands in the report and
 * Kontroll sheets as text. Nothing from the register becomes a formula or a
 * link: not in the written .xlsx XML, not through Office.js (the strict fake
 * refuses a formula-like string in a cell not formatted as text).
 */
import { MemoryPort } from "../../src/app/memory-port";
import { makeFinalReport, makeTertialReport, writeKontroll } from "../../src/app/report";
import type { TertialPeriod } from "../../src/core/period";
import { parsePeriod } from "../../src/core/period";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { excelWouldReinterpret } from "../../src/excel/cell-values";
import { createExcelPort } from "../../src/excel/excel-port";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { createStrictFake } from "../excel/strict-fake";
import { getCell, type MemSheet } from "../support/memory-workbook";
import { HOSTILE, HOSTILE_NEEDLES, hostileRegister } from "./support/hostile-register";
import { NOW } from "./support/person-sheets";
import { readSheetsXml, type XmlSheet } from "./support/sheet-xml";
import { entryPaths, entryText, zipEntries } from "../xlsx/zip-entries";

const T2_2025 = parsePeriod("T2 2025") as TertialPeriod;
const hasHostile = (text: string | null): boolean => text !== null && HOSTILE_NEEDLES.some((n) => text.includes(n));

async function allPlans(): Promise<SheetPlan[]> {
  const tertial = await makeTertialReport(new MemoryPort(hostileRegister()), { now: NOW, tertial: T2_2025 });
  const final = await makeFinalReport(new MemoryPort(hostileRegister()), { now: NOW, withKontroll: false });
  // One workbook for both: the Slutrapport's own Rapportlogg would be a second sheet of that name.
  return [...tertial.plans, ...final.plans.filter((p) => p.kind !== "rapportlogg")];
}

describe("hostile register text in the written .xlsx", () => {
  let sheets: XmlSheet[];
  let charts: string[];

  beforeAll(async () => {
    const bytes = await renderWorkbook(await allPlans());
    sheets = await readSheetsXml(bytes);
    const entries = await zipEntries(bytes);
    charts = entryPaths(entries, /^xl\/charts\/chart\d+\.xml$/).map((p) => entryText(entries, p));
  });

  const cellsWith = (needle: string) =>
    sheets.flatMap((s) => s.cells.filter((c) => c.text?.includes(needle)).map((c) => ({ sheet: s.name, ...c })));

  it("reaches the report and Kontroll sheets where it belongs", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg", "Slutrapport"]);
    // The test is only worth something if hostile text is really there.
    for (const needle of [
      HOSTILE.pledgeName,
      HOSTILE.partnerName,
      HOSTILE.partnerName2,
      HOSTILE.indicatorName,
      HOSTILE.indicatorName2,
      HOSTILE.measureTitle,
    ]) {
      expect(cellsWith(needle).length).toBeGreaterThan(0);
    }
    expect(cellsWith(HOSTILE.status).map((c) => c.sheet)).toContain("Kontroll");
  });

  it("is stored as text: a shared or inline string, never a formula", () => {
    const hostile = sheets.flatMap((s) => s.cells.filter((c) => hasHostile(c.text)).map((c) => ({ sheet: s.name, ...c })));
    expect(hostile.length).toBeGreaterThan(10);
    for (const c of hostile) {
      expect({ where: `${c.sheet}!${c.ref}`, type: c.type, formula: c.hasFormula }).toEqual({
        where: `${c.sheet}!${c.ref}`,
        type: expect.stringMatching(/^(s|inlineStr)$/),
        formula: false,
      });
    }
  });

  it("leaves no formula anywhere: reports are values only", () => {
    for (const s of sheets) {
      expect({ sheet: s.name, formulas: s.cells.filter((c) => c.hasFormula || c.type === "str").map((c) => c.ref) }).toEqual({
        sheet: s.name,
        formulas: [],
      });
      expect(s.xml).not.toMatch(/<f[\s>/]/);
    }
  });

  it("makes no hyperlink out of register text: links are internal locations only", () => {
    for (const s of sheets) {
      expect(s.rels ?? "").not.toMatch(/relationships\/hyperlink/);
      expect(s.rels ?? "").not.toMatch(/TargetMode="External"/);
      for (const link of s.xml.match(/<hyperlink\b[^>]*>/g) ?? []) {
        expect(link).toMatch(/\blocation="/);
        expect(link).not.toMatch(/\br:id=/);
        expect(link).not.toMatch(/angripare|https?:/);
      }
    }
  });

  it("names charts and their series with literal text, never a formula reference", () => {
    expect(charts.length).toBeGreaterThan(0);
    // The indicator's name is the chart's title (its series are "Värde" and "Mål").
    const titles = charts.flatMap((xml) => xml.match(/<c:title>[\s\S]*?<\/c:title>/g) ?? []);
    expect(titles.some((t) => t.includes("angripare"))).toBe(true);
    for (const t of titles) expect(t).not.toMatch(/<c:strRef>|<c:f>[^<]*(HYPERLINK|angripare)/);
    const names = charts.flatMap((xml) => xml.match(/<c:ser>[\s\S]*?<\/c:tx>/g) ?? []);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/<c:strRef>|<c:f>[^<]*(HYPERLINK|angripare)/);
  });

  it("never copies activity names or comments into a report", () => {
    for (const text of [HOSTILE.activityTitle, HOSTILE.activityTitle2, HOSTILE.comment, HOSTILE.comment2.trim(), HOSTILE.valueComment]) {
      expect(cellsWith(text).filter((c) => c.sheet !== "Kontroll")).toEqual([]);
    }
  });
});

describe("hostile register text through Office.js", () => {
  /** The values, formats and formulas of every cell on a sheet that holds hostile text. */
  function hostileCells(sheet: MemSheet) {
    const out: { address: string; value: unknown; format: string | undefined; formula: string | undefined }[] = [];
    sheet.cells.forEach((row, r) =>
      row?.forEach((_, c) => {
        const value = getCell(sheet, r, c);
        if (typeof value === "string" && hasHostile(value)) {
          out.push({ address: `${r},${c}`, value, format: sheet.numberFormats.get(`${r},${c}`), formula: sheet.formulas.get(`${r},${c}`) });
        }
      }),
    );
    return out;
  }

  it("is written with the Text format where Excel would reinterpret it, so Excel keeps it as typed", async () => {
    // The strict fake fails the whole sync if a formula-like string meets a cell not formatted as text.
    const fake = createStrictFake(hostileRegister());
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    await makeTertialReport(port, { now: NOW, tertial: T2_2025 });
    await makeFinalReport(port, { now: NOW });
    await writeKontroll(port, { now: NOW });
    const written = fake.wb.sheets.filter((s) => ["Rapport T2 2025", "Slutrapport", "Kontroll"].includes(s.name));
    expect(written).toHaveLength(3);
    const cells = written.flatMap(hostileCells);
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => excelWouldReinterpret(c.value as string)).length).toBeGreaterThan(0);
    for (const c of cells) {
      // A formula-like text inside a sentence is no formula and needs no Text format; one that starts so does.
      if (excelWouldReinterpret(c.value as string)) expect(c.format).toBe("@");
      expect(c.formula).toBeUndefined();
    }
    for (const s of written) {
      expect(s.formulas.size).toBe(0);
      for (const link of s.hyperlinks.values()) {
        expect(Object.keys(link).sort()).toEqual(expect.arrayContaining(["documentReference"]));
        expect(link).not.toHaveProperty("address");
      }
    }
  });
});
