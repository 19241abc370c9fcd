/**
 * The register's sheets and tables, declared once. Reading (find the header row,
 * coerce each column) and creating the template (tables, dropdowns, widths)
 * both come from here, so they cannot drift apart.
 */

export type ColumnKind = "text" | "id" | "idList" | "date" | "number" | "whole" | "period" | "choice" | "freeText";

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** Allowed values for `choice` columns (compared case-insensitively, trimmed). */
  allowed?: readonly string[];
  /** Column width in the template, in characters. */
  width: number;
}

export interface TableSpec {
  /** Stable key used in code. */
  key: "lofte" | "parter" | "atgarder" | "indikatorer" | "aktiviteter" | "varden";
  /** Excel table name prefix in the template (ASCII). */
  tableName: string;
  columns: readonly ColumnSpec[];
}

export const PARTNER_TYPES = [
  "Kommun",
  "Polis",
  "Fastighetsägare",
  "Trossamfund",
  "Idrott och fritid",
  "Civilsamhälle",
  "Studieförbund",
  "Näringsliv",
  "Annan",
] as const;

export const FOCUS_AREAS = ["Trygghet och trivsel", "Tillit till samhället", "Barn och unga", "Kvinnors trygghet"] as const;

export const MEASURE_STATUSES = ["Ej påbörjad", "Pågår", "Genomförd", "Försenad", "Avbruten"] as const;
export const ACTIVITY_STATUSES = ["Planerad", "Genomförd", "Inställd"] as const;
export const UNITS = ["Antal", "Procent", "Index"] as const;
export const DIRECTIONS = ["Högre är bättre", "Lägre är bättre"] as const;
export const AGGREGATIONS = ["Summa", "Medel"] as const;
export const FREQUENCIES = ["Tertial", "År"] as const;
export const YES_NO = ["Ja", "Nej"] as const;

export const SHEET_NAMES = {
  lofte: "Löfte",
  parter: "Parter",
  atgarder: "Åtgärder",
  indikatorer: "Indikatorer",
  kontroll: "Kontroll",
  slutrapport: "Slutrapport",
} as const;

/** The pledge settings in `Löfte` (rows of Fält/Värde). */
export const PLEDGE_FIELDS = [
  { field: "Namn", required: true, kind: "text" },
  { field: "Område", required: false, kind: "text" },
  { field: "Kommun", required: false, kind: "text" },
  { field: "Diarienummer", required: false, kind: "text" },
  { field: "Giltig från", required: true, kind: "date" },
  { field: "Giltig till", required: true, kind: "date" },
  { field: "Rapporteras till", required: false, kind: "text" },
  // Whom the Slutrapport is addressed to; `DEFAULT_FINAL_REPORT_TO` when blank.
  { field: "Slutrapport till", required: false, kind: "text" },
  // Days after a tertial ends that partners have to report it: the due date of `pledge reminders`.
  { field: "Sista rapportdag", required: false, kind: "days" },
  // Counts below it read "färre än N" in what is published (`pledge publish`); the reports keep the real figures.
  { field: "Minsta antal att visa", required: false, kind: "whole" },
] as const;

/** `Sista rapportdag` when the Löfte sheet does not set it: partners report within 14 days of a tertial's end. */
export const DEFAULT_REPORT_DAYS = 14;

/** `Slutrapport till` when the Löfte sheet does not set it: the Slutrapport goes to the municipal board. */
export const DEFAULT_FINAL_REPORT_TO = "Kommunstyrelsen";

/** `Minsta antal att visa` when the Löfte sheet does not set it. */
export const DEFAULT_MIN_COUNT = 5;

/** A column; its header stays a literal type, so code that names a column by a header that is not there does not compile. */
const col = <H extends string>(
  header: H,
  kind: ColumnKind,
  required: boolean,
  width: number,
  allowed?: readonly string[],
): ColumnSpec & { header: H } => (allowed ? { header, kind, required, width, allowed } : { header, kind, required, width });

