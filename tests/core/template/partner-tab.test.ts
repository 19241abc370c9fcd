/** A partner's tab as the template makes it (issue 14 item 6): what a volunteer reads, and what the reader makes of it. */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import { activityFigures } from "../../../src/core/figures/activity-figures";
import { MAX_VALIDATION_ERROR, MAX_VALIDATION_PROMPT, MAX_VALIDATION_TITLE } from "../../../src/core/plan/excel-limits";
import type { SheetPlan, ValidationPlan } from "../../../src/core/plan/sheet-plan";
import { readRegister } from "../../../src/core/register/read-register";
import { NO_REPORTS, partnerReports } from "../../../src/core/template/partner-reports";
import { partnerTabPlan, percentRowFormula, TEMPLATE_UNIT_LOOKUP, unitLookupIn } from "../../../src/core/template/partner-tab-plan";
import { computeTrends } from "../../../src/core/trends/trends";
import { baseGrids, d, T2_2025, TODAY, withCell } from "../../support/register-builder";

const PERIODS = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025", "2024", "2025"];
const VALIDITY = { validFrom: d(2024, 8, 1), validTo: d(2025, 12, 31) };

/** The template's tab for a partner of `grids`. */
function tabFor(grids: WorkbookGrids, id: string, name: string, tab = name): SheetPlan {
  const reports = partnerReports(readRegister(grids), id);
  return partnerTabPlan({ name, tab, reports }, 1, { periods: PERIODS, validity: VALIDITY });
}

/** `grids` with `tab` replaced by the template's tab, rows typed into it from row 6 (activities A–I, values K–P). */
function typedInto(grids: WorkbookGrids, plan: SheetPlan, activities: Cell[][], values: Cell[][]): WorkbookGrids {
  const cells = plan.values.map((r) => [...r]);
  activities.forEach((row, i) => row.forEach((v, c) => (cells[5 + i]![c] = v)));
  values.forEach((row, i) => row.forEach((v, c) => (cells[5 + i]![10 + c] = v)));
  return { sheets: grids.sheets.map((s) => (s.name === plan.name ? { name: s.name, values: cells } : s)) };
}

const polisen = tabFor(baseGrids(), "POL", "Polisen");
const row = (plan: SheetPlan, r: number) => plan.values[r]!.map((v) => v ?? null);
const perRow = (cell: string) => percentRowFormula(cell, `$L${cell.slice(1)}`, TEMPLATE_UNIT_LOOKUP);
const validationAt = (plan: SheetPlan, column: string): ValidationPlan => plan.validations.find((v) => v.range.startsWith(`${column}6:`))!;

