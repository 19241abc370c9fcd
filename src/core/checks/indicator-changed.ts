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

export function checkIndicatorsFixed(ctx: CheckContext, log: ReportLog | null): void {
  if (!log || !ctx.draft.read.indikatorer) return;
  for (const locked of log.locked) {
    const row = ctx.indicators.get(idKey(locked.id));
    if (!row) continue;
    const name = `${str(row, "Indikator-ID") ?? locked.id} ${str(row, "Indikator") ?? ""}`.trim();
    for (const field of LOCKED_FIELDS) {
      const now = currentKey(field, row.values[field], row.raw[field] ?? null);
      if (now === undefined) continue;
      const then = lockedKey(field, locked.fields[field]);
      if (now === then) continue;
      ctx.findings.push(
        finding("indicator-changed", row.ref.sheet, cellOf(row.ref, field), {
          indicator: name,
          column: field,
          old: shown(locked.fields[field]),
          new: shown(row.raw[field] ?? null),
          date: locked.locked === null ? "" : isoFromSerial(locked.locked),
        }),
      );
    }
  }
}
