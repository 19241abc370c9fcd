/**
 * The activities of a register read from a workbook: the partner tabs' own
 * rows, read through a cursor (`ActivitySource`) without an object per row.
 */
import type { ActivityRows } from "./activity-rows";
import type { ActivityCursor, ActivitySource } from "./activity-source";
import type { Activity, RowRef } from "./types";

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

  constructor(private readonly tabs: readonly TabActivities[]) {}

  next(): boolean {
    for (;;) {
      if (this.rows !== null && ++this.row < this.rows.length) {
        if (!this.rows.data.hasError(this.row)) return true;
        continue;
      }
      if (++this.tab >= this.tabs.length) return false;
      this.rows = this.tabs[this.tab]!.rows;
      this.id = this.tabs[this.tab]!.partnerId;
      this.row = -1;
    }
  }

  // A usable row's cells all parsed: none of these is undefined.
  partnerId() {
    return this.id;
  }
  date() {
    return this.rows!.date(this.row)!;
  }
  measureId() {
    return this.rows!.measureId(this.row)!;
  }
  title() {
    return this.rows!.title(this.row) as string;
  }
  status() {
    return this.rows!.status(this.row) as Activity["status"];
  }
  occasions() {
    return this.rows!.occasions(this.row) ?? null;
  }
  participants() {
    return this.rows!.participants(this.row) ?? null;
  }
  women() {
    return this.rows!.women(this.row) ?? null;
  }
  men() {
    return this.rows!.men(this.row) ?? null;
  }
  comment() {
    return this.rows!.comment(this.row) ?? null;
  }
  ref(): RowRef {
    const { data } = this.rows!;
    return { sheet: data.sheet, row: data.row(this.row), columns: data.columns };
  }
}

/** The usable activities of the partner tabs, in tab order. */
export class TabsSource implements ActivitySource {
  readonly length: number;

  constructor(private readonly tabs: readonly TabActivities[]) {
    let length = 0;
    for (const { rows } of tabs) for (let i = 0; i < rows.length; i++) if (!rows.data.hasError(i)) length++;
    this.length = length;
  }

  cursor(): ActivityCursor {
    return new TabsCursor(this.tabs);
  }
}
