/**
 * A short fingerprint of the data a report is built from, printed in its
 * head ("data a3f9c2") so two printed reports can be told apart at a glance:
 * same data, same fingerprint; any changed value, another one.
 */
import type { Period } from "../../period";
import { type ActivitySource, activitiesOf } from "../../register/activity-source";
import { DEFAULT_FINAL_REPORT_TO, DEFAULT_MIN_COUNT } from "../../register/layout";
import type { Indicator, IndicatorValue, Measure, Partner, Pledge, Register } from "../../register/types";

// Tags that say what kind of value follows, so no two different sequences of values feed the same words.
const NULL = 0x6e0;
const TEXT = 0x6e1;
const WHOLE = 0x6e2;
const FRACTION = 0x6e3;
const TRUE = 0x6e4;
const FALSE = 0x6e5;
const LIST = 0x6e6;

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
    if (text === null) return this.word(NULL);
    let hash = Math.imul(Math.imul(this.hash ^ TEXT, 0x01000193) ^ text.length, 0x01000193);
    const pairs = text.length - (text.length % 2);
    for (let i = 0; i < pairs; i += 2) hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    if (pairs < text.length) hash = Math.imul(hash ^ text.charCodeAt(pairs), 0x01000193);
    this.hash = hash;
  }

  number(n: number | null): void {
    if (n === null) return this.word(NULL);
    // -0 is 0 here, as it was in the JSON this fingerprint once hashed.
    if ((n | 0) === n) {
      this.word(WHOLE);
      return this.word(n);
    }
    float[0] = n;
    this.word(FRACTION);
    this.word(floatWords[0]!);
    this.word(floatWords[1]!);
  }

  flag(value: boolean): void {
    this.word(value ? TRUE : FALSE);
  }

  texts(list: readonly string[]): void {
    this.word(LIST);
    this.word(list.length);
    for (const item of list) this.text(item);
  }

  period(p: Period | null): void {
    if (p === null) return this.word(NULL);
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
// changes every field of every kind of record and expects another fingerprint.

export function pledge(h: Hash, p: Pledge): void {
  h.text(p.name);
  h.text(p.area);
  h.text(p.municipality);
  h.text(p.caseNumber);
  h.number(p.validFrom);
  h.number(p.validTo);
  h.text(p.reportsTo);
  // Only when set to something else than the default, so registers without it keep the fingerprints they had.
  if (p.minCount !== DEFAULT_MIN_COUNT) h.number(p.minCount);
  if (p.finalReportTo !== DEFAULT_FINAL_REPORT_TO) h.text(p.finalReportTo);
}

export function partner(h: Hash, p: Partner): void {
  h.text(p.id);
  h.text(p.name);
  h.text(p.type);
  h.text(p.tab);
}

export function measure(h: Hash, m: Measure): void {
  h.text(m.id);
  h.text(m.title);
  h.text(m.focus);
  h.text(m.responsible);
  h.texts(m.involved);
  h.number(m.start);
  h.number(m.end);
  h.texts(m.indicators);
  h.text(m.status);
}

export function indicator(h: Hash, i: Indicator): void {
  h.text(i.id);
  h.text(i.name);
  h.text(i.unit);
  h.texts(i.sources);
  h.text(i.direction);
  h.text(i.aggregation);
  h.text(i.frequency);
  h.number(i.baseline);
  h.period(i.baselinePeriod);
  h.number(i.target);
  h.flag(i.genderSplit);
}

/** The activities, read through their source: a register read from a workbook has no objects for them. */
function activities(h: Hash, source: ActivitySource): void {
  h.word(source.length);
  for (const a = source.cursor(); a.next();) {
    h.text(a.partnerId());
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
}

export function value(h: Hash, v: IndicatorValue): void {
  h.text(v.partnerId);
  h.period(v.period);
  h.text(v.indicatorId);
  h.number(v.value);
  h.number(v.women);
  h.number(v.men);
  h.text(v.comment);
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
  else h.word(NULL);
  h.records(register.partners, partner);
  h.records(register.measures, measure);
  h.records(register.indicators, indicator);
  activities(h, activitiesOf(register));
  h.records(register.values, value);
  h.number(register.excludedRows);
  return shortDigest(h);
}
