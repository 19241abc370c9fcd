/**
 * The demo's real report, Slutrapport and Kontroll plans, rendered and read
 * back by an independent reader (SheetJS, used directly rather than through
 * our own grid reader): every value, number format, merge, width, link,
 * filter and print setting arrives as planned, and nothing is a formula.
 */
import { read, type CellObject, type WorkBook, type WorkSheet } from "@e965/xlsx";
import { a1, parseRange } from "../../src/core/address";
import { checkRegister } from "../../src/core/check-register";
import { serialFromYMD } from "../../src/core/date";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { fileColumnWidth } from "../../src/xlsx/render-fixups";
import { demoRegister } from "../../src/demo/demo-register";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { entryText, zipEntries, type ZipEntries } from "./zip-entries";
import { sheetParts } from "./package-parts";

const CREATED = new Date(2026, 0, 10, 10, 0); // local time, as reports show it
const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 10)!, tertial: T3_2025 });
const ctx = { register: check.register, findings: check.findings, createdAt: CREATED };
const plans: SheetPlan[] = [
  tertialReportPlan(tertialReportModel(ctx, T3_2025), "Rapport T3 2025"),
  finalReportPlan(finalReportModel(ctx), "Slutrapport"),
  kontrollPlan(check.findings, CREATED, "Kontroll"),
];

let wb: WorkBook;
let entries: ZipEntries;

beforeAll(async () => {
  const bytes = await renderWorkbook(plans);
  entries = await zipEntries(bytes);
  wb = read(bytes, { type: "array", dense: true, cellNF: true, cellFormula: true, cellStyles: true });
});

const sheet = (plan: SheetPlan): WorkSheet => wb.Sheets[plan.name]!;
const cellAt = (ws: WorkSheet, row: number, col: number): CellObject | undefined => ws["!data"]?.[row]?.[col] ?? undefined;

describe.each(plans.map((p) => [p.name, p] as const))("%s read back by SheetJS", (_name, plan) => {
  it("holds every planned value with its type, and no formula", () => {
    const ws = sheet(plan);
    plan.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = cellAt(ws, r, c);
        const at = a1(r, c);
        if (value === null || value === "") return expect({ at, v: cell?.v ?? null }).toEqual({ at, v: null });
        expect({ at, v: cell?.v, t: cell?.t }).toEqual({
          at,
          v: value,
          t: typeof value === "number" ? "n" : typeof value === "boolean" ? "b" : "s",
        });
        expect(cell?.f).toBeUndefined();
      }),
    );
  });

  it("carries each planned number format on its cells", () => {
    const ws = sheet(plan);
    for (const { range, format } of plan.numberFormats) {
      const r = parseRange(range);
      for (let row = r.row; row < r.row + r.rows; row++) {
        for (let col = r.col; col < r.col + r.cols; col++) {
          const cell = cellAt(ws, row, col);
          if (cell?.t === "n") expect({ at: a1(row, col), z: cell.z }).toEqual({ at: a1(row, col), z: format });
        }
      }
    }
  });

  it("keeps the planned merges and column widths", () => {
    const ws = sheet(plan);
    const merges = (ws["!merges"] ?? []).map((m) => `${a1(m.s.r, m.s.c)}:${a1(m.e.r, m.e.c)}`);
    expect(merges.sort()).toEqual([...plan.merges].sort());
    // The file's width includes the cell padding (OOXML), so a planned width reads back 5/7 of a character wider, to 1/256.
    plan.columns.forEach((c, i) => expect({ col: i, width: ws["!cols"]?.[i]?.width }).toEqual({ col: i, width: fileColumnWidth(c.width) }));
  });

  it("prints A4 landscape fitted one page wide, with its title rows, footer and planned breaks", () => {
    const print = plan.print!;
    const xml = entryText(entries, sheetParts(entries).get(plan.name)!);
    const pageSetup = /<pageSetup\b[^>]*>/.exec(xml)![0];
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(pageSetup).toMatch(/orientation="landscape"/);
    expect(pageSetup).toMatch(/fitToWidth="1"/);
    expect(pageSetup).toMatch(/fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    // The sheet's own page count, numbered from 1 whatever prints before it.
    expect(xml).toContain(`Sida &amp;P av ${(print.rowBreaks?.length ?? 0) + 1} `);
    expect(pageSetup).toMatch(/firstPageNumber="1"/);
    expect(pageSetup).toMatch(/useFirstPageNumber="1"/);
    const breaks = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(breaks).toEqual(print.rowBreaks ?? []);
    const titles = wb.Workbook?.Names?.find((n) => n.Name === "_xlnm.Print_Titles" && n.Sheet === wb.SheetNames.indexOf(plan.name));
    const [first, last] = print.titleRows!.split(":");
    expect(titles?.Ref).toMatch(new RegExp(`!\\$${first}:\\$${last}$`));
  });
});

describe("the Kontroll sheet read back by SheetJS", () => {
  const plan = plans[2]!;

  it("links each cell address to its cell and filters the header row", () => {
    const ws = sheet(plan);
    for (const link of plan.links) {
      const r = parseRange(link.cell);
      expect(cellAt(ws, r.row, r.col)?.l?.Target).toBe(`#'${link.sheet.replace(/'/g, "''")}'!${link.target}`);
    }
    expect(plan.links.length).toBeGreaterThan(5);
    expect(ws["!autofilter"]?.ref).toBe(plan.autoFilter);
  });
});
