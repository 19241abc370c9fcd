/**
 * A partner's tab as the template makes it, for a volunteer who fills it in:
 *
 *   row 1  the title, with the partner's name
 *   row 2  what the partner reports: its measures (A) and indicators (K), with names
 *   row 3  a heading above each table: Aktiviteter (A), Indikatorvärden (K)
 *   row 4  one line of help above each table (Tillfällen and Deltagare explained)
 *   row 5  the two tables' header rows, side by side (A–I, K–P), then the data
 *   R, S   the dropdowns' lists: "Å4 – Polisiär närvaro i centrum", one a cell
 *
 * Nothing above the header row holds a header, so the reader finds the tables as
 * it finds any (by header row). Dropdowns offer an ID with its name and the reader
 * takes the ID. Dates, counts and values are validated as they are typed, with an
 * input message; a value the rule does not let in is questioned, never refused,
 * so nothing a person typed is lost (docs/register-format.md, "A partner's tab").
 */
import { a1, a1Range, columnLetter } from "../address";
import type { Cell, WorkbookGrids } from "../cell";
import { isoFromSerial } from "../date";
import type { Validity } from "../pledge-calendar";
import { emptyPlan, type SheetPlan, type ValidationPlan } from "../plan/sheet-plan";
import { widthForOneLine, wrappedLines } from "../plan/text-fit";
import {
  ACTIVITY_STATUSES,
  AKTIVITETER_TABLE,
  INDIKATORER_TABLE,
  PARTNER_TAB_TITLE_ROWS,
  SHEET_NAMES,
  VARDEN_TABLE,
  type ColumnSpec,
} from "../register/layout";
import { findTable } from "../register/find-table";
import { sheetByName } from "../register/read-register";
import { type PartnerReports, withName } from "./partner-reports";
import { CHECK_TITLE, fitAlert, fitPrompt, PROMPTS, TAB_TEXTS } from "./tab-texts";
import { PARTNER_TAB, VALIDATED_ROWS } from "./tab-layout";
import { atLeastHeight, BLANK_ROWS, idSource, padGrid, placeTable, printSetup, quotedSheet, tableRows } from "./table-placement";

export { PARTNER_TAB, VALIDATED_ROWS };

export interface PartnerTabInput {
  name: string;
  tab: string;
  /** What the partner reports (`partnerReports`): named on the tab and offered by its dropdowns. */
  reports: PartnerReports;
  /** The tab's current grid, if it has one (the demo), else a new empty tab. */
  values?: readonly (readonly Cell[])[];
}

export interface PartnerTabOptions {
  /** Period labels offered in the Period dropdown (pledge tertials and years). */
  periods: readonly string[];
  /** The pledge's validity: the activity dates the Datum rule expects. */
  validity?: Validity | null;
  /**
   * Where a row's unit is looked up, for a partner whose indicators mix `Procent` and
   * other units: by default the `Indikatorer` sheet as the template lays it out; null
   * when the workbook's `Indikatorer` table cannot be found (no 0–100 rule per row).
   */
  unitLookup?: UnitLookup | null;
}

/** The `Indikatorer` sheet's ID and `Enhet` columns (letters), looked up as whole columns, so rows added to the table are found. */
export interface UnitLookup {
  sheet: string;
  idColumn: string;
  unitColumn: string;
}

/** The lookup on the `Indikatorer` sheet as the template makes it (its table from A1). */
export const TEMPLATE_UNIT_LOOKUP: UnitLookup = {
  sheet: SHEET_NAMES.indikatorer,
  idColumn: columnLetter(INDIKATORER_TABLE.columns.findIndex((c) => c.header === "Indikator-ID")),
  unitColumn: columnLetter(INDIKATORER_TABLE.columns.findIndex((c) => c.header === "Enhet")),
};

/**
 * The custom rule of a value cell whose row may hold a `Procent` indicator or another
 * (`=AND(ISNUMBER(M6),M6>=0,OR(M6<=100,<unit of $L6><>"Procent"))`): a number ≥ 0, and
 * at most 100 where the row's indicator is a `Procent` one. The row's `Indikator-ID`
 * (`$L6`, row relative) is read as the reader reads it, the ID before " – " or " - "
 * ("I4 – Otrygghet" is I4), trimmed, and its unit looked up in whole columns of
 * `Indikatorer`, so an indicator added there, or a unit changed, is judged by what
 * the sheet says now; an ID it does not find is held to ≥ 0 only. MATCH and `<>`
 * compare case-insensitively, as the reader does.
 */
