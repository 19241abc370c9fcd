/**
 * An activity table's typed values by name, over its `TableData`: what the
 * activity checks and the typed register read, row by row, without an object
 * per row. A value is undefined where its cell cannot be used.
 */
import type { Cell } from "../cell";
import { AKTIVITETER_TABLE, type Field } from "./layout";
import type { TableData } from "./read-table";

/** Spec column of each activity field, from the layout. */
export const ACTIVITY_COLUMN = Object.fromEntries(AKTIVITETER_TABLE.columns.map((c, i) => [c.field, i])) as Readonly<
  Record<Field<typeof AKTIVITETER_TABLE>, number>
>;

const C = ACTIVITY_COLUMN;

export class ActivityRows {
  constructor(readonly data: TableData) {
    if (data.spec !== AKTIVITETER_TABLE) throw new Error(`Not an activity table: ${data.spec.key}`);
  }

  get length(): number {
    return this.data.length;
  }

  date(i: number): number | undefined {
    return this.data.value(i, C.date) as number | undefined;
  }

  measureId(i: number): string | undefined {
    return this.data.value(i, C.measureId) as string | undefined;
  }

  title(i: number): string | null | undefined {
    return this.data.value(i, C.title) as string | null | undefined;
  }

  status(i: number): string | undefined {
    return this.data.value(i, C.status) as string | undefined;
  }

  occasions(i: number): number | null | undefined {
    return this.data.value(i, C.occasions) as number | null | undefined;
  }

  participants(i: number): number | null | undefined {
    return this.data.value(i, C.participants) as number | null | undefined;
  }

  women(i: number): number | null | undefined {
    return this.data.value(i, C.women) as number | null | undefined;
  }

  men(i: number): number | null | undefined {
    return this.data.value(i, C.men) as number | null | undefined;
  }

  comment(i: number): string | null | undefined {
    return this.data.value(i, C.comment) as string | null | undefined;
  }

  /** The cell of a row in a field's column, as typed. */
  cell(i: number, field: keyof typeof ACTIVITY_COLUMN): Cell {
    return this.data.cell(i, C[field]);
  }
}