describe("a partner's tab, as the template makes it", () => {
  it("holds a title, what the partner reports (with names), a heading and a help line above each table, then the headers", () => {
    const top = [0, 1, 2, 3, 4].map((r) => row(polisen, r));
    expect(top[0]!.slice(0, 2)).toEqual(["Aktiviteter och indikatorvärden – Polisen", null]);
    expect(top[1]![0]).toBe("Era åtgärder: Å1 – Trygghetsvandringar (medverkande); Å2 – Medborgardialog (ansvarig).");
    expect(top[1]![10]).toBe("Era indikatorer: I1 – Anmälda brott (antal); I2 – Otrygga ute sent på kvällen (procent, 0–100).");
    expect([top[2]![0], top[2]![10]]).toEqual(["Aktiviteter", "Indikatorvärden"]);
    expect(top[3]![0]).toBe(
      "En rad per aktivitet, datum som 2025-03-14. Tillfällen: hur många gånger aktiviteten hölls. " +
        "Deltagare: hur många som var med, räkna varje person en gång per tillfälle (10 personer vid 3 tillfällen är 30).",
    );
    expect(top[3]![10]).toMatch(/^En rad per indikator och period: tertial som T2 2025, eller år som 2025/);
    expect(top[4]).toEqual([
      "Datum",
      "Åtgärd-ID",
      "Aktivitet",
      "Status",
      "Tillfällen",
      "Deltagare",
      "Varav kvinnor/flickor",
      "Varav män/pojkar",
      "Kommentar",
      null,
      "Period",
      "Indikator-ID",
      "Värde",
      "Kvinnor",
      "Män",
      "Kommentar",
      null,
      "Åtgärder att välja",
      "Indikatorer att välja",
    ]);
    // The rest of the rows above the headers is empty: nothing there can pass for a header.
    for (const r of [0, 1, 2]) expect(top[r]!.filter((v) => v !== null)).toHaveLength(r === 0 ? 1 : 2);
    expect(polisen.freeze).toEqual({ rows: 5, columns: 0 });
    expect(polisen.tables.map((t) => t.range)).toEqual(["A5:I105", "K5:P105"]);
  });

  it("wraps the reports and help lines over their table's width, the rows tall enough", () => {
    expect(polisen.merges).toEqual(expect.arrayContaining(["A2:I2", "K2:P2", "A4:I4", "K4:P4"]));
    expect(polisen.rows.find((r) => r.row === 3)!.height).toBeGreaterThanOrEqual(30);
  });

  it("lists the ID dropdowns' items, an ID with its name, one a cell, and the dropdowns take them from there", () => {
    const column = (c: number) =>
      polisen.values
        .slice(5)
        .map((r) => r[c] ?? null)
        .filter((v) => v !== null);
    expect(column(17)).toEqual(["Å1 – Trygghetsvandringar", "Å2 – Medborgardialog"]);
    expect(column(18)).toEqual(["I1 – Anmälda brott", "I2 – Otrygga ute sent på kvällen"]);
    expect(validationAt(polisen, "B")).toMatchObject({ list: { source: "='Polisen'!$R$6:$R$7" }, alert: "none" });
    expect(validationAt(polisen, "L")).toMatchObject({ list: { source: "='Polisen'!$S$6:$S$7" }, alert: "none" });
  });

  it("offers every measure and indicator to a partner with none of its own, and says so", () => {
    const g = withCell(withCell(baseGrids(), "Parter", "A4", "ABF"), "Parter", "D4", "ABF");
    const abf = tabFor(g, "ABF", "ABF");
    expect(abf.values[1]![0]).toMatch(/^Era åtgärder: ni står inte som ansvarig eller medverkande i någon åtgärd/);
    expect(abf.values[1]![10]).toBe("Era indikatorer: ni är inte källa för någon indikator, så tabellen Indikatorvärden kan stå tom.");
    expect(abf.values.slice(5, 8).map((r) => r[18])).toEqual([
      "I1 – Anmälda brott",
      "I2 – Otrygga ute sent på kvällen",
      "I3 – Skadegörelseärenden",
    ]);
  });

  it("falls back to the master sheets' ID columns when the register has no measures or indicators yet", () => {
    const empty = partnerTabPlan({ name: "Ny part", tab: "Ny part", reports: NO_REPORTS }, 1, { periods: [] });
    expect(empty.values[1]![0]).toBe("Era åtgärder: inga åtgärder är inlagda på fliken Åtgärder än.");
    expect(validationAt(empty, "B")).toMatchObject({ list: { source: "='Åtgärder'!$A$2:$A$1000" } });
    expect(validationAt(empty, "L")).toMatchObject({ list: { source: "='Indikatorer'!$A$2:$A$1000" } });
    // Without the pledge's dates the Datum rule still catches a typo such as 2205.
    expect(validationAt(empty, "A")).toMatchObject({ date: { from: "2000-01-01", to: "2099-12-31" } });
  });
});

