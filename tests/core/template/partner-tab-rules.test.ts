/**
 * The value rules the add-in owns on a partner tab, renewed where the read shows them
 * other than a tab made today gets (issue 14 item 6): what counts as the same rule when
 * Excel gives it back (string formulas, its own spelling of a formula, either date
 * system), and the refresh's plan for a tab made by an older version.
 */
import type { ReadRule, WorkbookGrids } from "../../../src/core/cell";
import type { SheetPlan, ValidationPlan } from "../../../src/core/plan/sheet-plan";
import { pledgePeriods } from "../../../src/core/pledge-calendar";
import { periodLabel } from "../../../src/core/period";
import { readRegister } from "../../../src/core/register/read-register";
import { partnerReports } from "../../../src/core/template/partner-reports";
import { partnerTabPlan, TEMPLATE_UNIT_LOOKUP, unitLookupIn, type UnitLookup } from "../../../src/core/template/partner-tab-plan";
import { staleTabListPlans } from "../../../src/core/template/partner-tab-refresh";
import {
  normalFormula,
  OWNED_RULE_COLUMNS,
  ownedRuleRange,
  ownedRuleRanges,
  ruleIsCurrent,
  staleOwnedRules,
} from "../../../src/core/template/partner-tab-rules";
import { serialFromIso } from "../../../src/core/date";
import { baseGrids, withRow } from "../../support/register-builder";

const grids = baseGrids();
const draft = readRegister(grids);
const PERIODS = draft.pledge ? pledgePeriods(draft.pledge).map(periodLabel) : [];

/** Polisen's tab as the template makes it, with `unitLookup` (null: the rule before 11b67fe, >= 0 only). */
function polisenTab(unitLookup: UnitLookup | null | undefined = unitLookupIn(grids), g: WorkbookGrids = grids): SheetPlan {
  const d = readRegister(g);
  return partnerTabPlan({ name: "Polisen", tab: "Polisen", reports: partnerReports(d, "POL") }, 1, {
    periods: PERIODS,
    validity: d.pledge,
    unitLookup,
  });
}

const stringFormula = (v: number | string | undefined) => (v === undefined ? undefined : `=${v}`);

/** A plan's validation as Office.js reads it back: operands as string formulas, dates as serials. */
function asRead(v: ValidationPlan, range: string): ReadRule {
  const TYPE = { list: "List", whole: "WholeNumber", decimal: "Decimal", custom: "Custom", date: "Date" } as const;
  const kind = (["list", "whole", "decimal", "custom", "date"] as const).find((k) => k in v)!;
  let criterion: ReadRule["criterion"];
  if ("whole" in v || "decimal" in v) {
    const b = "whole" in v ? v.whole : v.decimal;
    criterion =
      b.max === undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: stringFormula(b.min) }
        : { operator: "Between", formula1: stringFormula(b.min), formula2: stringFormula(b.max) };
  } else if ("date" in v) {
    criterion = {
      operator: "Between",
      formula1: stringFormula(serialFromIso(v.date.from)!),
      formula2: stringFormula(serialFromIso(v.date.to)!),
    };
  } else if ("custom" in v) criterion = { formula: v.custom.formula };
  else if ("list" in v) criterion = { source: Array.isArray(v.list) ? v.list.join(",") : v.list.source };
  const alertOn = v.alert !== "none";
  return {
    range,
    type: TYPE[kind],
    criterion,
    alert: {
      show: alertOn,
      style: v.alert === "warning" || (v.alert === undefined && v.warnOnly) ? "Warning" : "Stop",
      title: v.errorTitle ?? "Ogiltigt värde",
      message: v.errorMessage,
    },
    prompt: { show: true, title: v.prompt!.title, message: v.prompt!.message },
  };
}

/** What a reader gives for the tab `plan` made: each owned range's rule as read back. */
function rulesOf(plan: SheetPlan): ReadRule[] {
  return ownedRuleRanges().map((range) =>
    asRead(
      plan.validations.find((v) => v.range === range)!,
      range,
    ),
  );
}

const today = polisenTab();
const older = polisenTab(null);
const at = (plan: SheetPlan, range: string) => plan.validations.find((v) => v.range === range)!;
const formulaOf = (v: ValidationPlan): string => ("custom" in v ? v.custom.formula : "");
const datesOf = (v: ValidationPlan): { from: string; to: string } => ("date" in v ? v.date : { from: "", to: "" });

