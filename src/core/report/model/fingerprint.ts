/**
 * A short fingerprint of the data a report is built from, printed in its
 * head ("data a3f9c2") so two printed reports can be told apart at a glance:
 * same data, same fingerprint; any changed value, another one.
 */
import type { Period } from "../../period";
import { type ActivityCursor, type ActivitySource, activitiesOf } from "../../register/activity-source";
import { DEFAULT_FINAL_REPORT_TO, DEFAULT_MIN_COUNT } from "../../register/layout";
import type { Indicator, IndicatorValue, Measure, Partner, Pledge, Register } from "../../register/types";

// Tags that say what kind of value follows, so no two different sequences of values feed the same words.
const TAG = { null: 0x6e0, text: 0x6e1, whole: 0x6e2, fraction: 0x6e3, true: 0x6e4, false: 0x6e5, list: 0x6e6 } as const;

/** The bits of a number that is not a 32-bit whole number, read as two 32-bit words. */
const float = new Float64Array(1);
const floatWords = new Int32Array(float.buffer);

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
  // Kept as a signed 32-bit integer (same bits, faster arithmetic); unsigned only in `digest`.
  private hash = 0x811c9dc5 | 0;

  word(w: number): void {
    this.hash = Math.imul(this.hash ^ w, 0x01000193);
  }

  text(text: string | null): void {
    if (text === null) return this.word(TAG.null);
    let hash = Math.imul(Math.imul(this.hash ^ TAG.text, 0x01000193) ^ text.length, 0x01000193);
    const pairs = text.length - (text.length % 2);
    for (let i = 0; i < pairs; i += 2) hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    if (pairs < text.length) hash = Math.imul(hash ^ text.charCodeAt(pairs), 0x01000193);
    this.hash = hash;
  }

  number(n: number | null): void {
    if (n === null) return this.word(TAG.null);
    // -0 is 0 here, as it was in the JSON this fingerprint once hashed.
    if ((n | 0) === n) {
      this.word(TAG.whole);
      return this.word(n);
    }
    float[0] = n;
    this.word(TAG.fraction);
    this.word(floatWords[0]!);
    this.word(floatWords[1]!);
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
    return this.hash >>> 0;
  }
}

// Each record's fields in a fixed order, every field but where the row stands (`ref`): moving rows down
// or inserting empty rows above a table must not change the fingerprint. tests/core/report/model/fingerprint.test.ts
// changes every field of every kind of record and expects another fingerprint. The lists are the one owner of
// which fields count, for the report's fingerprint and for each tab's in the report log (`report/log/tab-summary.ts`).

/** How a field is hashed, by its type. */
type FieldOf<T> = {
  [K in keyof T]-?: T[K] extends string | null
    ? readonly ["text", K]
    : T[K] extends number | null
      ? readonly ["number", K]
      : T[K] extends readonly string[]
        ? readonly ["texts", K]
        : T[K] extends boolean
          ? readonly ["flag", K]
          : T[K] extends Period | null
            ? readonly ["period", K]
            : never;
}[keyof T];

type Fields<T> = readonly FieldOf<T>[];

function hashFields<T>(h: Hash, record: T, fields: Fields<T>): void {
  for (const [kind, key] of fields as readonly (readonly [string, keyof T])[]) {
    const v = record[key];
    if (kind === "text") h.text(v as string | null);
    else if (kind === "number") h.number(v as number | null);
    else if (kind === "texts") h.texts(v as readonly string[]);
    else if (kind === "flag") h.flag(v as boolean);
    else h.period(v as Period | null);
  }
}

const PLEDGE_FIELDS: Fields<Pledge> = [
  ["text", "name"],
  ["text", "area"],
  ["text", "municipality"],
  ["text", "caseNumber"],
  ["number", "validFrom"],
  ["number", "validTo"],
  ["text", "reportsTo"],
];
const PARTNER_FIELDS: Fields<Partner> = [
  ["text", "id"],
  ["text", "name"],
  ["text", "type"],
  ["text", "tab"],
];
const MEASURE_FIELDS: Fields<Measure> = [
  ["text", "id"],
  ["text", "title"],
  ["text", "focus"],
  ["text", "responsible"],
  ["texts", "involved"],
  ["number", "start"],
  ["number", "end"],
  ["texts", "indicators"],
  ["text", "status"],
];
const INDICATOR_FIELDS: Fields<Indicator> = [
  ["text", "id"],
  ["text", "name"],
  ["text", "unit"],
  ["texts", "sources"],
  ["text", "direction"],
  ["text", "aggregation"],
  ["text", "frequency"],
  ["number", "baseline"],
  ["period", "baselinePeriod"],
  ["number", "target"],
  ["flag", "genderSplit"],
];
const VALUE_FIELDS: Fields<IndicatorValue> = [
  ["text", "partnerId"],
  ["period", "period"],
  ["text", "indicatorId"],
  ["number", "value"],
  ["number", "women"],
  ["number", "men"],
  ["text", "comment"],
];

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
 * from a workbook has no objects for its activities. Written out, not a list: 400 000 rows.
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

/** The activities, each with its partner, read through their source. */
function activities(h: Hash, source: ActivitySource): void {
  h.word(source.length);
  for (const a = source.cursor(); a.next();) {
    h.text(a.partnerId());
    activityFields(h, a);
  }
}

/** The 6 hex characters shown for a hash: the top byte folded in so all 32 bits decide the 24 shown. */
export function shortDigest(h: Hash): string {
  const hash = h.digest();
  return (((hash >>> 8) ^ ((hash & 0xff) * 0x10101)) & 0xffffff).toString(16).padStart(6, "0");
}

/** Short stable fingerprint (6 hex chars) of the register's values in their order; row positions on the sheets do not count. */
export function dataFingerprint(register: Register): string {
  const h = new Hash();
  if (register.pledge) pledge(h, register.pledge);
  else h.word(TAG.null);
  h.records(register.partners, partner);
  h.records(register.measures, measure);
  h.records(register.indicators, indicator);
  activities(h, activitiesOf(register));
  h.records(register.values, value);
  h.number(register.excludedRows);
  return shortDigest(h);
}
