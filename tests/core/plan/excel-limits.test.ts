/**
 * Excel holds at most 32 767 characters in a cell: plans are cut to it where
 * they are built (a note says how much was left out), and both writers keep
 * any other plan within it too.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import {
  cellsOverLimit,
  checkValidationTexts,
  MAX_VALIDATION_ERROR,
  MAX_VALIDATION_PROMPT,
  MAX_VALIDATION_TITLE,
  cutListNote,
  inlineList,
  MAX_INLINE_LIST_CHARS,
  fitCellText,
  fitPlanToExcel,
  joinWithin,
  MAX_CELL_CHARS,
  MAX_ROW_HEIGHT,
} from "../../../src/core/plan/excel-limits";
import { emptyPlan, type SheetPlan } from "../../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../../src/core/report/layout/tertial-report-plan";
import { NO_REPORTS } from "../../../src/core/template/partner-reports";
import { registerPlans } from "../../../src/core/template/register-plans";
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../../src/xlsx/render-plan";
import { cellAt } from "../../support/memory-workbook";
import { baseGrids, T2_2025, TODAY, withCell, withRow } from "../../support/register-builder";
import { portOnFake, sheetNamed } from "../../excel/harness";

const NOW = new Date(2025, 8, 5, 14, 32);
const long = (n: number, unit = "Trygghet ") => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe("fitCellText", () => {
  it("keeps a text that fits and cuts a longer one to exactly the limit, saying how many characters were left out", () => {
    expect(fitCellText("kort")).toBe("kort");
    expect(fitCellText(long(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
    for (const n of [MAX_CELL_CHARS + 1, 40_000, 1_000_000]) {
      const text = long(n);
      const cut = fitCellText(text);
      expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(cut.length).toBeGreaterThan(MAX_CELL_CHARS - 10);
      const m = / … \[avkortad: ([\d ]+) tecken till fick inte plats i cellen\]$/.exec(cut)!;
      const kept = cut.slice(0, m.index);
      expect(text.startsWith(kept)).toBe(true);
      expect(Number(m[1]!.replace(/ /g, ""))).toBe(n - kept.length);
    }
  });

  it("never splits an emoji in two", () => {
    for (let shift = 0; shift < 4; shift++) {
      const cut = fitCellText("x".repeat(shift) + "😀".repeat(20_000));
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(cut.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    }
  });
});

describe("joinWithin", () => {
  it("joins whole items and says how many were left out", () => {
    expect(joinWithin(["I1", "I2"], ", ")).toBe("I1, I2");
    const items = Array.from({ length: 10_000 }, (_, i) => `I${i + 1}`);
    const joined = joinWithin(items, ", ");
    expect(joined.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    const m = /^(.*) … och ([\d ]+) till som inte fick plats i cellen$/.exec(joined)!;
    const kept = m[1]!.split(", ");
    expect(kept).toEqual(items.slice(0, kept.length));
    expect(kept.length + Number(m[2]!.replace(/ /g, ""))).toBe(items.length);
  });

  it("cuts a single item longer than a cell", () => {
    const joined = joinWithin([long(50_000), "I2"], ", ");
    expect(joined.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(joined.endsWith(cutListNote(1))).toBe(true);
  });
});

/**
 * Indicators the partner misses: their names, joined, are longer than a cell (400 × 100 characters). Few and long
 * rather than 3 000 short ones: a report's plan moves every range at each repeated table head, and 3 000 indicator
 * rows took 8 s a plan (the test 67 s of CI) for the same cut list.
 */
const MISSING_INDICATORS = 400;
const indicatorName = (i: number) => `Indikator ${i} (${"x".repeat(84)})`;

