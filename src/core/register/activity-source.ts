/**
 * A register's usable activity rows, read field by field (`ActivitySource`).
 *
 * A register read from a workbook keeps its activities as the partner tabs'
 * own rows and makes `Activity` objects only when `register.activities` is
 * first read: 400 000 objects cost more memory and garbage collection than
 * the checks, the figures and the fingerprint together (docs/performance.md),
 * and those three read the rows through this source instead. A register built
 * from objects (tests, the demo) is read through the same interface.
 */
import type { ActivityRows } from "./activity-rows";
import type { Activity, Register, RowRef } from "./types";

export interface ActivitySource {
  readonly length: number;
  partnerId(i: number): string;
  date(i: number): number;
  measureId(i: number): string;
  title(i: number): string;
  status(i: number): Activity["status"];
  occasions(i: number): number | null;
  participants(i: number): number | null;
  women(i: number): number | null;
  men(i: number): number | null;
  comment(i: number): string | null;
  ref(i: number): RowRef;
}

/** Activities given as objects. */
class ListSource implements ActivitySource {
  constructor(private readonly list: readonly Activity[]) {}
  get length() {
    return this.list.length;
  }
  partnerId(i: number) {
    return this.list[i]!.partnerId;
  }
  date(i: number) {
    return this.list[i]!.date;
  }
  measureId(i: number) {
    return this.list[i]!.measureId;
  }
  title(i: number) {
    return this.list[i]!.title;
  }
  status(i: number) {
    return this.list[i]!.status;
  }
  occasions(i: number) {
    return this.list[i]!.occasions;
  }
  participants(i: number) {
    return this.list[i]!.participants;
  }
  women(i: number) {
    return this.list[i]!.women;
  }
  men(i: number) {
    return this.list[i]!.men;
  }
  comment(i: number) {
    return this.list[i]!.comment;
  }
  ref(i: number) {
    return this.list[i]!.ref;
  }
}

/** One partner tab's activity rows and the ones without errors. */
export interface TabActivities {
  partnerId: string;
  rows: ActivityRows;
  /** Indexes of the usable rows, in order. */
  usable: Int32Array;
}

/** The usable rows of the partner tabs, in tab order, as the sheets hold them. */
export class TabsSource implements ActivitySource {
  readonly length: number;
  /** Of each activity: its tab (index into `tabs`) and its row on the tab's table. */
  private readonly tabOf: Int32Array;
  private readonly rowOf: Int32Array;

  constructor(private readonly tabs: readonly TabActivities[]) {
    this.length = tabs.reduce((n, t) => n + t.usable.length, 0);
    this.tabOf = new Int32Array(this.length);
    this.rowOf = new Int32Array(this.length);
    let i = 0;
    tabs.forEach((tab, t) => {
      for (let k = 0; k < tab.usable.length; k++) {
        this.tabOf[i] = t;
        this.rowOf[i++] = tab.usable[k]!;
      }
    });
  }

  private rows(i: number): ActivityRows {
    return this.tabs[this.tabOf[i]!]!.rows;
  }

  // A usable row's cells all parsed: none of these is undefined.
  partnerId(i: number) {
    return this.tabs[this.tabOf[i]!]!.partnerId;
  }
  date(i: number) {
    return this.rows(i).date(this.rowOf[i]!)!;
  }
  measureId(i: number) {
    return this.rows(i).measureId(this.rowOf[i]!)!;
  }
  title(i: number) {
    return this.rows(i).title(this.rowOf[i]!) as string;
  }
  status(i: number) {
    return this.rows(i).status(this.rowOf[i]!) as Activity["status"];
  }
  occasions(i: number) {
    return this.rows(i).occasions(this.rowOf[i]!) ?? null;
  }
  participants(i: number) {
    return this.rows(i).participants(this.rowOf[i]!) ?? null;
  }
  women(i: number) {
    return this.rows(i).women(this.rowOf[i]!) ?? null;
  }
  men(i: number) {
    return this.rows(i).men(this.rowOf[i]!) ?? null;
  }
  comment(i: number) {
    return this.rows(i).comment(this.rowOf[i]!) ?? null;
  }
  ref(i: number): RowRef {
    const { data } = this.rows(i);
    return { sheet: data.sheet, row: data.row(this.rowOf[i]!), columns: data.columns };
  }
}

/** Every activity of a source as an object. */
export function activityObjects(source: ActivitySource): Activity[] {
  const list: Activity[] = new Array<Activity>(source.length);
  for (let i = 0; i < source.length; i++) {
    list[i] = {
      partnerId: source.partnerId(i),
      date: source.date(i),
      measureId: source.measureId(i),
      title: source.title(i),
      status: source.status(i),
      occasions: source.occasions(i),
      participants: source.participants(i),
      women: source.women(i),
      men: source.men(i),
      comment: source.comment(i),
      ref: source.ref(i),
    };
  }
  return list;
}

/** Registers whose `activities` are made on first read, with the rows they are made from. */
const unread = new WeakMap<Register, ActivitySource>();

/**
 * Gives `register` an `activities` property made from `source` when first read
 * (or replaced by assignment); until then `activitiesOf` reads the source.
 */
export function activitiesOnDemand(register: Register, source: ActivitySource): void {
  let list: Activity[] | null = null;
  unread.set(register, source);
  Object.defineProperty(register, "activities", {
    enumerable: true,
    configurable: true,
    get() {
      if (list === null) {
        list = activityObjects(source);
        unread.delete(register);
      }
      return list;
    },
    set(value: Activity[]) {
      list = value;
      unread.delete(register);
    },
  });
}

/** The register's usable activities, without making objects of them when it has none yet. */
export function activitiesOf(register: Register): ActivitySource {
  return unread.get(register) ?? new ListSource(register.activities);
}
