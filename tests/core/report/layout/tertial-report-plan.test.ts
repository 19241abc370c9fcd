import { parseRange } from "../../../../src/core/address";
import type { Cell } from "../../../../src/core/cell";
import type { SheetPlan } from "../../../../src/core/plan/sheet-plan";
import { widthForLongestWord, widthForOneLine } from "../../../../src/core/plan/text-fit";
import { printScale } from "../../../../src/core/plan/page-breaks";
import { finalReportPlan } from "../../../../src/core/report/layout/final-report-plan";
import { finalReportModel } from "../../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../../../src/core/report/layout/tertial-report-plan";
import { statusWord } from "../../../../src/core/trends/status-words";
import { CHART_COLORS } from "../../../../src/core/report/layout/report-styles";
import { PROMISES_TITLE } from "../../../../src/core/report/layout/promises-section";
import { partner } from "../../trends/factories";
import { planProblems } from "../plan-invariants";
import { context, emptyRegister, SECRET_COMMENT, SECRET_TITLE, smallRegister, T2_2025 } from "../report-fixture";
import { cellWidth, columnStarts, rowStarting, spanAt, tableRow, wholeRow } from "./table-cells";

const tertialPlan = (reg = smallRegister()) => tertialReportPlan(tertialReportModel(context(reg), T2_2025), "Rapport T2 2025");
const finalPlan = (reg = smallRegister()) => finalReportPlan(finalReportModel(context(reg)), "Slutrapport");


const cellsIn = (plan: SheetPlan, range: string): Cell[] => {
  const r = parseRange(range);
  return plan.values.slice(r.row, r.row + r.rows).flatMap((row) => row.slice(r.col, r.col + r.cols));
};