export const LOFTE_TABLE = {
  key: "lofte",
  tableName: "Lofte",
  columns: [col("Fält", "text", true, 20), col("Värde", "text", true, 60)],
} as const satisfies TableSpec;

export const PARTER_TABLE = {
  key: "parter",
  tableName: "Parter",
  columns: [
    col("Part-ID", "id", true, 10),
    col("Namn", "text", true, 36),
    col("Typ", "choice", false, 20, PARTNER_TYPES),
    col("Flik", "text", true, 24),
    // Where reminders go (`pledge reminders`, the pane's Påminnelser): an e-mail address, not free text.
    col("Kontakt", "text", false, 30),
  ],
} as const satisfies TableSpec;

export const ATGARDER_TABLE = {
  key: "atgarder",
  tableName: "Atgarder",
  columns: [
    col("Åtgärd-ID", "id", true, 11),
    col("Åtgärd", "text", true, 48),
    col("Fokusområde", "choice", false, 22, FOCUS_AREAS),
    col("Ansvarig", "id", true, 11),
    col("Medverkande", "idList", false, 20),
    col("Start", "date", false, 12),
    col("Slut", "date", false, 12),
    col("Indikatorer", "idList", false, 14),
    col("Status", "choice", false, 13, MEASURE_STATUSES),
  ],
} as const satisfies TableSpec;

export const INDIKATORER_TABLE = {
  key: "indikatorer",
  tableName: "Indikatorer",
  columns: [
    col("Indikator-ID", "id", true, 12),
    col("Indikator", "text", true, 44),
    col("Enhet", "choice", true, 10, UNITS),
    col("Källa", "idList", true, 14),
    col("Riktning", "choice", true, 17, DIRECTIONS),
    col("Sammanvägning", "choice", true, 15, AGGREGATIONS),
    col("Frekvens", "choice", true, 10, FREQUENCIES),
    col("Utgångsvärde", "number", false, 13),
    col("Utgångsperiod", "period", false, 14),
    col("Målvärde", "number", false, 11),
    col("Könsuppdelad", "choice", false, 13, YES_NO),
  ],
} as const satisfies TableSpec;

export const AKTIVITETER_TABLE = {
  key: "aktiviteter",
  tableName: "Aktiviteter",
  columns: [
    col("Datum", "date", true, 12),
    col("Åtgärd-ID", "id", true, 11),
    col("Aktivitet", "freeText", true, 36),
    col("Status", "choice", true, 12, ACTIVITY_STATUSES),
    col("Tillfällen", "whole", false, 10),
    col("Deltagare", "whole", false, 10),
    col("Varav kvinnor/flickor", "whole", false, 12),
    col("Varav män/pojkar", "whole", false, 12),
    col("Kommentar", "freeText", false, 36),
  ],
} as const satisfies TableSpec;

export const VARDEN_TABLE = {
  key: "varden",
  tableName: "Varden",
  columns: [
    col("Period", "period", true, 11),
    col("Indikator-ID", "id", true, 12),
    col("Värde", "number", true, 10),
    col("Kvinnor", "number", false, 10),
    col("Män", "number", false, 10),
    col("Kommentar", "freeText", false, 36),
  ],
} as const satisfies TableSpec;

/** The headers of a table, as literal types: `Header<typeof PARTER_TABLE>` is "Part-ID" | "Namn" | … */
export type Header<T extends { columns: readonly { header: string }[] }> = T["columns"][number]["header"];

/** Every header of the register's tables. */
export type RegisterHeader =
  | Header<typeof LOFTE_TABLE>
  | Header<typeof PARTER_TABLE>
  | Header<typeof ATGARDER_TABLE>
  | Header<typeof INDIKATORER_TABLE>
  | Header<typeof AKTIVITETER_TABLE>
  | Header<typeof VARDEN_TABLE>;

/** Gap of empty columns between the two tables on a partner tab in the template. */
export const PARTNER_TAB_GAP = 1;

/** Rows above the tables on a partner tab in the template (title and help line). */
export const PARTNER_TAB_TITLE_ROWS = 2;
