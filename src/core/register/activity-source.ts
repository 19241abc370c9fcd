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
import { AKTIVITETER_TABLE } from "./layout";
import type { Activity, Register } from "./types";

/**
 * One activity at a time, in the register's order: `next()` moves to the next
 * one and says whether there is one; the other methods read the current one,
 * one per field of `Activity` (a field added there is one every cursor reads).
 * The activities are only ever read from first to last, and a cursor needs no
 * index of them (for 400 000 rows, two arrays of 1.6 MB, which cost more as
 * fresh memory than reading the rows through them).
 */
export interface ActivityCursor extends Accessors {
  next(): boolean;
}

type Accessors = { [K in keyof Activity]: () => Activity[K] };

export interface ActivitySource {
  readonly length: number;
  /** A cursor before the first activity. */
  cursor(): ActivityCursor;
}

/** The fields of `Activity`: the partner's ID, the layout's columns, the row's place. The list cursor reads these, and does not compile while one is missing. */
const FIELDS = ["partnerId", ...AKTIVITETER_TABLE.columns.map((c) => c.field), "ref"] as const;

/** An accessor per key, each reading that field of `held.current`. */
function accessorsOf<T, K extends keyof T>(keys: readonly K[], held: { current: T }): { [P in K]: () => T[P] } {
  const out: { [P in K]?: () => T[P] } = {};
  for (const k of keys) out[k] = () => held.current[k];
  return out as { [P in K]: () => T[P] };
}

/**
 * Activities given as objects (tests, the demo, a register whose `activities` were made or set): not
 * a path the large registers take, which read their tabs' rows (`tabs-source.ts`).
 */
function listCursor(list: readonly Activity[]): ActivityCursor {
  let i = -1;
  const held = { current: list[0]! };
  const next = () => {
    if (i + 1 >= list.length) return false;
    held.current = list[++i]!;
    return true;
  };
  return { ...accessorsOf(FIELDS, held), next };
}

class ListSource implements ActivitySource {
  constructor(private readonly list: readonly Activity[]) {}
  get length() {
    return this.list.length;
  }
  cursor(): ActivityCursor {
    return listCursor(this.list);
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
