/**
 * The activities of a register read from a workbook: the partner tabs' own
 * rows, read through a cursor (`ActivitySource`) without an object per row.
 */
import type { Cell } from "../cell";
import { ACTIVITY_COLUMN, type ActivityRows } from "./activity-rows";
import type { ActivityCursor, ActivitySource } from "./activity-source";
import type { Activity, RowRef } from "./types";

/** Spec columns, copied once (an imported binding is read through a getter where tsx runs the code). */
const C = { ...ACTIVITY_COLUMN };

/** One partner tab's activity rows. */
export interface TabActivities {
  partnerId: string;
  rows: ActivityRows;
}

/**
 * The rows without errors of the partner tabs, in tab order, as the sheets
 * hold them. Every check that marks rows has run when the register is built,
 * so which rows are usable does not change after.
 */
class TabsCursor implements ActivityCursor {
  private tab = -1;
  private row = -1;
  private rows: ActivityRows | null = null;
  private id = "";
  /** The current row's grid line when its values are its cells (nearly every row), else null. */
  private cells: readonly Cell[] | null = null;
  /** Index into a grid line of each spec column of the current tab's table (-1: the column is absent). */
  private at: readonly number[] = [];

  constructor(private readonly tabs: readonly TabActivities[]) {}

  next(): boolean {
    for (;;) {
      if (this.rows !== null && ++this.row < this.rows.length) {
        if (this.rows.data.hasError(this.row)) continue;
        this.cells = this.rows.data.plainLine(this.row);
        return true;
      }
      if (++this.tab >= this.tabs.length) return false;
      this.rows = this.tabs[this.tab]!.rows;
      this.id = this.tabs[this.tab]!.partnerId;
      this.at = this.rows.data.at;
      this.row = -1;
    }
  }

  /** The current row's value in spec column c, from its grid line when it has no value kept apart. */
  private value(c: number): unknown {
    const cells = this.cells;
    if (cells === null) return this.rows!.data.value(this.row, c);
    const at = this.at[c]!;
    return at < 0 ? null : (cells[at] ?? null);
  }

  // A usable row's cells all parsed: none of these is undefined.
  partnerId() {
    return this.id;
  }
  date() {
    return this.value(C.date) as number;
  }
  measureId() {
    return this.value(C.measureId) as string;
  }
  title() {
    return this.value(C.title) as string;
  }
  status() {
    return this.value(C.status) as Activity["status"];
  }
  occasions() {
    return (this.value(C.occasions) as number | null | undefined) ?? null;
  }
  participants() {
    return (this.value(C.participants) as number | null | undefined) ?? null;
  }
  women() {
    return (this.value(C.women) as number | null | undefined) ?? null;
  }
  men() {
    return (this.value(C.men) as number | null | undefined) ?? null;
  }
  comment() {
    return (this.value(C.comment) as string | null | undefined) ?? null;
  }
  ref(): RowRef {
    const { data } = this.rows!;
    return { sheet: data.sheet, row: data.row(this.row), columns: data.columns };
  }
}

/** The usable activities of the partner tabs, in tab order. */
export class TabsSource implements ActivitySource {
  readonly length: number;

  /** @param tabs read as they stand by the fingerprint's fast path (`report/model/fingerprint.ts`) */
  constructor(readonly tabs: readonly TabActivities[]) {
    let length = 0;
    // The rows less those marked with an error (each counted once): no pass over every row's flags.
    for (let t = 0; t < tabs.length; t++) length += tabs[t]!.rows.length - tabs[t]!.rows.data.errorCount;
    this.length = length;
  }

  cursor(): ActivityCursor {
    return new TabsCursor(this.tabs);
  }
}
