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
import { a1, a1Range } from "../address";
import type { Cell } from "../cell";
import { isoFromSerial } from "../date";
import type { Validity } from "../pledge-calendar";
import { emptyPlan, type SheetPlan, type ValidationPlan } from "../plan/sheet-plan";
import { widthForOneLine, wrappedLines } from "../plan/text-fit";
import {
  ACTIVITY_STATUSES,
  AKTIVITETER_TABLE,
  PARTNER_TAB_GAP,
  PARTNER_TAB_TITLE_ROWS,
  SHEET_NAMES,
  VARDEN_TABLE,
  type ColumnSpec,
} from "../register/layout";
import { findTable } from "../register/find-table";
import { type PartnerReports, withName } from "./partner-reports";
import { CHECK_TITLE, fitPrompt, PROMPTS, TAB_TEXTS } from "./tab-texts";
import { atLeastHeight, BLANK_ROWS, idSource, padGrid, placeTable, printSetup, quotedSheet, tableRows } from "./table-placement";

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
}

/** Where things stand on a partner tab (0-based rows and columns). */
export const PARTNER_TAB = (() => {
  const headerRow = PARTNER_TAB_TITLE_ROWS;
  const activityCols = AKTIVITETER_TABLE.columns.length;
  const valuesLeft = activityCols + PARTNER_TAB_GAP;
  const valuesEnd = valuesLeft + VARDEN_TABLE.columns.length;
  const listsLeft = valuesEnd + PARTNER_TAB_GAP;
  return {
    headerRow,
    valuesLeft,
    listsLeft,
    width: listsLeft + 2,
    rows: { title: 0, reports: 1, heading: 2, help: 3 },
  } as const;
})();

/** Rows below the header that the validations cover, beyond the table's blank rows; Excel tables also carry them into rows they grow by. */
export const VALIDATED_ROWS = 1000;
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
  return { source: `=${quotedSheet(plan.name)}!$${colLetters(col)}$${headerRow + 2}:$${colLetters(col)}$${headerRow + 1 + items.length}` };
}

const colLetters = (col: number): string => a1(0, col).replace(/\d+$/, "");

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
  const warn = (v: ValidationPlan): ValidationPlan => ({ ...v, alert: "warning", errorTitle: CHECK_TITLE });
  const prompt = (title: string, message: string) => ({ title, message: fitPrompt(message) });
  const valueRule = (range: string, header: string, message: string): ValidationPlan =>
    warn({
      range,
      decimal: allPercent ? { min: 0, max: 100 } : { min: 0 },
      errorMessage: allPercent ? PROMPTS.percent : PROMPTS.decimal,
      prompt: prompt(header, message),
    });
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
          errorMessage: `Välj ett av värdena i listan: ${ACTIVITY_STATUSES.join(", ")}.`,
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
          errorMessage: `Välj ett av värdena i listan: ${options.periods.join(", ")}.`,
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
