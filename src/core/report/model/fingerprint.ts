/**
 * A short fingerprint of the data a report is built from, printed in its
 * head ("data a3f9c2") so two printed reports can be told apart at a glance:
 * same data, same fingerprint; any changed value, another one.
 */
import type { Period } from "../../period";
import type { Cell } from "../../cell";
import { ACTIVITY_COLUMN } from "../../register/activity-rows";
import { type ActivityCursor, type ActivitySource, activitiesOf } from "../../register/activity-source";
import {
  ATGARDER_TABLE,
  type ColumnKind,
  DEFAULT_FINAL_REPORT_TO,
  DEFAULT_MIN_COUNT,
  type Field,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  type RegisterColumn,
  VARDEN_TABLE,
} from "../../register/layout";
import type { TableData } from "../../register/table-data";
import { type TabActivities, TabsSource } from "../../register/tabs-source";
import { tertialDays, tertialIndexOf } from "../../pledge-calendar";
import { activityTertial, excludedInScope, readsValueOf, type ReportScope, WHOLE_REGISTER } from "./report-scope";
import type { Indicator, IndicatorValue, Measure, Partner, Pledge, Register } from "../../register/types";

// Tags that say what kind of value follows, so no two different sequences of values feed the same words.
const TAG = { null: 0x6e0, text: 0x6e1, whole: 0x6e2, fraction: 0x6e3, true: 0x6e4, false: 0x6e5, list: 0x6e6 } as const;

/** The bits of a number that is not a 32-bit whole number, read as two 32-bit words. */
const float = new Float64Array(1);
const floatWords = new Int32Array(float.buffer);

/** One FNV-1a step over a 32-bit word. */
const mixWord = (hash: number, w: number): number => Math.imul(hash ^ w, 0x01000193);

