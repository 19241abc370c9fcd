/**
 * Reads `Rapportlogg` back: the reports made (table 1) and the indicators as
 * they stood when first reported (table 2). A log written by another program
 * from the contract reads too: tables are found by their header rows, dates may
 * be serials or ISO text, numbers may be text with a decimal comma.
 */
import type { Cell, SheetGrid, WorkbookGrids } from "../../cell";
import { serialFromIso } from "../../date";
import { parsePeriod, periodLabel } from "../../period";
import { type FoundTable, findTable } from "../../register/find-table";
import { cellText, fold, isBlank, readNumber, Unreadable } from "../../values";
import { LOG_INDICATORS_TABLE, LOG_REPORTS_TABLE, LOG_SHEET, type LockedField, LOCKED_FIELDS, WHOLE_PLEDGE } from "./log-layout";
import { parseTabs, type TabSummary } from "./tab-summary";

export interface LogEntry {
  /** `Skapad` as a serial with the time of day as its fraction, or null when it does not read. */
  created: number | null;
  /** The report's sheet (`Flik`). */
  sheet: string;
  /** `T2 2025`, `Hela löftet`, or the text as typed when it is neither. */
  period: string;
  /** The fingerprint (`Data`). */
  data: string;
  rows: number | null;
  excluded: number | null;
  /** Per tab, from `Flikar`; empty when the log has no such column. */
  tabs: TabSummary[];
  /**
   * `Flikar`'s first line, which says what data `Data` and the tabs count (`Underlag: aktiviteter i T2 2025, …`,
   * `report/model/report-scope.ts`); null for a row an earlier version wrote over the whole register, or one
   * without `Flikar`.
   */
  scope: string | null;
}

export interface LockedIndicator {
  id: string;
  /** The cells as the log holds them, by header. */
  fields: Record<LockedField, Cell>;
  /** `Låst`: the day of the first report, or null when it does not read. */
  locked: number | null;
}

/** Where the next row of a table goes: 0-based sheet row, and the sheet column of each header. */
export interface TableEnd {
  /** 0-based sheet row of the header row. */
  headerRow: number;
  nextRow: number;
  columns: Record<string, number>;
}

export interface ReportLog {
  /** The log's sheet name as it stands in the workbook. */
  sheet: string;
  /** Whether the add-in made the sheet (it may then be replaced; it is only ever appended to). */
  generated: boolean;
  entries: LogEntry[];
  /** First row per Indikator-ID (a later row for the same ID is not read). */
  locked: LockedIndicator[];
  /** Every row of table 2 that has an Indikator-ID, in order: a log written whole again keeps them all. */
  lockedRows?: LockedIndicator[];
  reports: TableEnd;
  /** Null when the log has no table 2 yet. */
  indicators: TableEnd | null;
}

/** "2025-09-05 14:32", "2025-09-05T14:32:10" or a serial: a serial with the time as fraction. */
export function readMoment(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) && cell > 0 ? cell : null;
  if (typeof cell !== "string") return null;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?/.exec(cell);
  const day = m ? serialFromIso(m[1]!) : null;
  if (!m || day === null) return null;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return day + seconds / 86400;
}

const numberOrNull = (cell: Cell): number | null => {
  const n = readNumber(cell);
  return n instanceof Unreadable ? null : n;
};

/** `Period` as a label: a tertial or year in its canonical form, `Hela löftet`, else as typed. */
function periodText(cell: Cell): string {
  const p = parsePeriod(cell);
  if (p) return periodLabel(p);
  const text = cellText(cell).trim();
  return fold(text) === fold(WHOLE_PLEDGE) ? WHOLE_PLEDGE : text;
}

interface Rows {
  found: FoundTable;
  rows: { at: number; get: (header: string) => Cell }[];
  end: TableEnd;
}

/** The table's non-blank rows below its header, in its own columns. */
function rowsOf(sheet: SheetGrid, found: FoundTable): Rows {
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  const cols = Object.values(found.columns);
  const rows: Rows["rows"] = [];
  let last = found.headerRow;
  for (let r = found.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r] ?? [];
    if (cols.every((c) => isBlank(row[c]))) continue;
    last = r;
    rows.push({ at: r + top, get: (h) => (found.columns[h] === undefined ? null : (row[found.columns[h]!] ?? null)) });
  }
  const columns: Record<string, number> = {};
  for (const [h, c] of Object.entries(found.columns)) columns[h] = c + left;
  return { found, rows, end: { headerRow: found.headerRow + top, nextRow: last + 1 + top, columns } };
}

/** The sheets that may be the log, in tab order: `Rapportlogg`, then `Rapportlogg (2)`… */
function candidates(grids: WorkbookGrids): SheetGrid[] {
  const base = fold(LOG_SHEET);
  return grids.sheets.filter((s) => {
    const key = fold(s.name);
    return key === base || new RegExp(`^${base} \\(\\d+\\)$`).test(key);
  });
}

function readFrom(sheet: SheetGrid): ReportLog | null {
  const reportsTable = findTable(sheet, LOG_REPORTS_TABLE);
  if (!reportsTable || reportsTable.missing.length > 0) return null;
  const reports = rowsOf(sheet, reportsTable);
  const entries: LogEntry[] = reports.rows.map(({ get }) => ({
    created: readMoment(get("Skapad")),
    sheet: cellText(get("Flik")).trim(),
    period: periodText(get("Period")),
    data: cellText(get("Data")).trim().toLowerCase(),
    rows: numberOrNull(get("Rader")),
    excluded: numberOrNull(get("Utelämnade")),
    ...(typeof get("Flikar") === "string" ? parseTabs(get("Flikar") as string) : { tabs: [], scope: null }),
  }));
  const indicatorsTable = findTable(sheet, LOG_INDICATORS_TABLE);
  let locked: LockedIndicator[] = [];
  let lockedRows: LockedIndicator[] = [];
  let indicators: TableEnd | null = null;
  if (indicatorsTable && indicatorsTable.missing.length === 0) {
    const table = rowsOf(sheet, indicatorsTable);
    indicators = table.end;
    lockedRows = table.rows.flatMap(({ get }) => {
      const id = cellText(get("Indikator-ID")).trim();
      if (id === "") return [];
      const fields = Object.fromEntries(LOCKED_FIELDS.map((f) => [f, get(f)])) as Record<LockedField, Cell>;
      const day = readMoment(get("Låst"));
      return [{ id, fields, locked: day === null ? null : Math.floor(day) }];
    });
    const seen = new Set<string>();
    locked = lockedRows.filter(({ id }) => {
      const key = fold(id);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return { sheet: sheet.name, generated: sheet.generated === true, entries, locked, lockedRows, reports: reports.end, indicators };
}

/** The workbook's log: the first sheet named `Rapportlogg` (or `Rapportlogg (n)`) that holds table 1; null when there is none. */
export function readReportLog(grids: WorkbookGrids): ReportLog | null {
  for (const sheet of candidates(grids)) {
    const log = readFrom(sheet);
    if (log) return log;
  }
  return null;
}