describe("the tab's data validation", () => {
  it("checks dates, counts and values as they are typed, questioning rather than refusing, over the whole table and beyond", () => {
    const rules = polisen.validations.map((v) => ({
      range: v.range,
      rule:
        "list" in v
          ? "list"
          : "whole" in v
            ? `whole ${JSON.stringify(v.whole)}`
            : "decimal" in v
              ? `decimal ${JSON.stringify(v.decimal)}`
              : "custom" in v
                ? `custom ${v.custom.formula}`
                : `date ${v.date.from}–${v.date.to}`,
      alert: v.alert ?? (v.warnOnly ? "warning" : "stop"),
      prompt: v.prompt?.title ?? null,
    }));
    expect(rules).toEqual([
      { range: "A6:A1005", rule: "date 2024-08-01–2025-12-31", alert: "warning", prompt: "Datum" },
      { range: "B6:B1005", rule: "list", alert: "none", prompt: "Åtgärd-ID" },
      { range: "D6:D1005", rule: "list", alert: "stop", prompt: "Status" },
      { range: "E6:E1005", rule: 'whole {"min":0}', alert: "warning", prompt: "Tillfällen" },
      { range: "F6:F1005", rule: 'whole {"min":0}', alert: "warning", prompt: "Deltagare" },
      { range: "G6:G1005", rule: 'whole {"min":0}', alert: "warning", prompt: "Varav kvinnor/flickor" },
      { range: "H6:H1005", rule: 'whole {"min":0}', alert: "warning", prompt: "Varav män/pojkar" },
      { range: "K6:K1005", rule: "list", alert: "warning", prompt: "Period" },
      { range: "L6:L1005", rule: "list", alert: "none", prompt: "Indikator-ID" },
      { range: "M6:M1005", rule: `custom ${perRow("M6")}`, alert: "warning", prompt: "Värde" },
      { range: "N6:N1005", rule: `custom ${perRow("N6")}`, alert: "warning", prompt: "Kvinnor" },
      { range: "O6:O1005", rule: `custom ${perRow("O6")}`, alert: "warning", prompt: "Män" },
    ]);
  });

  it("holds Värde, Kvinnor and Män to 0–100 on the percent rows only, where the partner's indicators mix Procent and Antal", () => {
    // Polisen reports I1 (Antal) and I2 (Procent): the rule looks up each row's unit by its Indikator-ID ($L, the same row).
    expect(perRow("M6")).toBe(
      '=AND(ISNUMBER(M6),M6>=0,OR(M6<=100,TRIM(IFERROR(INDEX(\'Indikatorer\'!$C:$C,MATCH(TRIM(LEFT($L6,MIN(FIND(" – ",$L6&" – "),' +
        'FIND(" - ",$L6&" - "))-1)),\'Indikatorer\'!$A:$A,0)),""))<>"Procent"))',
    );
    expect(validationAt(polisen, "M")).toMatchObject({ custom: { formula: perRow("M6") }, alert: "warning", errorTitle: "Stämmer det?" });
    expect(validationAt(polisen, "M").errorMessage).toBe(
      "Skriv ett tal, 0 eller mer, till exempel 12 eller 3,5. För en indikator i procent: 0–100, till exempel 46 för 46 %.",
    );
    expect(validationAt(polisen, "N").prompt!.title).toBe("Kvinnor");
  });

  it("keeps a plain number ≥ 0 where no indicator of the partner is a percent", () => {
    const stg = tabFor(baseGrids(), "STG", "Stångåstaden");
    expect(validationAt(stg, "M")).toMatchObject({ decimal: { min: 0 }, alert: "warning" });
    expect(validationAt(stg, "M").errorMessage).toBe("Skriv ett tal, 0 eller mer, till exempel 12 eller 3,5.");
  });

  it("looks the unit up where the workbook's Indikatorer table stands, and leaves the per-row rule out when it cannot be found", () => {
    // Indikatorer moved one column right and two rows down, a title above.
    const moved = baseGrids();
    moved.sheets = moved.sheets.map((s) =>
      s.name === "Indikatorer" ? { name: "INDIKATORER", values: [["Våra indikatorer"], [], ...s.values.map((r) => [null, ...r])] } : s,
    );
    const lookup = unitLookupIn(moved);
    expect(lookup).toEqual({ sheet: "INDIKATORER", idColumn: "B", unitColumn: "D" });
    const reports = partnerReports(readRegister(moved), "POL");
    const plan = partnerTabPlan({ name: "Polisen", tab: "Polisen", reports }, 1, { periods: PERIODS, unitLookup: lookup });
    expect((validationAt(plan, "M") as { custom: { formula: string } }).custom.formula).toContain("INDEX('INDIKATORER'!$D:$D,MATCH(");
    expect((validationAt(plan, "M") as { custom: { formula: string } }).custom.formula).toContain("'INDIKATORER'!$B:$B,0)");
    const none = partnerTabPlan({ name: "Polisen", tab: "Polisen", reports }, 1, { periods: PERIODS, unitLookup: null });
    expect(validationAt(none, "M")).toMatchObject({ decimal: { min: 0 } });
    expect(unitLookupIn({ sheets: moved.sheets.filter((s) => s.name !== "INDIKATORER") })).toBeNull();
  });

  it("explains Tillfällen and Deltagare, and names the partner's percent indicators at Värde", () => {
    expect(validationAt(polisen, "E").prompt!.message).toBe("Hur många gånger aktiviteten hölls: ett helt antal, till exempel 3.");
    expect(validationAt(polisen, "F").prompt!.message).toMatch(
      /Räkna varje person en gång per tillfälle: 10 personer vid 3 tillfällen är 30\./,
    );
    expect(validationAt(polisen, "M").prompt!.message).toMatch(/Procent skrivs 0–100: 46 för 46 %\. I procent: I2\.$/);
    expect(validationAt(polisen, "A").errorMessage).toBe("Skriv ett datum inom löftets tid (2024-08-01–2025-12-31), som 2025-03-14.");
    expect(validationAt(polisen, "E").errorMessage).toBe("Skriv ett helt antal, 0 eller mer, till exempel 12.");
  });

  it("takes values to 0–100 where every indicator the partner reports is a percent", () => {
    const g = withCell(baseGrids(), "Indikatorer", "C2", "Procent");
    const all = tabFor(g, "POL", "Polisen");
    expect(validationAt(all, "M")).toMatchObject({ decimal: { min: 0, max: 100 }, alert: "warning" });
    expect(validationAt(all, "M").errorMessage).toBe("Skriv andelen i procent, 0–100, till exempel 46 för 46 %.");
  });

  it("cuts the Period alert at a word to Excel's 224 characters when a long pledge names many periods", () => {
    // Nine years of tertials and years: the inline list fits Excel's 255, its alert would not fit 224.
    const periods = Array.from({ length: 9 }, (_, y) => [1, 2, 3].map((t) => `T${t} ${2020 + y}`)).flat();
    expect(periods.join(",").length).toBeLessThanOrEqual(255);
    const reports = partnerReports(readRegister(baseGrids()), "POL");
    const plan = partnerTabPlan({ name: "Polisen", tab: "Polisen", reports }, 1, { periods, validity: VALIDITY });
    const period = validationAt(plan, "K");
    expect(`Välj ett av värdena i listan: ${periods.join(", ")}.`.length).toBeGreaterThan(224);
    expect(period.errorMessage.length).toBeLessThanOrEqual(224);
    expect(period.errorMessage).toMatch(/^Välj ett av värdena i listan: T1 2020, T2 2020, .*…$/);
    expect(period).toMatchObject({ list: periods });
  });

  it("keeps every title and message within what Excel stores, even for a partner with very many percent indicators", () => {
    let g = baseGrids();
    for (let i = 0; i < 80; i++) {
      g = withCell(g, "Indikatorer", `A${5 + i}`, `P${i}`);
      for (const [col, v] of [
        ["B", `Andel ${i}`],
        ["C", "Procent"],
        ["D", "POL"],
        ["E", "Högre är bättre"],
        ["F", "Medel"],
        ["G", "Tertial"],
      ]) {
        g = withCell(g, "Indikatorer", `${col}${5 + i}`, v!);
      }
    }
    for (const v of tabFor(g, "POL", "Polisen").validations) {
      expect(v.errorMessage.length).toBeLessThanOrEqual(MAX_VALIDATION_ERROR);
      expect((v.errorTitle ?? "").length).toBeLessThanOrEqual(MAX_VALIDATION_TITLE);
      expect(v.prompt!.title.length).toBeLessThanOrEqual(MAX_VALIDATION_TITLE);
      expect(v.prompt!.message.length).toBeLessThanOrEqual(MAX_VALIDATION_PROMPT);
    }
  });
});

