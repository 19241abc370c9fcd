/**
 * Indicators fixed in advance: `indicator-changed` where an indicator's unit,
 * sources, direction, aggregation, frequency, baseline, target or gender split
 * differs from what `Rapportlogg` locked at the first report that had it. The
 * finding names the changed cell on `Indikatorer` and says old and new.
 */
import type { Cell } from "../cell";
import { isoFromSerial } from "../date";
import { finding } from "../messages/catalogue";
import { parsePeriod, periodLabel, type Period } from "../period";
import type { LockedField } from "../report/log/log-layout";
import { LOCKED_FIELDS } from "../report/log/log-layout";
import type { ReportLog } from "../report/log/read-log";
import { cellOf } from "../register/read-table";
import { formatAutoSv } from "../swedish-format";
import { cellText, fold, idKey, isBlank, readIdList, readNumber, Unreadable } from "../values";
import type { Draft } from "../register/read-register";
import { type CheckContext, str } from "./context";

const NUMBER_FIELDS = new Set<LockedField>(["Utgångsvärde", "Målvärde"]);

/** A locked cell as a comparable key; null for blank. */
function lockedKey(field: LockedField, cell: Cell): string | null {
  if (field === "Könsuppdelad") return isBlank(cell) ? "nej" : fold(cellText(cell));
  if (isBlank(cell)) return null;
  if (NUMBER_FIELDS.has(field)) {
    const n = readNumber(cell);
    return n instanceof Unreadable ? fold(cellText(cell)) : String(n);
  }
  if (field === "Utgångsperiod") {
    const p = parsePeriod(cell);
    return p ? periodLabel(p) : fold(cellText(cell));
  }
  if (field === "Källa") {
    const ids = readIdList(cell);
    return ids instanceof Unreadable ? fold(cellText(cell)) : ids.map(idKey).sort().join(",");
  }
  return fold(cellText(cell));
}

/** The register's typed value as the same key; undefined when the cell did not parse (its own finding says so). */
function currentKey(field: LockedField, typed: unknown, raw: Cell): string | null | undefined {
  if (field === "Könsuppdelad") return isBlank(raw) ? "nej" : typeof typed === "string" ? fold(typed) : undefined;
  if (isBlank(raw)) return null;
  if (typed === undefined || typed === null) return undefined;
  if (NUMBER_FIELDS.has(field)) return String(typed as number);
  if (field === "Utgångsperiod") return periodLabel(typed as Period);
  if (field === "Källa") return (typed as string[]).map(idKey).sort().join(",");
  return fold(String(typed));
}

/** How a value reads in the message: "150", "3,5", "POL, STG", "tomt". */
function shown(cell: Cell): string {
  if (isBlank(cell)) return "tomt";
  if (typeof cell === "number") return formatAutoSv(cell);
  return cellText(cell).trim();
}

/** One field of one indicator that differs from what `Rapportlogg` locked: what the check says and the reports list. */
export interface IndicatorChange {
  /** The Indikator-ID as `Indikatorer` has it. */
  id: string;
  /** The indicator's name on `Indikatorer` (its ID when blank). */
  name: string;
  field: LockedField;
  /** The locked and the current value as a reader sees them: "150", "3,5", "POL, STG", "tomt". */
  old: string;
  new: string;
  /** `Låst`: the day of the first report that had the indicator (a serial), or null when it does not read. */
  locked: number | null;
  /** The sheet of the first report made that day (`Flik` in table 1), or null when the log does not say. */
  lockedBy: string | null;
  /** The changed cell on `Indikatorer`. */
  sheet: string;
  cell: string | null;
}

/** The first report logged on day `locked`: the report that locked the indicator. */
function reportOn(log: ReportLog, locked: number | null): string | null {
  if (locked === null) return null;
  const entry = log.entries.find((e) => e.created !== null && Math.floor(e.created) === locked && e.sheet !== "");
  return entry?.sheet ?? null;
}

/**
 * Every field of every indicator that differs from table 2 of the log, in the
 * log's order and `Indikatorer`'s column order; values compared by what they
 * read as (Källa as a set, 212,0 = 212, 2024 T1 = T1 2025, blank Könsuppdelad =
 * Nej). A cell that does not parse is left to its own finding.
 */
function indicatorChanges(indicators: ReadonlyMap<string, Draft>, log: ReportLog | null): IndicatorChange[] {
  if (!log) return [];
  const changes: IndicatorChange[] = [];
  for (const locked of log.locked) {
    const row = indicators.get(idKey(locked.id));
    if (!row) continue;
    const id = str(row, "Indikator-ID") ?? locked.id;
    for (const field of LOCKED_FIELDS) {
      const now = currentKey(field, row.values[field], row.raw[field] ?? null);
      if (now === undefined) continue;
      const then = lockedKey(field, locked.fields[field]);
      if (now === then) continue;
      changes.push({
        id,
        name: str(row, "Indikator") ?? id,
        field,
        old: shown(locked.fields[field]),
        new: shown(row.raw[field] ?? null),
        locked: locked.locked,
        lockedBy: reportOn(log, locked.locked),
        sheet: row.ref.sheet,
        cell: cellOf(row.ref, field),
      });
    }
  }
  return changes;
}

/** `indicator-changed` on each changed cell; returns the changes for the reports to list. */
export function checkIndicatorsFixed(ctx: CheckContext, log: ReportLog | null): IndicatorChange[] {
  if (!ctx.draft.read.indikatorer) return [];
  const changes = indicatorChanges(ctx.indicators, log);
  for (const c of changes) {
    ctx.findings.push(
      finding("indicator-changed", c.sheet, c.cell, {
        indicator: `${c.id} ${c.name === c.id ? "" : c.name}`.trim(),
        column: c.field,
        old: c.old,
        new: c.new,
        date: c.locked === null ? "" : isoFromSerial(c.locked),
      }),
    );
  }
  return changes;
}
