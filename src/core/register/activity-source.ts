/**
 * A register's usable activity rows, read one after another (`ActivitySource`).
 *
 * A register read from a workbook keeps its activities as the partner tabs'
 * own rows and makes `Activity` objects only when `register.activities` is
 * first read: 400 000 objects cost more memory and garbage collection than
 * the checks, the figures and the fingerprint together (docs/performance.md),
 * and those three read the rows through this source instead. A register built
 * from objects (tests, the demo) is read through the same interface.
 */
import type { Activity, Register, RowRef } from "./types";

/**
 * One activity at a time, in the register's order: `next()` moves to the next
 * one and says whether there is one; the other methods read the current one.
 * The activities are only ever read from first to last, and a cursor needs no
 * index of them (for 400 000 rows, two arrays of 1.6 MB, which cost more as
 * fresh memory than reading the rows through them).
 */
export interface ActivityCursor {
  next(): boolean;
  partnerId(): string;
  date(): number;
  measureId(): string;
  title(): string;
  status(): Activity["status"];
  occasions(): number | null;
  participants(): number | null;
  women(): number | null;
  men(): number | null;
  comment(): string | null;
  ref(): RowRef;
}

export interface ActivitySource {
  readonly length: number;
  /** A cursor before the first activity. */
  cursor(): ActivityCursor;
}

/** Activities given as objects. */
class ListCursor implements ActivityCursor {
  private i = -1;
  private a!: Activity;
  constructor(private readonly list: readonly Activity[]) {}
  next() {
    if (this.i + 1 >= this.list.length) return false;
    this.a = this.list[++this.i]!;
    return true;
  }
  partnerId() {
    return this.a.partnerId;
  }
  date() {
    return this.a.date;
  }
  measureId() {
    return this.a.measureId;
  }
  title() {
    return this.a.title;
  }
  status() {
    return this.a.status;
  }
  occasions() {
    return this.a.occasions;
  }
  participants() {
    return this.a.participants;
  }
  women() {
    return this.a.women;
  }
  men() {
    return this.a.men;
  }
  comment() {
    return this.a.comment;
  }
  ref() {
    return this.a.ref;
  }
}

class ListSource implements ActivitySource {
  constructor(private readonly list: readonly Activity[]) {}
  get length() {
    return this.list.length;
  }
  cursor(): ActivityCursor {
    return new ListCursor(this.list);
  }
}

/** Every activity of a source as an object. */
export function activityObjects(source: ActivitySource): Activity[] {
  const list: Activity[] = new Array<Activity>(source.length);
  const a = source.cursor();
  for (let i = 0; a.next(); i++) {
    list[i] = {
      partnerId: a.partnerId(),
      date: a.date(),
      measureId: a.measureId(),
      title: a.title(),
      status: a.status(),
      occasions: a.occasions(),
      participants: a.participants(),
      women: a.women(),
      men: a.men(),
      comment: a.comment(),
      ref: a.ref(),
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