/** A register whose every printed text is longer than a cell, and a partner missing 400 indicators. */
function oversizedRegister(): WorkbookGrids {
  let g = baseGrids();
  g = withCell(g, "Löfte", "B2", long(40_000, "Medborgarlöfte "));
  g = withCell(g, "Löfte", "B3", long(33_000, "Skäggetorp "));
  g = withCell(g, "Löfte", "B4", long(33_000, "Linköping "));
  g = withCell(g, "Löfte", "B8", long(33_000, "Trygghetsrådet "));
  g = withCell(g, "Parter", "B2", long(40_000, "Polisen "));
  g = withCell(g, "Åtgärder", "B2", long(40_000, "Trygghetsvandring "));
  g = withCell(g, "Indikatorer", "B2", long(40_000, "Anmälda brott "));
  for (let i = 0; i < MISSING_INDICATORS; i++) {
    const row: Cell[] = [
      `IND-${String(i).padStart(6, "0")}`,
      indicatorName(i),
      "Antal",
      "POL",
      "Lägre är bättre",
      "Summa",
      "Tertial",
      10,
      "T1 2024",
      5,
      "Nej",
    ];
    g.sheets.find((s) => s.name === "Indikatorer")!.values.push(row);
  }
  // A tab name longer than any sheet could have, quoted by missing-partner-tab.
  g = withRow(g, "Parter", ["LNG", "Lång", "Annan", long(40_000, "Flik ")]);
  return g;
}

function allPlans(grids: WorkbookGrids): SheetPlan[] {
  const check = checkRegister(grids, { today: TODAY, tertial: T2_2025 });
  const ctx = { register: check.register, findings: check.findings, createdAt: NOW };
  return [
    tertialReportPlan(tertialReportModel(ctx, T2_2025), "Rapport T2 2025"),
    finalReportPlan(finalReportModel(ctx), "Slutrapport"),
    kontrollPlan(check.findings, NOW, "Kontroll"),
  ];
}

