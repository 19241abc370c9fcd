/**
 * An activity table's typed columns by name, over its `TableData`: what the
 * activity checks and the typed register read row by row without an object
 * per row. A value is undefined where its cell cannot be used.
 */
import type { Cell } from "../cell";
import { AKTIVITETER_TABLE } from "./layout";
import { columnIndex, rawCell, type TableData } from "./read-table";

export interface ActivityColumns {
  date: readonly (number | undefined)[];
  measureId: readonly (string | undefined)[];
  title: readonly (string | null | undefined)[];
  status: readonly (string | undefined)[];
  occasions: readonly (number | null | undefined)[];
  participants: readonly (number | null | undefined)[];
  women: readonly (number | null | undefined)[];
  men: readonly (number | null | undefined)[];
  comment: readonly (string | null | undefined)[];
}

export const ACTIVITY_COLUMN = {
  date: columnIndex(AKTIVITETER_TABLE, "Datum"),
  measureId: columnIndex(AKTIVITETER_TABLE, "Åtgärd-ID"),
  title: columnIndex(AKTIVITETER_TABLE, "Aktivitet"),
  status: columnIndex(AKTIVITETER_TABLE, "Status"),
  occasions: columnIndex(AKTIVITETER_TABLE, "Tillfällen"),
  participants: columnIndex(AKTIVITETER_TABLE, "Deltagare"),
  women: columnIndex(AKTIVITETER_TABLE, "Varav kvinnor/flickor"),
  men: columnIndex(AKTIVITETER_TABLE, "Varav män/pojkar"),
  comment: columnIndex(AKTIVITETER_TABLE, "Kommentar"),
} as const;

export function activityColumns(data: TableData): ActivityColumns {
  if (data.spec !== AKTIVITETER_TABLE) throw new Error(`Not an activity table: ${data.spec.key}`);
  const column = (c: number) => data.values[c] as never;
  return {
    date: column(ACTIVITY_COLUMN.date),
    measureId: column(ACTIVITY_COLUMN.measureId),
    title: column(ACTIVITY_COLUMN.title),
    status: column(ACTIVITY_COLUMN.status),
    occasions: column(ACTIVITY_COLUMN.occasions),
    participants: column(ACTIVITY_COLUMN.participants),
    women: column(ACTIVITY_COLUMN.women),
    men: column(ACTIVITY_COLUMN.men),
    comment: column(ACTIVITY_COLUMN.comment),
  };
}

/** The raw cell of an activity row in a column, as typed. */
export function activityCell(data: TableData, i: number, column: keyof typeof ACTIVITY_COLUMN): Cell {
  return rawCell(data, i, ACTIVITY_COLUMN[column]);
}
