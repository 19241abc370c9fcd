/**
 * The `Rapportlogg` sheet as the contract declares it: the record of what was
 * reported. Table 1, one row per report made; table 2, the indicators as they
 * stood when first reported ("chosen in advance"). The add-in writes them side
 * by side under a title and a help line so both can grow downwards; a log
 * written by another program is read wherever its header rows stand.
 */
import type { ColumnSpec } from "../../register/layout";

export const LOG_SHEET = "Rapportlogg";

/** `Period` of a Slutrapport's row. */
export const WHOLE_PLEDGE = "Hela löftet";

const col = (header: string, width: number, required = true): ColumnSpec => ({ header, kind: "text", required, width });

/** Table 1. `Flikar` (per tab: rows and fingerprint) is the add-in's own extra column; a log without it still reads. */
export const LOG_REPORTS_TABLE = {
  columns: [
    col("Skapad", 17),
    col("Flik", 22),
    col("Period", 12),
    col("Data", 9),
    col("Rader", 8),
    col("Utelämnade", 11),
    col("Flikar", 40, false),
  ],
} as const;

/** Table 2. */
export const LOG_INDICATORS_TABLE = {
  columns: [
    col("Indikator-ID", 12),
    col("Enhet", 10),
    col("Källa", 14),
    col("Riktning", 17),
    col("Sammanvägning", 15),
    col("Frekvens", 10),
    col("Utgångsvärde", 13),
    col("Utgångsperiod", 14),
    col("Målvärde", 11),
    col("Könsuppdelad", 13),
    col("Låst", 12),
  ],
} as const;

export type LockedField =
  "Enhet" | "Källa" | "Riktning" | "Sammanvägning" | "Frekvens" | "Utgångsvärde" | "Utgångsperiod" | "Målvärde" | "Könsuppdelad";

/** The fields `indicator-changed` compares, in `Indikatorer`'s column order. */
export const LOCKED_FIELDS: readonly LockedField[] = [
  "Enhet",
  "Källa",
  "Riktning",
  "Sammanvägning",
  "Frekvens",
  "Utgångsvärde",
  "Utgångsperiod",
  "Målvärde",
  "Könsuppdelad",
];

/** Rows above the header rows on a log the add-in writes (title, help line). */
export const LOG_TITLE_ROWS = 2;
/** First column of table 2 on a log the add-in writes: one empty column after table 1. */
export const LOG_INDICATORS_LEFT = LOG_REPORTS_TABLE.columns.length + 1;