describe.each([
  ["the tertial report", tertialPlan],
  ["the final report", finalPlan],
])("%s sheet", (_name, make) => {
  it("is one rectangle with every range inside it and no overlapping merges", () => {
    expect(planProblems(make())).toEqual([]);
    expect(planProblems(make(emptyRegister()))).toEqual([]);
  });

  it("never copies partners' free text", () => {
    const text = JSON.stringify(make());
    expect(text).not.toContain(SECRET_COMMENT);
    expect(text).not.toContain(SECRET_TITLE);
  });

  it("writes register text starting with = as a plain string and composes none itself", () => {
    const reg = smallRegister();
    reg.partners.push({ ...partner("EQ"), name: '=HYPERLINK("x")' });
    const plan = make(reg);
    expect(plan.values.flat()).toContain('=HYPERLINK("x")');
    expect(planProblems(plan, new Set(['=HYPERLINK("x")']))).toEqual([]);
  });

  it("prints on A4 landscape, one page wide, with the head repeated and page numbers", () => {
    const plan = make();
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0, titleRows: "1:2" });
    // The sheet's own page count, not &N (which counts the Kontroll page too when the workbook prints).
    expect(plan.print?.footer.center).toBe(`Sida &P av ${(plan.print?.rowBreaks?.length ?? 0) + 1} · ${plan.name} · Skapad 2025-09-05`);
    expect(plan.print?.firstPageNumber).toBe(1);
    // Fitted one page wide, Calibri 11 still prints at 9 pt or more.
    const scale = printScale(
      plan.columns.map((c) => c.width),
      plan.print!.margins!,
    );
    expect(11 * scale).toBeGreaterThanOrEqual(9);
    // No text is set smaller than what prints at 9 pt.
    for (const s of plan.styles) if (s.style.font?.size !== undefined) expect(s.style.font.size * scale).toBeGreaterThanOrEqual(9);
  });

  it("gives every table header word and key-figure label room in its column, so none is broken or cut", () => {
    for (const plan of [make(), make(emptyRegister())]) {
      for (const { range, style } of plan.styles) {
        if (style.fill !== "#BDD7EE") continue; // table headers
        const r = parseRange(range);
        if (r.cols !== 1 && plan.merges.includes(range)) continue; // a group header spans its columns
        for (let col = r.col; col < r.col + r.cols; col++) {
          const header = plan.values[r.row]![col];
          // A table column covers the sheet columns merged under its header.
          const width = cellWidth(plan, r.row, col);
          if (typeof header === "string")
            expect({ header, width }).toEqual({
              header,
              width: Math.max(width, widthForLongestWord(header, { bold: true })),
            });
        }
      }
      // Key figures: label, value, label, value … on each row until the blank row after them.
      let labels = 0;
      for (let row = rowStarting(plan, "Aktiviteter"); plan.values[row]!.some((v) => v !== null); row++) {
        columnStarts(plan, row).forEach((col, i) => {
          const label = plan.values[row]![col];
          if (i % 2 === 0 && typeof label === "string") {
            labels++;
            expect({ label, fits: widthForOneLine(label) <= cellWidth(plan, row, col) }).toEqual({ label, fits: true });
          }
        });
      }
      expect(labels).toBe(10);
    }
  });

  it("holds values only: number format codes in Excel's invariant syntax", () => {
    const plan = make();
    for (const f of plan.numberFormats) expect(f.format).not.toMatch(/# ##0|0,0/);
    expect(plan.values.flat().every((v) => typeof v !== "string" || !v.startsWith("="))).toBe(true);
  });

  it("shows status words with a fill for each and trend arrows on a score column", () => {
    const plan = make();
    const texts = plan.conditionalFormats.filter((c) => c.kind === "textEquals").map((c) => c.kind === "textEquals" && c.text);
    expect(texts).toEqual(
      expect.arrayContaining(["Uppnått", "Enligt plan", "Risk", "Avviker", "Saknar data", "Mål saknas", "Utgång saknas"]),
    );
    const icons = plan.conditionalFormats.filter((c) => c.kind === "iconSet");
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon).toMatchObject({ iconSet: "3Arrows", showIconOnly: true });
      for (const v of cellsIn(plan, icon.range)) expect([1, 2, 3, null]).toContain(v);
    }
  });

  it("draws one small chart per key indicator, its values in its own unit and its target dashed, with Swedish alt text", () => {
    const plan = make();
    expect(plan.charts).toHaveLength(2);
    for (const chart of plan.charts) {
      expect(chart.kind).toBe("line");
      expect(chart.altText).toMatch(/^Linjediagram: .+ per tertial T2 2024–/);
      expect(cellsIn(plan, chart.categories)[0]).toBe("T2 2024");
      const [value, target] = chart.series;
      expect(value!.dashed).toBeUndefined();
      expect(cellsIn(plan, value!.values).some((v) => typeof v === "number")).toBe(true);
      expect(target).toMatchObject({ name: "Mål", dashed: true, color: CHART_COLORS.target, marker: "dash" });
      expect(value!.marker).toBeUndefined();
      // The target line is flat at the target.
      expect(new Set(cellsIn(plan, target!.values)).size).toBe(1);
    }
    // Side by side, not overlapping.
    const [a, b] = plan.charts.map((c) => [parseRange(c.from), parseRange(c.to)] as const);
    expect(a![1].col).toBeLessThan(b![0].col);
  });

  it("keeps section titles off the foot of a page", () => {
    const plan = make();
    // Every page ends at a planned break; none leaves a section title as the last row of a page.
    const titles = new Set(plan.values.map((r) => r[0]).filter((v): v is string => typeof v === "string" && /^[A-ZÅÄÖ ]{4,}$/.test(v)));
    expect(titles.size).toBeGreaterThan(2);
    for (const b of plan.print?.rowBreaks ?? []) expect(titles.has(String(plan.values[b - 1]?.[0]))).toBe(false);
  });
});

