/**
 * The register's sheets and tables, declared once. Reading (find the header row,
 * coerce each column) and creating the template (tables, dropdowns, widths)
 * both come from here, so they cannot drift apart. Each column has the header
 * people see and the field name code uses; the record types of the typed
 * register (`types.ts`) are derived from these declarations (`RecordOf`), so a
 * column added here is a property of its record, and every place that builds
 * one (the register, the demo) does not compile until it gives that value.
 */
import type { Cell } from "../cell";
import type { Period } from "../period";

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

/** A column of one of the register's tables: with the name of its field in the record read from it. */
export interface RegisterColumn extends ColumnSpec {
  /** The record's property for this column (`Partner.id` for `Part-ID`). */
  field: string;
}

export interface TableSpec {
  /** Stable key used in code. */
  key: "lofte" | "parter" | "atgarder" | "indikatorer" | "aktiviteter" | "varden";
  /** Excel table name prefix in the template (ASCII). */
  tableName: string;
  columns: readonly RegisterColumn[];
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

/**
 * A column; its field, header, kind, whether it is required and its allowed
 * values stay literal types, so code that names a column by a header that is
 * not there does not compile, and the record type knows each field's values.
 */
function col<
  F extends string,
  H extends string,
  K extends ColumnKind,
  R extends boolean,
  A extends readonly string[] | undefined = undefined,
>(
  field: F,
  header: H,
  kind: K,
  required: R,
  width: number,
  allowed?: A,
): { field: F; header: H; kind: K; required: R; width: number } & (A extends readonly string[] ? { allowed: A } : { allowed?: undefined }) {
  const column: RegisterColumn = allowed ? { field, header, kind, required, width, allowed } : { field, header, kind, required, width };
  return column as ReturnType<typeof col<F, H, K, R, A>>;
}

export const LOFTE_TABLE = {
  key: "lofte",
  tableName: "Lofte",
  columns: [col("field", "Fält", "text", true, 20), col("value", "Värde", "text", true, 60)],
} as const satisfies TableSpec;

export const PARTER_TABLE = {
  key: "parter",
  tableName: "Parter",
  columns: [
    col("id", "Part-ID", "id", true, 10),
    col("name", "Namn", "text", true, 36),
    col("type", "Typ", "choice", false, 20, PARTNER_TYPES),
    col("tab", "Flik", "text", true, 24),
    // Where reminders go (`pledge reminders`, the pane's Påminnelser): an e-mail address, not free text.
    col("contact", "Kontakt", "text", false, 30),
  ],
} as const satisfies TableSpec;

export const ATGARDER_TABLE = {
  key: "atgarder",
  tableName: "Atgarder",
  columns: [
    col("id", "Åtgärd-ID", "id", true, 11),
    col("title", "Åtgärd", "text", true, 48),
    col("focus", "Fokusområde", "choice", false, 22, FOCUS_AREAS),
    col("responsible", "Ansvarig", "id", true, 11),
    col("involved", "Medverkande", "idList", false, 20),
    col("start", "Start", "date", false, 12),
    col("end", "Slut", "date", false, 12),
    col("indicators", "Indikatorer", "idList", false, 14),
    col("status", "Status", "choice", false, 13, MEASURE_STATUSES),
  ],
} as const satisfies TableSpec;

export const INDIKATORER_TABLE = {
  key: "indikatorer",
  tableName: "Indikatorer",
  columns: [
    col("id", "Indikator-ID", "id", true, 12),
    col("name", "Indikator", "text", true, 44),
    col("unit", "Enhet", "choice", true, 10, UNITS),
    col("sources", "Källa", "idList", true, 14),
    col("direction", "Riktning", "choice", true, 17, DIRECTIONS),
    col("aggregation", "Sammanvägning", "choice", true, 15, AGGREGATIONS),
    col("frequency", "Frekvens", "choice", true, 10, FREQUENCIES),
    col("baseline", "Utgångsvärde", "number", false, 13),
    col("baselinePeriod", "Utgångsperiod", "period", false, 14),
    col("target", "Målvärde", "number", false, 11),
    col("genderSplit", "Könsuppdelad", "choice", false, 13, YES_NO),
  ],
} as const satisfies TableSpec;

export const AKTIVITETER_TABLE = {
  key: "aktiviteter",
  tableName: "Aktiviteter",
  columns: [
    col("date", "Datum", "date", true, 12),
    col("measureId", "Åtgärd-ID", "id", true, 11),
    col("title", "Aktivitet", "freeText", true, 36),
    col("status", "Status", "choice", true, 12, ACTIVITY_STATUSES),
    col("occasions", "Tillfällen", "whole", false, 10),
    col("participants", "Deltagare", "whole", false, 10),
    col("women", "Varav kvinnor/flickor", "whole", false, 12),
    col("men", "Varav män/pojkar", "whole", false, 12),
    col("comment", "Kommentar", "freeText", false, 36),
  ],
} as const satisfies TableSpec;

export const VARDEN_TABLE = {
  key: "varden",
  tableName: "Varden",
  columns: [
    col("period", "Period", "period", true, 11),
    col("indicatorId", "Indikator-ID", "id", true, 12),
    col("value", "Värde", "number", true, 10),
    col("women", "Kvinnor", "number", false, 10),
    col("men", "Män", "number", false, 10),
    col("comment", "Kommentar", "freeText", false, 36),
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

/** The field names of a table: `Field<typeof PARTER_TABLE>` is "id" | "name" | … */
export type Field<T extends { columns: readonly { field: string }[] }> = T["columns"][number]["field"];

/** The header of a table's column by its field: `columnHeader(PARTER_TABLE, "tab")` is "Flik". */
export function columnHeader<T extends { columns: readonly RegisterColumn[] }, F extends Field<T>>(
  spec: T,
  field: F,
): Extract<T["columns"][number], { field: F }>["header"] {
  const column = spec.columns.find((c) => c.field === field);
  if (!column) throw new Error(`No column for field ${field}`);
  return column.header as Extract<T["columns"][number], { field: F }>["header"];
}

/** A cell for each field of a table, as typed into a sheet. */
export type CellsOf<T extends { columns: readonly RegisterColumn[] }> = { readonly [F in Field<T>]: Cell };

/** A row's cells in the table's column order, one given per field: a column added to the layout must be given here too. */
export function rowOf<T extends { columns: readonly RegisterColumn[] }>(spec: T, cells: CellsOf<T>): Cell[] {
  return spec.columns.map((c) => cells[c.field as Field<T>]);
}

/** What a usable cell of a column holds once read (`row-schema.ts` reads it so). */
type CellValue<C> = C extends { kind: "choice"; allowed: readonly (infer A)[] }
  ? A
  : C extends { kind: "date" | "number" | "whole" }
    ? number
    : C extends { kind: "period" }
      ? Period
      : string;

/** A field's value in a record: a list is always there (empty when blank), other optional cells are null when blank. */
type FieldValue<C> = C extends { kind: "idList" } ? string[] : C extends { required: true } ? CellValue<C> : CellValue<C> | null;

/** The record of a table's row, one property per column, named by its field: `RecordOf<typeof PARTER_TABLE>`. */
export type RecordOf<T extends { columns: readonly RegisterColumn[] }> = {
  -readonly [C in T["columns"][number] as C["field"]]: FieldValue<C>;
};

/** Gap of empty columns between the two tables on a partner tab in the template. */
export const PARTNER_TAB_GAP = 1;

/** Rows above the tables on a partner tab in the template (title, what the partner reports, headings, help lines). */
export const PARTNER_TAB_TITLE_ROWS = 4;
