/**
 * The `Rapportlogg` plan for one report: a new sheet with both tables (or, in a
 * new workbook of its own, the earlier log copied and the new row added), or,
 * where the workbook has a log, only the new rows appended below each table,
 * every earlier cell left as it is. Table 2 gets a row for each indicator not
 * yet in it, locked at this report.
 */
import { a1, a1Range } from "../../address";
import type { Cell } from "../../cell";
import { serialFromYMD, wallClock } from "../../date";
import { periodLabel } from "../../period";
import { emptyPlan, type SheetPlan } from "../../plan/sheet-plan";
import type { Indicator, Register } from "../../register/types";
import { fold } from "../../values";
import { LOG_INDICATORS_LEFT, LOG_INDICATORS_TABLE, LOG_REPORTS_TABLE, LOG_SHEET, LOG_TITLE_ROWS, type LockedField } from "./log-layout";
import type { LockedIndicator, LogEntry, ReportLog } from "./read-log";
import type { ReportHead } from "../model/report-head";
import { formatTabs, scopeLine, type TabSummary, tabSummaries } from "./tab-summary";

const MOMENT_FORMAT = "yyyy-mm-dd hh:mm";
const DAY_FORMAT = "yyyy-mm-dd";
const HEADER_STYLE = { font: { bold: true }, fill: "#DDEBF7", bottomBorder: { weight: "thin" as const, color: "#8EA9DB" } };

/** The moment on the clock that decides "today", as a serial with the time of day as fraction. */
export function momentSerial(d: Date, offsetMinutes?: number): number {
  const c = wallClock(d, offsetMinutes);
  return serialFromYMD(c.year, c.month, c.day)! + (c.hour * 60 + c.minute) / 1440;
}

/**
 * The log row of a report made now: `period` is `T2 2025` or `Hela löftet`; `Data`, `Rader` and `Utelämnade`
 * are what the report's head shows (its fingerprint, the rows it is built from and those errors left out, of the
 * data in its scope), `Flikar` each tab's rows and fingerprint of that data.
 */
export function logEntryFor(register: Register, report: { created: Date; sheet: string; period: string; head: ReportHead }): LogEntry {
  const { head } = report;
  return {
    created: momentSerial(report.created),
    sheet: report.sheet,
    period: report.period,
    data: head.fingerprint,
    rows: head.rowsUsed,
    excluded: head.rowsExcluded,
    tabs: tabSummaries(register, head.scope),
    scope: scopeLine(head.scope),
  };
}

/** An indicator's locked fields as the log writes them. */
export function lockedFields(i: Indicator): Record<LockedField, Cell> {
  return {
    Enhet: i.unit,
    Källa: i.sources.join(", "),
    Riktning: i.direction,
    Sammanvägning: i.aggregation,
    Frekvens: i.frequency,
    Utgångsvärde: i.baseline,
    Utgångsperiod: i.baselinePeriod ? periodLabel(i.baselinePeriod) : null,
    Målvärde: i.target,
    Könsuppdelad: i.genderSplit ? "Ja" : "Nej",
  };
}

/** Indicators of the register that table 2 does not hold yet, locked today. */
function newlyLocked(register: Register, log: ReportLog | null, day: number): LockedIndicator[] {
  const known = new Set((log?.locked ?? []).map((l) => fold(l.id)));
  return register.indicators.filter((i) => !known.has(fold(i.id))).map((i) => ({ id: i.id, fields: lockedFields(i), locked: day }));
}

function reportCells(e: LogEntry): Record<string, Cell> {
  return {
    Skapad: e.created,
    Flik: e.sheet,
    Period: e.period,
    Data: e.data,
    Rader: e.rows,
    Utelämnade: e.excluded,
    Flikar: e.tabs.length > 0 || e.scope !== null ? formatTabs(e.tabs, e.scope) : null,
  };
}

function lockedCells(l: LockedIndicator): Record<string, Cell> {
  return { "Indikator-ID": l.id, ...l.fields, Låst: l.locked };
}

class Cells {
  readonly values: Cell[][] = [];
  put(row: number, col: number, value: Cell): void {
    while (this.values.length <= row) this.values.push([]);
    const r = this.values[row]!;
    while (r.length < col) r.push(null);
    r[col] = value;
  }
}