export function percentRowFormula(valueCell: string, idCell: string, lookup: UnitLookup): string {
  const col = (letter: string) => `${quotedSheet(lookup.sheet)}!$${letter}:$${letter}`;
  const id = `TRIM(LEFT(${idCell},MIN(FIND(" – ",${idCell}&" – "),FIND(" - ",${idCell}&" - "))-1))`;
  const unit = `TRIM(IFERROR(INDEX(${col(lookup.unitColumn)},MATCH(${id},${col(lookup.idColumn)},0)),""))`;
  return `=AND(ISNUMBER(${valueCell}),${valueCell}>=0,OR(${valueCell}<=100,${unit}<>"Procent"))`;
}

/** The lookup for a tab added to a workbook: where its `Indikatorer` table stands (null when it cannot be found). */
export function unitLookupIn(grids: WorkbookGrids): UnitLookup | null {
  const sheet = sheetByName(grids, SHEET_NAMES.indikatorer);
  if (!sheet) return null;
  const found = findTable(sheet, INDIKATORER_TABLE);
  const id = found?.columns["Indikator-ID"];
  const unit = found?.columns["Enhet"];
  if (id === undefined || unit === undefined) return null;
  const left = sheet.left ?? 0;
  return { sheet: sheet.name, idColumn: columnLetter(left + id), unitColumn: columnLetter(left + unit) };
}

/** Activity dates the Datum rule lets in when the pledge's dates are not known. */
const OPEN_DATES = { from: "2000-01-01", to: "2099-12-31" };
const GREY = "#404040";

/** The line that names what the partner reports: "Era åtgärder: Å4 – Polisiär närvaro i centrum (ansvarig); …". */
export function reportsLines(reports: PartnerReports): { measures: string; indicators: string } {
  const m = TAB_TEXTS.measures;
  const i = TAB_TEXTS.indicators;
  const measures =
    reports.measures.length > 0
      ? reports.measures.map((x) => `${withName(x)} (${m.role[x.role]})`).join("; ") + "."
      : reports.allMeasures.length > 0
        ? m.none
        : m.noneInRegister;
  const indicators =
    reports.indicators.length > 0
      ? reports.indicators.map((x) => `${withName(x)}${x.unit && i.unit[x.unit] ? ` (${i.unit[x.unit]})` : ""}`).join("; ") + "."
      : reports.allIndicators.length > 0
        ? i.none
        : i.noneInRegister;
  return { measures: `${m.label}: ${measures}`, indicators: `${i.label}: ${indicators}` };
}

/** The dropdown's items: the partner's own, else every one on the register. */
function listItems(own: readonly { id: string; name: string }[], all: readonly { id: string; name: string }[]): string[] {
  return (own.length > 0 ? own : all).map(withName);
}

/** The lists the ID dropdowns take their items from, written in column `col` under the header row; null when there is nothing to list. */
function writeList(plan: SheetPlan, col: number, heading: string, items: readonly string[]): { source: string } | null {
  const { headerRow } = PARTNER_TAB;
  plan.values[headerRow]![col] = heading;
  if (items.length === 0) return null;
  items.forEach((item, k) => (plan.values[headerRow + 1 + k]![col] = item));
  const widest = Math.max(widthForOneLine(heading, { bold: true }), ...items.map((t) => widthForOneLine(t)));
  plan.columns[col] = { width: Math.ceil(Math.min(widest + 1, 50)) };
  plan.numberFormats.push({ range: a1Range(headerRow + 1, col, items.length, 1), format: "@" });
  return {
    source: `=${quotedSheet(plan.name)}!$${columnLetter(col)}$${headerRow + 2}:$${columnLetter(col)}$${headerRow + 1 + items.length}`,
  };
}

/** Merged cells over a table's width holding wrapped text, the row tall enough to show it all. */
function wrappedAcross(plan: SheetPlan, row: number, from: number, cols: number): void {
  const text = plan.values[row]![from];
  if (typeof text !== "string" || text === "") return;
  plan.merges.push(a1Range(row, from, 1, cols));
  plan.styles.push({ range: a1(row, from), style: { wrap: true, vertical: "top" } });
  let width = 0;
  for (let c = from; c < from + cols; c++) width += plan.columns[c]?.width ?? 8.43;
  atLeastHeight(plan, row, Math.min(409, wrappedLines(text, width - 1) * 15));
}