describe("the reader on the template's tab", () => {
  const options = { today: TODAY, tertial: T2_2025 };

  it("finds both tables on an empty tab with no finding about it", () => {
    const grids = typedInto(baseGrids(), polisen, [], []);
    const { findings } = checkRegister(grids, options);
    expect(findings.filter((f) => f.sheet === "Polisen" && f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => f.code === "missing-column")).toEqual([]);
  });

  it("reads rows picked from the dropdowns (ID – name) as their IDs: no finding, the same figures and trends as bare codes", () => {
    const activity = (id: Cell): Cell[] => [d(2025, 5, 14), id, "Medborgardialog på torget", "Genomförd", 1, 40, 22, 18, "Bra uppslutning"];
    const values = (i1: Cell, i2: Cell): Cell[][] => [
      ["T2 2025", i1, 165, null, null, null],
      ["2025", i2, 41, 46, 31, null],
    ];
    const list = (c: number, k: number) => polisen.values[5 + k]![c]!;
    const named = typedInto(baseGrids(), polisen, [activity(list(17, 1))], values(list(18, 0), list(18, 1)));
    const bare = typedInto(baseGrids(), polisen, [activity("Å2")], values("I1", "I2"));
    expect(named.sheets.find((s) => s.name === "Polisen")!.values[5]![1]).toBe("Å2 – Medborgardialog");

    const a = checkRegister(named, options);
    const b = checkRegister(bare, options);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(a.findings.map((f) => f.code)).toEqual(b.findings.map((f) => f.code));
    expect(activityFigures(a.register, T2_2025)).toEqual(activityFigures(b.register, T2_2025));
    expect(a.register.activities).toHaveLength(2);
    const trend = (r: typeof a) =>
      computeTrends(r.register, T2_2025).indicators.map((t) => ({ id: t.id, value: t.value, series: t.series }));
    expect(trend(a)).toEqual(trend(b));
    expect(trend(a).find((t) => t.id === "I1")!.value).toBe(165);
  });

  it("never takes the block above the tables, nor the lists beside them, for rows", () => {
    const grids = typedInto(baseGrids(), polisen, [], []);
    const { register } = checkRegister(grids, options);
    expect(register.activities.filter((x) => x.partnerId === "POL")).toEqual([]);
    expect(register.values.filter((x) => x.partnerId === "POL")).toEqual([]);
    expect(register.activities.filter((x) => x.partnerId === "STG")).toHaveLength(1);
  });
});