describe("the tertial report sheet", () => {
  const plan = tertialPlan();

  it("starts with the pledge's name, the period and how it was made", () => {
    expect(plan.values[0]![0]).toBe("Lokalt medborgarlöfte Skäggetorp");
    expect(plan.values[1]![0]).toBe("Tertialrapport T2 2025 · maj–augusti 2025 · till Trygghetsrådet");
    expect(plan.values[3]![0]).toMatch(
      /^Skapad 2025-09-05 14:32 · underlag 5 rader från 3 av 3 parter · 7 rader utelämnade \(fel\) · data [0-9a-f]{6}$/,
    );
    expect(plan.styles).toContainEqual({
      range: wholeRow(plan, 0),
      style: expect.objectContaining({ font: expect.objectContaining({ bold: true, size: 16 }) }),
    });
  });

  it("puts the kortversion in one merged, wrapped row tall enough for it", () => {
    const row = rowStarting(plan, "SAMMANFATTNING") + 1;
    expect(plan.merges).toContain(wholeRow(plan, row));
    expect(plan.rows.find((r) => r.row === row)?.height).toBeGreaterThanOrEqual(30);
  });

  it("lays out the indicator table with the previous and this tertial", () => {
    const header = rowStarting(plan, "INDIKATORER") + 1;
    expect(tableRow(plan, header, header)).toEqual([
      "Indikator",
      "Enhet",
      "Utgång",
      "T1 2025",
      "T2 2025",
      "Förändring",
      "Trend",
      "Kommentar",
      "Mål",
      "Status",
    ]);
    expect(tableRow(plan, header, header + 1)).toEqual(["Anmälda brott", "antal", 212, 188, 120, -68, 3, "bättre", 150, "Uppnått"]);
    expect(tableRow(plan, header, header + 2)).toEqual([
      "Otrygga ute sent",
      "procent",
      44,
      "41,5 % (2024)",
      "38,5 % (2025)",
      -3,
      3,
      "bättre",
      35,
      "Risk",
    ]);
  });

  it("formats percent values as 0–100 numbers with a percent sign and changes with a sign and a real minus", () => {
    const header = rowStarting(plan, "INDIKATORER") + 1;
    const formatAt = (row: number, col: number) =>
      plan.numberFormats
        .filter((f) => {
          const r = parseRange(f.range);
          return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
        })
        .map((f) => f.format);
    const col = columnStarts(plan, header); // Utgång is the third column, Förändring the sixth
    expect(formatAt(header + 2, col[2]!)).toEqual(['0.0" %"']);
    // A real minus sign (U+2212), as in the report's own text, not a hyphen.
    expect(formatAt(header + 2, col[5]!)).toEqual(['+0.0" p.e.";"\u2212"0.0" p.e.";0.0" p.e."']);
    expect(formatAt(header + 1, col[2]!)).toEqual(["#,##0"]);
  });

  it("lists women and men for gender-split indicators", () => {
    const header = rowStarting(plan, "KVINNORS TRYGGHET") + 1;
    expect(tableRow(plan, header, header + 1)).toEqual(["Otrygga ute sent", "procent", "2025", 45, 32, 13, 3, "bättre"]);
  });

  it("lists measures with their verdict, responsible partner and figures, and partners with what they reported", () => {
    const measures = rowStarting(plan, PROMISES_TITLE) + 2;
    expect(tableRow(plan, measures, measures)).toEqual([
      "Åtgärd",
      "Bedömning",
      "Aktiviteter",
      "varav genomförda",
      "Tillfällen",
      "Deltagare",
      "K/flickor",
      "M/pojkar",
    ]);
    expect(tableRow(plan, measures, measures + 1)).toEqual([
      "Å1 Trygghetsvandringar",
      "Pågår – 2 aktiviteter i tertialen",
      2,
      2,
      4,
      1230,
      540,
      690,
    ]);
    expect(plan.values[measures + 2]![0]).toBe("Kvinnors trygghet. Ansvarig: Part KOM. Inga indikatorer angivna.");
    const partners = rowStarting(plan, "RAPPORTERING PER PART") + 1;
    expect(tableRow(plan, partners, partners).slice(0, 5)).toEqual(["Part", "Aktiviteter", "Indikatorvärden", "Saknas", "Rapporterat"]);
    // One partner a row (KOM, then POL), and the charts beside the table: the section's row carries their title
    // too, and every chart stands right of the table's last column, from the row under the section's.
    expect(tableRow(plan, partners, partners + 2).slice(0, 5)).toEqual(["Part POL", 0, "2 av 2", "—", "Ja"]);
    expect(plan.values[partners - 1]).toContain("UTVECKLING FÖR NYCKELINDIKATORER");
    const last = columnStarts(plan, partners)[4]!;
    const tableEnd = last + spanAt(plan, partners, last);
    expect(plan.charts.length).toBeGreaterThan(0);
    for (const chart of plan.charts) {
      expect(parseRange(chart.from).col).toBeGreaterThanOrEqual(tableEnd);
      expect(parseRange(chart.from).row).toBeGreaterThanOrEqual(partners);
    }
  });

  it("says so instead of drawing tables for an empty register", () => {
    const empty = tertialPlan(emptyRegister());
    const texts = empty.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Inga indikatorer är registrerade.");
    expect(texts).toContain("Inga åtgärder är registrerade.");
    expect(texts).toContain("Inga parter är registrerade.");
    expect(empty.charts).toEqual([]);
  });
});