/** The validation of each column of the two tables (null: none). */
function columnValidation(reports: PartnerReports, options: PartnerTabOptions, sources: Record<string, { source: string }>) {
  const percent = reports.indicators.filter((i) => i.unit === "Procent");
  const allPercent = reports.indicators.length > 0 && percent.length === reports.indicators.length;
  // Procent beside other units: 0–100 for the percent rows only, by a formula that looks up each row's unit.
  const lookup = options.unitLookup === undefined ? TEMPLATE_UNIT_LOOKUP : options.unitLookup;
  const perRow = percent.length > 0 && !allPercent && lookup !== null;
  const warn = (v: ValidationPlan): ValidationPlan => ({ ...v, alert: "warning", errorTitle: CHECK_TITLE });
  const prompt = (title: string, message: string) => ({ title, message: fitPrompt(message) });
  const idCol = columnLetter(PARTNER_TAB.valuesLeft + VARDEN_TABLE.columns.findIndex((c) => c.header === "Indikator-ID"));
  const valueRule = (range: string, header: string, message: string): ValidationPlan => {
    const common = { range, prompt: prompt(header, message) };
    if (perRow) {
      const top = range.split(":")[0]!;
      const formula = percentRowFormula(top, `$${idCol}${top.replace(/^[A-Z]+/, "")}`, lookup);
      return warn({ ...common, custom: { formula }, errorMessage: PROMPTS.perRow });
    }
    return warn({
      ...common,
      decimal: allPercent ? { min: 0, max: 100 } : { min: 0 },
      errorMessage: allPercent ? PROMPTS.percent : PROMPTS.decimal,
    });
  };
  return (col: ColumnSpec, range: string): ValidationPlan | null | undefined => {
    switch (col.header) {
      case "Datum": {
        const v = options.validity;
        const from = v ? isoFromSerial(v.validFrom) : OPEN_DATES.from;
        const to = v ? isoFromSerial(v.validTo) : OPEN_DATES.to;
        const texts = v ? PROMPTS.Datum(from, to) : PROMPTS.DatumOpen;
        return warn({ range, date: { from, to }, errorMessage: texts.error, prompt: prompt("Datum", texts.prompt) });
      }
      case "Åtgärd-ID":
      case "Indikator-ID": {
        const list = sources[col.header] ?? idSource(col.header === "Åtgärd-ID" ? SHEET_NAMES.atgarder : SHEET_NAMES.indikatorer);
        // The list offers; a bare code typed by hand is as good as the name, so no alert asks about it.
        return {
          range,
          list,
          alert: "none",
          errorMessage: PROMPTS[col.header].prompt,
          prompt: prompt(col.header, PROMPTS[col.header].prompt),
        };
      }
      case "Status":
        return {
          range,
          list: [...ACTIVITY_STATUSES],
          errorMessage: fitAlert(`Välj ett av värdena i listan: ${ACTIVITY_STATUSES.join(", ")}.`),
          prompt: prompt("Status", PROMPTS.Status.prompt),
        };
      case "Tillfällen":
      case "Deltagare":
      case "Varav kvinnor/flickor":
      case "Varav män/pojkar":
        return warn({ range, whole: { min: 0 }, errorMessage: PROMPTS.whole, prompt: prompt(col.header, PROMPTS[col.header].prompt) });
      case "Period":
        if (options.periods.length === 0) return null;
        return {
          range,
          list: [...options.periods],
          warnOnly: true,
          errorMessage: fitAlert(`Välj ett av värdena i listan: ${options.periods.join(", ")}.`),
          errorTitle: CHECK_TITLE,
          prompt: prompt("Period", PROMPTS.Period.prompt),
        };
      case "Värde":
        return valueRule(range, "Värde", PROMPTS.Värde(percent.map((i) => i.id)).prompt);
      case "Kvinnor":
      case "Män":
        return valueRule(range, col.header, PROMPTS[col.header].prompt);
      default:
        return null;
    }
  };
}