/** A text as its tag, its length and two UTF-16 code units to a word (`Hash.text`). */
function mixText(hash: number, text: string | null): number {
  if (text === null) return mixWord(hash, TAG.null);
  let h = Math.imul(Math.imul(hash ^ TAG.text, 0x01000193) ^ text.length, 0x01000193);
  const pairs = text.length - (text.length % 2);
  for (let i = 0; i < pairs; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (pairs < text.length) h = Math.imul(h ^ text.charCodeAt(pairs), 0x01000193);
  return h;
}

/** A number as its tag and its value: one word for a 32-bit whole number, else the two words of its bits (`Hash.number`). */
function mixNumber(hash: number, n: number | null): number {
  if (n === null) return mixWord(hash, TAG.null);
  // -0 is 0 here, as it was in the JSON this fingerprint once hashed.
  if ((n | 0) === n) return mixWord(mixWord(hash, TAG.whole), n);
  float[0] = n;
  return mixWord(mixWord(mixWord(hash, TAG.fraction), floatWords[0]!), floatWords[1]!);
}

/**
 * FNV-1a (32 bits) over 32-bit words: each value as a tag and its content,
 * text as its length and two UTF-16 code units to a word. Every step is a
 * bijection of the state, so a change of one word (a number, two characters of
 * a text) always changes the 32-bit hash, and any other change does but for
 * the odds of a 32-bit hash. The typed values
 * are hashed directly: a register of 400 000 activity rows is about 17 million
 * words, where the canonical JSON hashed before was 70 million characters
 * built as strings, which took longer than everything else in a report
 * (docs/performance.md).
 */
export class Hash {
  /**
   * Kept as a signed 32-bit integer (same bits, faster arithmetic); unsigned only in `digest`. Open, so that a
   * loop over many rows can keep it in a local and one prefix can be continued by several hashes.
   */
  state = 0x811c9dc5 | 0;

  word(w: number): void {
    this.state = mixWord(this.state, w);
  }

  text(text: string | null): void {
    this.state = mixText(this.state, text);
  }

  number(n: number | null): void {
    this.state = mixNumber(this.state, n);
  }

  flag(value: boolean): void {
    this.word(value ? TAG.true : TAG.false);
  }

  texts(list: readonly string[]): void {
    this.word(TAG.list);
    this.word(list.length);
    for (const item of list) this.text(item);
  }

  period(p: Period | null): void {
    if (p === null) return this.word(TAG.null);
    this.number(p.year);
    this.number(p.kind === "tertial" ? p.tertial : 0);
  }

  /** Records of one kind: how many, then each record's fields. */
  records<T>(records: readonly T[], feed: (h: Hash, record: T) => void): void {
    this.word(records.length);
    for (const record of records) feed(this, record);
  }

  digest(): number {
    return this.state >>> 0;
  }
}

// Each record's fields in the order of its table's columns in the layout (`register/layout.ts`), every field but
// where the row stands (`ref`): moving rows down or inserting empty rows above a table must not change the
// fingerprint, and a column added to the layout counts at once. tests/core/report/model/fingerprint.test.ts
// changes every field of every kind of record and expects another fingerprint, and keeps the demo's
// fingerprints as they were. The lists are the one owner of which fields count, for the report's fingerprint
// and for each tab's in the report log (`report/log/tab-summary.ts`).

/** How a field is hashed. */
type HashKind = "text" | "number" | "texts" | "flag" | "period";

/** How a column's value is hashed, by its kind in the layout. */
const HASHED_AS: Readonly<Record<ColumnKind, HashKind>> = {
  text: "text",
  id: "text",
  choice: "text",
  freeText: "text",
  date: "number",
  number: "number",
  whole: "number",
  idList: "texts",
  period: "period",
};

type Fields = readonly (readonly [HashKind, string])[];

/**
 * A table's fields as its columns stand in the layout: `skip` those no report is built from, `flags` those the
 * record keeps as a boolean (Könsuppdelad is a Ja/Nej choice on the sheet, `genderSplit` in the record).
 */
function fieldsOf<T extends { columns: readonly RegisterColumn[] }>(
  spec: T,
  options: { skip?: readonly Field<T>[]; flags?: readonly Field<T>[] } = {},
): Fields {
  const skip: readonly string[] = options.skip ?? [];
  const flags: readonly string[] = options.flags ?? [];
  return spec.columns
    .filter((c) => !skip.includes(c.field))
    .map((c) => [flags.includes(c.field) ? "flag" : HASHED_AS[c.kind], c.field] as const);
}

function hashFields(h: Hash, record: object, fields: Fields): void {
  const values = record as Readonly<Record<string, unknown>>;
  for (const [kind, key] of fields) {
    const v = values[key];
    if (kind === "text") h.text(v as string | null);
    else if (kind === "number") h.number(v as number | null);
    else if (kind === "texts") h.texts(v as readonly string[]);
    else if (kind === "flag") h.flag(v as boolean);
    else h.period(v as Period | null);
  }
}

/**
 * The Löfte settings, by the record's names: the sheet has them as rows of Fält/Värde, not columns. `Slutrapport
 * till`, `Sista rapportdag` and `Minsta antal att visa` came later and are not here (see `pledge`).
 */
const PLEDGE_FIELDS: Fields = [
  ["text", "name"],
  ["text", "area"],
  ["text", "municipality"],
  ["text", "caseNumber"],
  ["number", "validFrom"],
  ["number", "validTo"],
  ["text", "reportsTo"],
];
/** Kontakt is where reminders go, not data a report is built from: a new address must not look like changed data. */
const PARTNER_FIELDS = fieldsOf(PARTER_TABLE, { skip: ["contact"] });
const MEASURE_FIELDS = fieldsOf(ATGARDER_TABLE);
const INDICATOR_FIELDS = fieldsOf(INDIKATORER_TABLE, { flags: ["genderSplit"] });
/** The partner the value stands on (its tab), then the table's columns. */
const VALUE_FIELDS: Fields = [["text", "partnerId"], ...fieldsOf(VARDEN_TABLE)];

export function pledge(h: Hash, p: Pledge): void {
  hashFields(h, p, PLEDGE_FIELDS);
  // Only when set to something else than the default, so registers without it keep the fingerprints they had.
  if (p.minCount !== DEFAULT_MIN_COUNT) h.number(p.minCount);
  if (p.finalReportTo !== DEFAULT_FINAL_REPORT_TO) h.text(p.finalReportTo);
}

export const partner = (h: Hash, p: Partner): void => hashFields(h, p, PARTNER_FIELDS);
export const measure = (h: Hash, m: Measure): void => hashFields(h, m, MEASURE_FIELDS);
export const indicator = (h: Hash, i: Indicator): void => hashFields(h, i, INDICATOR_FIELDS);
export const value = (h: Hash, v: IndicatorValue): void => hashFields(h, v, VALUE_FIELDS);

/**
 * An activity's fields but its partner (the tab it stands on), read at the cursor: a register read
 * from a workbook has no objects for its activities. Written out, not a list: 400 000 rows. The order is
 * the layout's (`AKTIVITETER_TABLE`), which tests/core/report/model/fingerprint.test.ts holds it to.
 */
export function activityFields(h: Hash, a: ActivityCursor): void {
  h.number(a.date());
  h.text(a.measureId());
  h.text(a.title());
  h.text(a.status());
  h.number(a.occasions());
  h.number(a.participants());
  h.number(a.women());
  h.number(a.men());
  h.text(a.comment());
}

/** The 6 hex characters shown for a hash: the top byte folded in so all 32 bits decide the 24 shown. */
export function shortDigest(h: Hash): string {
  const hash = h.digest();
  return (((hash >>> 8) ^ ((hash & 0xff) * 0x10101)) & 0xffffff).toString(16).padStart(6, "0");
}

/** Spec columns, copied once (where tsx runs the code, an imported binding is read through a getter). */
const COL = { ...ACTIVITY_COLUMN };

/** The tertial index of a date, bound once (as above). */
const tertialOfDay = tertialIndexOf;

/** The cell at index `at` of a grid line, as the cursor reads it (null where the column is absent or the line short). */
const cellAt = (line: readonly Cell[], at: number): Cell => (at < 0 ? null : (line[at] ?? null));

/** Index into a grid line of each of an activity's hashed columns, in `activityFields`'s order. */
interface LineColumns {
  date: number;
  measureId: number;
  title: number;
  status: number;
  occasions: number;
  participants: number;
  women: number;
  men: number;
  comment: number;
}

const lineColumns = (at: readonly number[]): LineColumns => ({
  date: at[COL.date]!,
  measureId: at[COL.measureId]!,
  title: at[COL.title]!,
  status: at[COL.status]!,
  occasions: at[COL.occasions]!,
  participants: at[COL.participants]!,
  women: at[COL.women]!,
  men: at[COL.men]!,
  comment: at[COL.comment]!,
});

/**
 * Row i of a tab as `activityFields`'s words, read from its grid line where every typed value is its cell, else
 * through `TableData.value` (a count typed as text): the words the cursor gives, without a call per field for
 * the 400 000 rows of a large register. tests/core/report/model/fingerprint-tabs.test.ts holds it to the cursor's.
 */
function mixFields(hash: number, data: TableData, i: number, line: readonly Cell[] | null, c: LineColumns): number {
  let h = hash;
  if (line === null) {
    h = mixNumber(h, data.value(i, COL.date) as number);
    h = mixText(h, data.value(i, COL.measureId) as string);
    h = mixText(h, data.value(i, COL.title) as string);
    h = mixText(h, data.value(i, COL.status) as string);
    h = mixNumber(h, (data.value(i, COL.occasions) as number | null | undefined) ?? null);
    h = mixNumber(h, (data.value(i, COL.participants) as number | null | undefined) ?? null);
    h = mixNumber(h, (data.value(i, COL.women) as number | null | undefined) ?? null);
    h = mixNumber(h, (data.value(i, COL.men) as number | null | undefined) ?? null);
    return mixText(h, (data.value(i, COL.comment) as string | null | undefined) ?? null);
  }
  h = mixNumber(h, cellAt(line, c.date) as number);
  h = mixText(h, cellAt(line, c.measureId) as string);
  h = mixText(h, cellAt(line, c.title) as string);
  h = mixText(h, cellAt(line, c.status) as string);
  h = mixNumber(h, cellAt(line, c.occasions) as number | null);
  h = mixNumber(h, cellAt(line, c.participants) as number | null);
  h = mixNumber(h, cellAt(line, c.women) as number | null);
  h = mixNumber(h, cellAt(line, c.men) as number | null);
  return mixText(h, cellAt(line, c.comment) as string | null);
}

/** Row i of a tab, its partner and then its fields (`activities`'s words for a row). */
const mixRow = (hash: number, partnerId: string, data: TableData, i: number, line: readonly Cell[] | null, c: LineColumns): number =>
  mixFields(mixText(hash, partnerId), data, i, line, c);

/**
 * A tab's usable activity rows of `scope`, each as `activityFields`'s words, into `h`; gives how many. The report
 * log's tab summaries (`report/log/tab-summary.ts`) read a register from a workbook so, not through the cursor.
 */
export function tabRowsInto(h: Hash, tab: TabActivities, scope: ReportScope): number {
  const data = tab.rows.data;
  const c = lineColumns(data.at);
  const index = activityTertial(scope);
  // A tertial's days compared (`tertialDays`), not looked up for each row; the lookup where they have no serials.
  const days = index === null ? null : tertialDays(index);
  let state = h.state;
  let rows = 0;
  for (let i = 0; i < data.length; i++) {
    if (data.hasError(i)) continue;
    const line = data.plainLine(i);
    if (index !== null) {
      const day = (line === null ? data.value(i, COL.date) : cellAt(line, c.date)) as number;
      if (days !== null ? day < days.from || day >= days.until : tertialOfDay(day) !== index) continue;
    }
    state = mixFields(state, data, i, line, c);
    rows++;
  }
  h.state = state;
  return rows;
}

/**
 * The activities, each with its partner, hashed once into each scope's hash that reads them, in one pass over
 * the rows: the pane's log view asks for every reported tertial at once. A whole-register hash starts with the
 * number of activities (as the fingerprint always did); a tertial's gets its count at the end, so the counts
 * of the tertials need no pass of their own.
 */
function activities(hashes: readonly Hash[], scopes: readonly ReportScope[], source: ActivitySource): void {
  const counts = scopes.map(() => 0);
  const whole: Hash[] = [];
  const byTertial = new Map<number, number[]>();
  scopes.forEach((scope, k) => {
    const t = activityTertial(scope);
    if (t === null) {
      hashes[k]!.word(source.length);
      whole.push(hashes[k]!);
      counts[k] = source.length;
    } else byTertial.set(t, [...(byTertial.get(t) ?? []), k]);
  });
  const someTertial = byTertial.size > 0;
  const into = (day: number): readonly number[] | undefined => (someTertial ? byTertial.get(tertialOfDay(day)) : undefined);
  if (source instanceof TabsSource) {
    // One tertial (a tertial report's head): its days compared, not looked up for each row.
    const [t] = byTertial.keys();
    const days = byTertial.size === 1 ? tertialDays(t!) : null;
    const one = days === null ? null : { ...days, ks: byTertial.get(t!)! };
    for (const tab of source.tabs) {
      const data = tab.rows.data;
      const c = lineColumns(data.at);
      const partnerId = tab.partnerId;
      // The whole register's hash in a local through the loop: the common case (one scope) costs what it did.
      const w = whole.length === 1 ? whole[0]! : null;
      let hw = w?.state ?? 0;
      // Index loops, not for…of: an iterator a row over `whole` and the tertials' lists was 5 MB of garbage.
      for (let i = 0; i < data.length; i++) {
        if (data.hasError(i)) continue;
        const line = data.plainLine(i);
        if (w !== null) hw = mixRow(hw, partnerId, data, i, line, c);
        else for (let j = 0; j < whole.length; j++) whole[j]!.state = mixRow(whole[j]!.state, partnerId, data, i, line, c);
        if (!someTertial) continue;
        const day = (line === null ? data.value(i, COL.date) : cellAt(line, c.date)) as number;
        const ks = one !== null ? (day >= one.from && day < one.until ? one.ks : undefined) : byTertial.get(tertialOfDay(day));
        if (ks === undefined) continue;
        for (let j = 0; j < ks.length; j++) {
          const k = ks[j]!;
          hashes[k]!.state = mixRow(hashes[k]!.state, partnerId, data, i, line, c);
          counts[k]!++;
        }
      }
      if (w !== null) w.state = hw;
    }
  } else {
    for (const a = source.cursor(); a.next();) {
      const ks = into(a.date()) ?? [];
      for (const h of [...whole, ...ks.map((k) => hashes[k]!)]) {
        h.text(a.partnerId());
        activityFields(h, a);
      }
      for (const k of ks) counts[k]!++;
    }
  }
  scopes.forEach((scope, k) => {
    if (scope.kind !== "whole") hashes[k]!.word(counts[k]!);
  });
}

/** What a report of one scope is built from: its fingerprint, and the rows it would have read that errors left out. */
export interface ScopedData {
  /** The fingerprint (6 hex characters), printed on the report and logged as `Data`. */
  data: string;
  /** Rows left out by errors (`report-scope.ts`'s `excludedInScope`), shown on the report and logged as `Utelämnade`. */
  excluded: number;
}

/**
 * Each scope's fingerprint and rows left out, in one pass over the register: the master tables' values (in the layout's
 * order), the activities the scope reads (`report-scope.ts`), its values and how many of its rows were left
 * out. Row positions on the sheets do not count. The whole register's fingerprint is what it always was.
 */
export function scopedData(register: Register, scopes: readonly ReportScope[]): ScopedData[] {
  const head = new Hash();
  if (register.pledge) pledge(head, register.pledge);
  else head.word(TAG.null);
  head.records(register.partners, partner);
  head.records(register.measures, measure);
  head.records(register.indicators, indicator);
  const hashes = scopes.map(() => {
    const h = new Hash();
    h.state = head.state;
    return h;
  });
  activities(hashes, scopes, activitiesOf(register));
  return scopes.map((scope, k) => {
    const h = hashes[k]!;
    const values =
      scope.kind === "whole" ? register.values : register.values.filter((v) => v.period !== null && readsValueOf(scope, v.period));
    h.records(values, value);
    const excluded = excludedInScope(register, scope);
    h.number(excluded);
    return { data: shortDigest(h), excluded };
  });
}

/** Short stable fingerprint (6 hex chars) of the data a report of `scope` is built from (by default the whole register's). */
export function dataFingerprint(register: Register, scope: ReportScope = WHOLE_REGISTER): string {
  return scopedData(register, [scope])[0]!.data;
}