describe("a tab re-laid by the template (registerInputFromGrids, the demo)", () => {
  it("moves an older tab's rows (headers on row 3) under the template's headers, and they read the same", () => {
    const grids = baseGrids();
    const old = grids.sheets.find((s) => s.name === "Polisen")!.values;
    const reports = partnerReports(readRegister(grids), "POL");
    const plan = partnerTabPlan({ name: "Polisen", tab: "Polisen", reports, values: old }, 1, { periods: PERIODS, validity: VALIDITY });
    expect(plan.values[5]!.slice(0, 3)).toEqual([d(2025, 5, 14), "Å2", "Medborgardialog på torget"]);
    expect(plan.values[6]!.slice(10, 13)).toEqual(["2025", "I2", 41]);
    const relaid = { sheets: grids.sheets.map((s) => (s.name === "Polisen" ? { name: s.name, values: plan.values } : s)) };
    const options = { today: TODAY, tertial: T2_2025 };
    const a = checkRegister(relaid, options);
    const b = checkRegister(grids, options);
    expect(a.findings.map((f) => f.code)).toEqual(b.findings.map((f) => f.code));
    expect(activityFigures(a.register, T2_2025)).toEqual(activityFigures(b.register, T2_2025));
    expect(a.register.values.map((v) => [v.indicatorId, v.value])).toEqual(b.register.values.map((v) => [v.indicatorId, v.value]));
  });
});