/** A partner's tab: title, what it reports, a heading and help line above each table, the two tables and the dropdowns' lists. */
export function partnerTabPlan(partner: PartnerTabInput, index: number, options: PartnerTabOptions): SheetPlan {
  const plan = emptyPlan(partner.tab, "register");
  const { headerRow: h, valuesLeft, listsLeft, width, rows } = PARTNER_TAB;
  const actCols = AKTIVITETER_TABLE.columns.length;
  const valCols = VARDEN_TABLE.columns.length;
  const given = relaid(partner.values ?? []);
  const reports = partner.reports;
  const measureItems = listItems(reports.measures, reports.allMeasures);
  const indicatorItems = listItems(reports.indicators, reports.allIndicators);
  const actRows = tableRows(given, h, 0, actCols, BLANK_ROWS.partner);
  const valRows = tableRows(given, h, valuesLeft, valCols, BLANK_ROWS.partner);
  const dataRows = Math.max(actRows, valRows, measureItems.length, indicatorItems.length);
  plan.values = padGrid(given, h + 1 + dataRows, width);
  const head = partnerTabHead(partner.name, reports);
  head.forEach((line, r) => line.forEach((v, c) => (plan.values[r]![c] ??= v)));
  AKTIVITETER_TABLE.columns.forEach((c, i) => (plan.values[h]![i] = c.header));
  VARDEN_TABLE.columns.forEach((c, i) => (plan.values[h]![valuesLeft + i] = c.header));

  const sources: Record<string, { source: string }> = {};
  const measureList = writeList(plan, listsLeft, TAB_TEXTS.lists.measures, measureItems);
  const indicatorList = writeList(plan, listsLeft + 1, TAB_TEXTS.lists.indicators, indicatorItems);
  if (measureList) sources["Åtgärd-ID"] = measureList;
  if (indicatorList) sources["Indikator-ID"] = indicatorList;

  const validation = columnValidation(reports, options, sources);
  const place = { validation, validatedRows: VALIDATED_ROWS };
  placeTable(plan, AKTIVITETER_TABLE, h, 0, actRows, `Aktiviteter_${index}`, "TableStyleLight9", place);
  placeTable(plan, VARDEN_TABLE, h, valuesLeft, valRows, `Varden_${index}`, "TableStyleLight10", place);
  plan.columns[actCols] = { width: 3 };
  plan.columns[valuesLeft + valCols] = { width: 3 };

  for (const left of [0, valuesLeft]) {
    const cols = left === 0 ? actCols : valCols;
    wrappedAcross(plan, rows.reports, left, cols);
    wrappedAcross(plan, rows.help, left, cols);
    plan.styles.push(
      { range: a1(rows.heading, left), style: { font: { bold: true, size: 12 } } },
      { range: a1(rows.help, left), style: { font: { italic: true, color: GREY } } },
    );
  }
  plan.styles.push(
    { range: "A1", style: { font: { bold: true, size: 14 } } },
    { range: a1(rows.help, listsLeft), style: { font: { italic: true, color: GREY } } },
    { range: a1Range(h, listsLeft, 1, 2), style: { font: { bold: true, color: GREY } } },
    { range: a1Range(h + 1, listsLeft, dataRows, 2), style: { font: { color: GREY } } },
  );
  plan.freeze = { rows: h + 1, columns: 0 };
  plan.activeCell = a1(h + 1, 0);
  plan.print = printSetup(partner.tab, `${h + 1}:${h + 1}`);
  return plan;
}

/**
 * A tab's rows as the template lays them out: each table's data rows, found by its
 * header row wherever it stands (an older tab had its headers on row 3), under the
 * template's headers, in the layout's column order; nothing above or beside is kept.
 * Rows keep their distance from the header, so a cell the demo names stays put.
 */
function relaid(values: readonly (readonly Cell[])[]): Cell[][] {
  if (values.length === 0) return [];
  const sheet = { name: "", values: values as Cell[][] };
  const out: Cell[][] = [];
  for (const [spec, left] of [
    [AKTIVITETER_TABLE, 0],
    [VARDEN_TABLE, PARTNER_TAB.valuesLeft],
  ] as const) {
    const found = findTable(sheet, spec);
    if (!found) continue;
    for (let r = found.headerRow + 1; r < values.length; r++) {
      const line = (out[PARTNER_TAB.headerRow + r - found.headerRow] ??= []);
      spec.columns.forEach((c, i) => {
        const at = found.columns[c.header];
        line[left + i] = at === undefined ? null : (values[r]![at] ?? null);
      });
    }
  }
  for (let r = 0; r < out.length; r++) out[r] ??= [];
  return out;
}

/**
 * The rows above a partner tab's tables (title, what it reports, headings, help),
 * as cells from A1: the template writes them, and the demo's tabs start with them.
 */
export function partnerTabHead(name: string, reports: PartnerReports): Cell[][] {
  const { valuesLeft, listsLeft, rows } = PARTNER_TAB;
  const lines = reportsLines(reports);
  const head: Cell[][] = Array.from({ length: PARTNER_TAB_TITLE_ROWS }, () => Array<Cell>(listsLeft + 1).fill(null));
  head[rows.title]![0] = TAB_TEXTS.title(name);
  head[rows.reports]![0] = lines.measures;
  head[rows.reports]![valuesLeft] = lines.indicators;
  head[rows.heading]![0] = TAB_TEXTS.activitiesHeading;
  head[rows.heading]![valuesLeft] = TAB_TEXTS.valuesHeading;
  head[rows.help]![0] = TAB_TEXTS.activitiesHelp;
  head[rows.help]![valuesLeft] = TAB_TEXTS.valuesHelp;
  head[rows.help]![listsLeft] = TAB_TEXTS.lists.note;
  return head;
}