describe("the rules the refresh owns", () => {
  it("are every column the template validates, over the 1 000 rows it validates", () => {
    expect(ownedRuleRanges()).toEqual([
      "A6:A1005",
      "B6:B1005",
      "D6:D1005",
      "E6:E1005",
      "F6:F1005",
      "G6:G1005",
      "H6:H1005",
      "K6:K1005",
      "L6:L1005",
      "M6:M1005",
      "N6:N1005",
      "O6:O1005",
    ]);
    expect(OWNED_RULE_COLUMNS.map((c) => today.values[4]![c])).toEqual([
      "Datum",
      "Åtgärd-ID",
      "Status",
      "Tillfällen",
      "Deltagare",
      "Varav kvinnor/flickor",
      "Varav män/pojkar",
      "Period",
      "Indikator-ID",
      "Värde",
      "Kvinnor",
      "Män",
    ]);
    // Every validation on a tab made today is one of them.
    expect(today.validations.map((v) => v.range).sort()).toEqual([...ownedRuleRanges()].sort());
  });
});

describe("ruleIsCurrent: a rule read back against the one a tab made today gets", () => {
  const value = at(today, "M6:M1005");
  const datum = at(today, "A6:A1005");

  it("takes today's rules as Office.js gives them back", () => {
    for (const r of rulesOf(today))
      expect({ range: r.range, current: ruleIsCurrent(at(today, r.range), r) }).toEqual({ range: r.range, current: true });
  });

  it("takes a custom formula in Excel's own spelling: no quotes around the sheet name, other case, spaces", () => {
    const formula =
      "=" +
      formulaOf(value)
        .slice(1)
        .replace(/'Indikatorer'/g, "Indikatorer")
        .replace(/AND\(/, "and( ");
    expect(formula).not.toBe(formulaOf(value));
    expect(ruleIsCurrent(value, { ...asRead(value, "M6:M1005"), criterion: { formula } })).toBe(true);
    // A text literal is compared as typed: "procent" is not the template's rule.
    const other = formulaOf(value).replace('"Procent"', '"procent"');
    expect(ruleIsCurrent(value, { ...asRead(value, "M6:M1005"), criterion: { formula: other } })).toBe(false);
    expect(normalFormula("='Blad 1'!$A:$A = \"a b\"")).toBe('BLAD1!$A:$A="a b"');
  });

  it("takes a date bound as a serial in either date system, or as an ISO day", () => {
    const read = asRead(datum, "A6:A1005");
    const from = serialFromIso(datesOf(datum).from)!;
    const to = serialFromIso(datesOf(datum).to)!;
    expect(
      ruleIsCurrent(datum, { ...read, criterion: { operator: "Between", formula1: `=${from - 1462}`, formula2: `=${to - 1462}` } }),
    ).toBe(true);
    expect(
      ruleIsCurrent(datum, {
        ...read,
        criterion: { operator: "Between", formula1: `${datesOf(datum).from}T00:00:00`, formula2: datesOf(datum).to },
      }),
    ).toBe(true);
    expect(ruleIsCurrent(datum, { ...read, criterion: { operator: "Between", formula1: `=${from}`, formula2: `=${to + 1}` } })).toBe(false);
    expect(ruleIsCurrent(datum, { ...read, criterion: { operator: "Between", formula1: "=TODAY()", formula2: `=${to}` } })).toBe(false);
  });

  it.each([
    [
      "an older version's >= 0 on a mixed partner's Värde",
      "M6:M1005",
      { type: "Decimal", criterion: { operator: "GreaterThanOrEqualTo", formula1: "=0" } },
    ],
    ["a column some of whose cells lost their rule", "E6:E1005", { type: "MixedCriteria", criterion: undefined }],
    ["a column whose cells hold different rules", "F6:F1005", { type: "Inconsistent", criterion: undefined }],
    ["a column with no rule", "A6:A1005", { type: "None", criterion: undefined }],
    [
      "a count that stops instead of asking",
      "F6:F1005",
      { alert: { show: true, style: "Stop", title: "Stämmer det?", message: "Skriv ett helt antal, 0 eller mer, till exempel 12." } },
    ],
    ["a count whose minimum differs", "G6:G1005", { criterion: { operator: "GreaterThanOrEqualTo", formula1: "=1" } }],
    ["an input message an older version wrote", "H6:H1005", { prompt: { show: true, title: "Varav män/pojkar", message: "Antal män." } }],
  ] as const)("renews %s", (_what, range, change) => {
    const read = { ...asRead(at(today, range), range), ...change } as ReadRule;
    expect(ruleIsCurrent(at(today, range), read)).toBe(false);
  });

  it("takes a dropdown's source in Excel's spelling, and renews one whose list moved or whose periods changed", () => {
    const ids = at(today, "B6:B1005");
    const read = asRead(ids, "B6:B1005");
    expect(read.criterion).toEqual({ source: "='Polisen'!$R$6:$R$7" });
    expect(ruleIsCurrent(ids, { ...read, criterion: { source: "=Polisen!$R$6:$R$7" } })).toBe(true);
    expect(ruleIsCurrent(ids, { ...read, criterion: { source: "=Polisen!$R$6:$R$9" } })).toBe(false);
    // The ID dropdowns have no alert: one that asks about a bare code is renewed.
    expect(ruleIsCurrent(ids, { ...read, alert: { show: true, style: "Stop", title: "", message: ids.errorMessage } })).toBe(false);
    const period = at(today, "K6:K1005");
    const periodRead = asRead(period, "K6:K1005");
    expect(ruleIsCurrent(period, periodRead)).toBe(true);
    expect(ruleIsCurrent(period, { ...periodRead, criterion: { source: "T2 2024,T3 2024" } })).toBe(false);
  });

  it("judges by type alone what a reader gives without the first cell's rule", () => {
    expect(ruleIsCurrent(value, { range: "M6:M1005", type: "Custom" })).toBe(true);
    expect(ruleIsCurrent(value, { range: "M6:M1005", type: "Decimal" })).toBe(false);
  });
});

describe("staleOwnedRules and the refresh's plan", () => {
  /** The grids with Polisen's tab as `plan` made it, its rules as a reader gives them back. */
  const withTab = (g: WorkbookGrids, plan: SheetPlan, rules: ReadRule[] | undefined): WorkbookGrids => ({
    sheets: g.sheets.map((s) => (s.name === "Polisen" ? { name: s.name, values: plan.values, ...(rules ? { rules } : {}) } : s)),
  });

  it("renews nothing where the read carries no rules (a host without ExcelApi 1.8, the .xlsx reader)", () => {
    expect(staleOwnedRules(undefined, today.validations, 1000)).toEqual([]);
    expect(staleTabListPlans(withTab(grids, older, undefined))).toEqual([]);
  });

  it("renews nothing on a tab made today", () => {
    expect(staleOwnedRules(rulesOf(today), today.validations, 1000)).toEqual([]);
    expect(staleTabListPlans(withTab(grids, today, rulesOf(today)))).toEqual([]);
  });

  it("gives an older tab today's rules on Värde, Kvinnor and Män, and writes no cell", () => {
    const [plan, ...more] = staleTabListPlans(withTab(grids, older, rulesOf(older)));
    expect(more).toEqual([]);
    expect(plan).toMatchObject({ name: "Polisen", append: true, kind: "register" });
    expect(plan!.validations).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"].map((r) => at(today, r)));
    expect(plan!.values.flat().filter((v) => v !== null && v !== undefined)).toEqual([]);
    expect(plan!.numberFormats).toEqual([]);
  });

  it("looks a percent row's unit up where this workbook's Indikatorer table stands", () => {
    // The template's lookup (Indikatorer from A1) and the workbook's are the same here; the plan uses the workbook's.
    expect(unitLookupIn(grids)).toEqual(TEMPLATE_UNIT_LOOKUP);
    const moved: UnitLookup = { sheet: "Indikatorer", idColumn: "B", unitColumn: "D" };
    const tabMoved = polisenTab(moved);
    const stale = staleOwnedRules(rulesOf(today), tabMoved.validations, 1000);
    expect(stale.map((v) => v.range)).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"]);
    expect(formulaOf(stale[0]!)).toContain("'Indikatorer'!$B:$B");
  });

  it("covers a table grown past the template's rows", () => {
    const grown = older.values.map((r) => [...r]);
    while (grown.length < 1300) grown.push([]);
    grown[1299]![12] = 7;
    const [plan] = staleTabListPlans(withTab(grids, { ...older, values: grown }, rulesOf(older)));
    expect(plan!.validations.map((v) => v.range)).toEqual(["M6:M1300", "N6:N1300", "O6:O1300"]);
  });

  it("renews Värde's rule when the partner's indicators become percent only (0–100 on every row)", () => {
    // I1 goes: Polisen keeps only I2, a percent indicator.
    const g = { sheets: grids.sheets.map((s) => (s.name === "Indikatorer" ? { ...s, values: s.values.filter((r) => r[0] !== "I1") } : s)) };
    const [plan] = staleTabListPlans(withTab(g, today, rulesOf(today)));
    expect(at(plan!, "M6:M1005")).toMatchObject({ decimal: { min: 0, max: 100 }, alert: "warning" });
  });

  it("keeps the list refresh as it was: a stale list and a stale rule go in one plan", () => {
    const g = withRow(grids, "Åtgärder", ["Å3", "Nattvandring", "Trygghet och trivsel", "POL", null, null, null, "I1", "Pågår"]);
    const [plan] = staleTabListPlans(withTab(g, older, rulesOf(older)));
    expect(plan!.validations.map((v) => v.range)).toEqual(["B6:B1005", "M6:M1005", "N6:N1005", "O6:O1005"]);
    expect(ownedRuleRange(1)).toBe("B6:B1005");
  });
});