/** Writes rows of `cells` by header into the given sheet columns, from `row` on; returns the formats to apply. */
function putRows(out: Cells, plan: SheetPlan, rows: Record<string, Cell>[], row: number, columns: Record<string, number>): void {
  rows.forEach((cells, i) => {
    for (const [header, value] of Object.entries(cells)) {
      const col = columns[header];
      if (col === undefined || value === null) continue;
      out.put(row + i, col, value);
    }
  });
  if (rows.length === 0) return;
  const formatColumn = (header: string, format: string) => {
    const col = columns[header];
    if (col !== undefined) plan.numberFormats.push({ range: a1Range(row, col, rows.length, 1), format });
  };
  formatColumn("Skapad", MOMENT_FORMAT);
  formatColumn("Låst", DAY_FORMAT);
  formatColumn("Data", "@");
  const tabs = columns["Flikar"];
  if (tabs !== undefined) plan.styles.push({ range: a1Range(row, tabs, rows.length, 1), style: { wrap: true, vertical: "top" } });
}

const columnsFrom = (headers: readonly { header: string }[], left: number) =>
  Object.fromEntries(headers.map((c, i) => [c.header, left + i] as const));

export interface LogPlanOptions {
  /** The sheets go to a new workbook of their own: the log is written whole there. */
  newWorkbook: boolean;
  /** Name for a new log sheet (default `Rapportlogg`; a person's sheet may hold that name). */
  name?: string;
}

/** The plan that records `entry` in the workbook's log (`log`: as read, null when there is none). */
export function reportLogPlan(log: ReportLog | null, entry: LogEntry, register: Register, options: LogPlanOptions): SheetPlan {
  const locked = newlyLocked(register, log, Math.floor(entry.created ?? 0));
  if (log && !options.newWorkbook) return appendPlan(log, entry, locked);
  const plan = emptyPlan(log?.sheet ?? options.name ?? LOG_SHEET, "rapportlogg");
  const out = new Cells();
  out.put(0, 0, "Rapportlogg");
  out.put(
    1,
    0,
    "Tillägget skriver en rad här för varje rapport det gör och ändrar aldrig tidigare rader. Till höger: indikatorerna som de var vid första rapporten.",
  );
  const headerRow = LOG_TITLE_ROWS;
  const reports = columnsFrom(LOG_REPORTS_TABLE.columns, 0);
  const indicators = columnsFrom(LOG_INDICATORS_TABLE.columns, LOG_INDICATORS_LEFT);
  for (const [h, c] of [...Object.entries(reports), ...Object.entries(indicators)]) out.put(headerRow, c, h);
  putRows(out, plan, [...(log?.entries ?? []), entry].map(reportCells), headerRow + 1, reports);
  // Every row the log had, a later one for the same indicator too: the log only ever gains rows.
  putRows(out, plan, [...(log?.lockedRows ?? log?.locked ?? []), ...locked].map(lockedCells), headerRow + 1, indicators);
  plan.values = out.values;
  plan.styles.unshift(
    { range: "A1", style: { font: { bold: true, size: 14 } } },
    { range: a1Range(headerRow, 0, 1, LOG_REPORTS_TABLE.columns.length), style: HEADER_STYLE },
    { range: a1Range(headerRow, LOG_INDICATORS_LEFT, 1, LOG_INDICATORS_TABLE.columns.length), style: HEADER_STYLE },
  );
  plan.columns = [
    ...LOG_REPORTS_TABLE.columns.map((c) => ({ width: c.width })),
    { width: 3 },
    ...LOG_INDICATORS_TABLE.columns.map((c) => ({ width: c.width })),
  ];
  plan.freeze = { rows: headerRow + 1, columns: 0 };
  plan.activeCell = a1(headerRow + 1, 0);
  return plan;
}

/** Only the new rows, below each table of the log as it stands. */
function appendPlan(log: ReportLog, entry: LogEntry, locked: LockedIndicator[]): SheetPlan {
  const plan: SheetPlan = { ...emptyPlan(log.sheet, "rapportlogg"), append: true };
  const out = new Cells();
  putRows(out, plan, [reportCells(entry)], log.reports.nextRow, log.reports.columns);
  let table = log.indicators;
  if (!table && locked.length > 0) {
    // A log without table 2: its headers go beside table 1, one empty column after it.
    const left = Math.max(...Object.values(log.reports.columns)) + 2;
    const columns = columnsFrom(LOG_INDICATORS_TABLE.columns, left);
    for (const [h, c] of Object.entries(columns)) out.put(log.reports.headerRow, c, h);
    plan.styles.push({ range: a1Range(log.reports.headerRow, left, 1, LOG_INDICATORS_TABLE.columns.length), style: HEADER_STYLE });
    table = { headerRow: log.reports.headerRow, nextRow: log.reports.headerRow + 1, columns };
  }
  if (table) putRows(out, plan, locked.map(lockedCells), table.nextRow, table.columns);
  plan.values = out.values;
  return plan;
}

export type { TabSummary };