describe("the final report sheet", () => {
  const plan = finalPlan();

  it("has a column for every pledge tertial in the indicator table", () => {
    const header = rowStarting(plan, "INDIKATORER") + 2;
    expect(tableRow(plan, header, header)).toEqual([
      "Indikator",
      "Enhet",
      "Utgång",
      "T2 2024",
      "T3 2024",
      "T1 2025",
      "T2 2025",
      "T3 2025",
      "Förändring",
      "Trend",
      "Kommentar",
      "Mål",
      "Slutstatus",
    ]);
    expect(tableRow(plan, header, header + 1)).toEqual(["Anmälda brott", "antal", 212, "—", "—", 188, 120, "—", -92, 3, "bättre", 150, "Uppnått"]);
  });

  it("counts activities per measure and tertial", () => {
    const header = rowStarting(plan, PROMISES_TITLE) + 3;
    expect(tableRow(plan, header, header).slice(2)).toEqual([
      "T2 2024",
      "T3 2024",
      "T1 2025",
      "T2 2025",
      "T3 2025",
      "Totalt",
      "Tillfällen",
      "Deltagare",
      "K/flickor",
      "M/pojkar",
    ]);
    expect(tableRow(plan, header, header + 1).slice(2, 8)).toEqual([0, 0, 1, 2, 0, 3]);
  });
});

describe("the status word of an indicator that cannot be judged", () => {
  it("names what is missing: the target, or only the baseline beside a target", () => {
    expect(statusWord("no-target", null, null)).toBe("Mål saknas");
    expect(statusWord("no-target", 12, null)).toBe("Mål saknas");
    expect(statusWord("no-target", null, 60)).toBe("Utgång saknas");
    expect(statusWord("no-data", null, 60)).toBe("Saknar data");
    expect(statusWord("met", 10, 60)).toBe("Uppnått");
  });
});

describe("the status column", () => {
  it("holds every status word on one line, in both reports", () => {
    const words = ["Uppnått", "Enligt plan", "Risk", "Avviker", "Saknar data", "Mål saknas", "Utgång saknas"];
    for (const plan of [tertialPlan(), finalPlan()]) {
      // The indicator table's status column: "Status" in the tertial report, "Slutstatus" in the final one.
      const row = plan.values.findIndex((r) => r.includes("Status") || r.includes("Slutstatus"));
      const header = plan.values[row]!;
      const width = cellWidth(plan, row, Math.max(header.indexOf("Status"), header.indexOf("Slutstatus")));
      for (const word of words) expect({ word, fits: widthForOneLine(word) <= width }).toEqual({ word, fits: true });
    }
  });
});