describe("plans stay within a cell's 32 767 characters", () => {
  it("the tertial report, the final report and Kontroll of a register with over-long texts and a 400-item list longer than a cell", () => {
    const plans = allPlans(oversizedRegister());
    for (const plan of plans) {
      expect(cellsOverLimit(plan)).toEqual([]);
      for (const r of plan.rows) expect(r.height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    }
    const texts = plans.flatMap((p) => p.values.flat()).filter((v): v is string => typeof v === "string");
    // Each over-long text was cut with its note, not dropped.
    expect(texts.some((t) => t.startsWith("Medborgarlöfte ") && t.includes("tecken till fick inte plats"))).toBe(true);
    // The partner's "Saknas" list: whole names (never codes) and how many more.
    const missing = texts.find((t) => t.startsWith(`${indicatorName(0)}, ${indicatorName(1)}`))!;
    expect(missing).toMatch(/, Indikator \d+ \(x+\) … och [\d ]+ till som inte fick plats i cellen$/);
    const kept = missing.split(" … ")[0]!.split(", ");
    expect(kept).toEqual(kept.map((_, i) => indicatorName(i)));
    expect(kept.length + Number(/och ([\d ]+) till/.exec(missing)![1]!.replace(/ /g, ""))).toBe(MISSING_INDICATORS);
  });

  it("the register template of a register with over-long texts", () => {
    const g = oversizedRegister();
    const plans = registerPlans({
      lofte: g.sheets[0]!.values,
      parter: g.sheets[1]!.values,
      partners: [{ name: long(40_000), tab: "Polisen", reports: NO_REPORTS }],
    });
    for (const plan of plans) expect(cellsOverLimit(plan)).toEqual([]);
  });

  it("fitPlanToExcel cuts cells and row heights in place", () => {
    const plan = { ...emptyPlan("X", "rapport" as const), values: [[long(40_000), 3, null]], rows: [{ row: 0, height: 5_000 }] };
    fitPlanToExcel(plan);
    expect((plan.values[0]![0] as string).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(plan.values[0]![1]).toBe(3);
    expect(plan.rows[0]!.height).toBe(MAX_ROW_HEIGHT);
  });
});

/** A plan that (wrongly) holds over-long text in a plain cell and in a table's data cell. */
function overLong(): SheetPlan {
  const plan = emptyPlan("Lång", "register");
  plan.values = [
    ["Rubrik", "Text"],
    ["A", long(50_000)],
    [long(40_000), "B"],
  ];
  plan.tables = [{ name: "Lang_1", range: "A1:B3", headers: ["Rubrik", "Text"], style: "TableStyleLight9" }];
  return plan;
}

describe("both writers keep any plan within the limit", () => {
  it("the xlsx writer writes at most 32 767 characters a cell, with the note", async () => {
    const [sheet] = (await readWorkbook(await renderWorkbook([overLong()]))).sheets;
    for (const v of [sheet!.values[1]![1], sheet!.values[2]![0]]) {
      expect(typeof v).toBe("string");
      expect((v as string).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(v as string).toContain("tecken till fick inte plats i cellen");
    }
  }, 30_000);

  it("the Office.js writer writes at most 32 767 characters a cell (the strict fake refuses more)", async () => {
    const { fake, port } = portOnFake();
    await port.writeSheets([overLong()]);
    const s = sheetNamed(fake, "Lång");
    for (const a of ["B2", "A3"]) {
      const v = cellAt(s, a) as string;
      expect(v.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
      expect(v).toContain("tecken till fick inte plats i cellen");
    }
  });
});

describe("inlineList: Excel's rule for an inline dropdown list, for both writers", () => {
  it("joins the items with commas", () => {
    expect(inlineList(["Planerad", "Genomförd", "Inställd"])).toBe("Planerad,Genomförd,Inställd");
  });

  it("refuses an item with a comma and a list over 255 characters", () => {
    expect(() => inlineList(["Ja, gärna", "Nej"])).toThrow(/contains a comma/);
    expect(inlineList(["x".repeat(255)])).toHaveLength(MAX_INLINE_LIST_CHARS);
    expect(() => inlineList(["x".repeat(200), "y".repeat(55)])).toThrow(/256 characters is longer than Excel's 255/);
  });
});

describe("checkValidationTexts: Office's limits on a validation's texts ([MS-OI29500] §2.1.613), for both writers", () => {
  const x = (n: number) => "x".repeat(n);
  const rule = (texts: { errorTitle?: string; errorMessage?: string; promptTitle?: string; promptMessage?: string }) => ({
    errorMessage: texts.errorMessage ?? "Skriv ett tal.",
    errorTitle: texts.errorTitle ?? "Stämmer det?",
    prompt: { title: texts.promptTitle ?? "Värde", message: texts.promptMessage ?? "Ett tal." },
  });

  it("are 32 for both titles, 224 for the error message and 255 for the input message", () => {
    expect([MAX_VALIDATION_TITLE, MAX_VALIDATION_ERROR, MAX_VALIDATION_PROMPT]).toEqual([32, 224, 255]);
  });

  it.each([
    ["error title", "errorTitle", 32],
    ["error message", "errorMessage", 224],
    ["prompt title", "promptTitle", 32],
    ["prompt message", "promptMessage", 255],
  ] as const)("takes an %s at its limit and refuses one character more", (what, key, limit) => {
    expect(() => checkValidationTexts(rule({ [key]: x(limit) }))).not.toThrow();
    expect(() => checkValidationTexts(rule({ [key]: x(limit + 1) }))).toThrow(
      new RegExp(`${what} over ${limit} characters \\(${limit + 1}\\)`),
    );
  });

  it("counts as Excel does, in UTF-16 code units: an emoji is two", () => {
    expect(() => checkValidationTexts(rule({ errorTitle: `${x(30)}🙂` }))).not.toThrow();
    expect(() => checkValidationTexts(rule({ errorTitle: `${x(31)}🙂` }))).toThrow(/error title over 32/);
  });

  it("a 225-character error message, which the .xlsb record would hold, is refused: the .xlsx limit is the stricter", () => {
    expect(() => checkValidationTexts(rule({ errorMessage: x(225) }))).toThrow(/error message over 224/);
  });

  it("both writers refuse a plan over a limit before they write anything", async () => {
    const plan = emptyPlan("Blad", "register");
    plan.values = [["Värde"], [null]];
    plan.validations = [{ range: "A2:A10", decimal: { min: 0 }, errorMessage: x(225) }];
    await expect(renderWorkbook([plan])).rejects.toThrow(/error message over 224/);
    const { fake, port } = portOnFake({});
    await expect(port.writeSheets([plan])).rejects.toThrow(/error message over 224/);
    // Refused while the write is planned: the sheet was never made.
    expect(fake.wb.sheets.map((s) => s.name)).not.toContain("Blad");
  });
});
