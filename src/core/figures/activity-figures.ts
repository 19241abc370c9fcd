/**
 * Activity figures for one tertial: in total, per measure and per partner,
 * plus which partners reported and which expected indicator values are missing.
 */
import { tertialIndex, type TertialPeriod, valueDue } from "../period";
import { tertialDays, tertialIndexOf } from "../pledge-calendar";
import type { Cell } from "../cell";
import { ACTIVITY_COLUMN } from "../register/activity-rows";
import { type ActivityCursor, activitiesOf } from "../register/activity-source";
import type { TableData } from "../register/table-data";
import { type TabActivities, TabsSource } from "../register/tabs-source";
import type { Indicator, IndicatorValue, Register } from "../register/types";
import { round10 } from "../trends/numbers";
import { idKey } from "../values";
import { matchesFrequency } from "../trends/series";

export interface ActivityFigures {
  activities: number;
  completed: number;
  occasions: number;
  participants: number;
  women: number;
  men: number;
  /** women / (women + men); null when neither was counted. */
  womenShare: number | null;
}

export interface MeasureFigures extends ActivityFigures {
  measureId: string;
}

export interface PartnerFigures extends ActivityFigures {
  partnerId: string;
  /** Indicator value rows the partner reported for the tertial (an annual value counts in every tertial of its year). */
  values: number;
  /** Indicators whose `Källa` names the partner. */
  expectedValues: number;
  /** Those of them the partner has no value for in the tertial. */
  missingIndicators: string[];
  /** Any activity or value in the tertial. */
  reported: boolean;
}

/** Running figures of a group of activities, added one activity at a time in register order. */
class Tally {
  activities = 0;
  completed = 0;
  occasions = 0;
  participants = 0;
  women = 0;
  men = 0;

  add(a: ActivityCursor): void {
    this.addValues(a.status(), a.occasions(), a.participants(), a.women(), a.men());
  }

  addValues(status: string, occasions: number | null, participants: number | null, women: number | null, men: number | null): void {
    this.activities++;
    if (status === "Genomförd") this.completed++;
    this.occasions += occasions ?? 0;
    this.participants += participants ?? 0;
    this.women += women ?? 0;
    this.men += men ?? 0;
  }

  figures(): ActivityFigures {
    const { activities, completed, occasions, participants, women, men } = this;
    return {
      activities,
      completed,
      occasions,
      participants,
      women,
      men,
      womenShare: women + men > 0 ? round10(women / (women + men)) : null,
    };
  }
}

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = new Tally()));
  return tally;
}

/**
 * A value belongs to the tertial's report when it is for that tertial, or, for
 * an annual indicator, for the tertial's year: yearly figures arrive once and
 * count in whichever tertial of their year they are looked at.
 */
function inTertial(value: IndicatorValue, indicator: Indicator | undefined, t: TertialPeriod): boolean {
  if (indicator === undefined || !matchesFrequency(indicator, value.period)) return false;
  const p = value.period;
  return p.kind === "year" ? p.year === t.year : tertialIndex(p) === tertialIndex(t);
}

/** A key function remembered per distinct ID: a register repeats a few dozen IDs over many rows. */
function remembered(f: (id: string) => string): (id: string) => string {
  const seen = new Map<string, string>();
  return (id) => {
    let key = seen.get(id);
    if (key === undefined) {
      key = f(id);
      seen.set(id, key);
    }
    return key;
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The tertial index of a date, bound once (where tsx runs the code, an imported function is read through a getter). */
const tertialOfDay = tertialIndexOf;
/** The days of a tertial, as `tertialDays` gives them (null: the calendar's lookup for each day). */
type Days = ReturnType<typeof tertialDays>;
/** Whether a day lies in the tertial of index `index` whose days are `days`: two comparisons for nearly every register. */
const inDays = (day: number, days: Days, index: number): boolean =>
  days !== null ? day >= days.from && day < days.until : tertialOfDay(day) === index;
/** Spec columns, copied once for the same reason. */
const COL = { ...ACTIVITY_COLUMN };

/** Where a tab's rows are added up: the register's total, the tab's partner and each measure. */
interface TabTallies {
  /** The tertial's index and days. */
  index: number;
  days: Days;
  total: Tally;
  partner: Tally;
  byMeasureId: Map<string, Tally>;
  /** Each measure ID as typed, to its tally in `byMeasureId` (shared by the register's tabs). */
  byTypedId: Map<string, Tally>;
  key: (id: string) => string;
}

/** One row's values into the total, the partner's and its measure's tallies. */
function addRow(
  to: TabTallies,
  measureId: string,
  s: string,
  o: number | null,
  p: number | null,
  w: number | null,
  m: number | null,
): void {
  to.total.addValues(s, o, p, w, m);
  // The measure's tally by the ID as typed: one lookup a row, not its key's and then the key's tally.
  let measure = to.byTypedId.get(measureId);
  if (measure === undefined) to.byTypedId.set(measureId, (measure = tallyOf(to.byMeasureId, to.key(measureId))));
  measure.addValues(s, o, p, w, m);
  to.partner.addValues(s, o, p, w, m);
}

/**
 * What the cursor loop of `activityFigures` adds for one tab of a register read from a workbook, read from the
 * tab's grid lines (the fingerprint reads them so too): the same rows, values and order, without a call per
 * field. The tab's rows are all its partner's, so the partner's tally is looked up once.
 * tests/core/figures/activity-figures-tabs.test.ts holds it to the cursor's figures.
 */
function tallyTab(tab: TabActivities, to: TabTallies): void {
  const { index, days } = to;
  const data = tab.rows.data;
  const at = data.at;
  const [date, measureId, status] = [at[COL.date]!, at[COL.measureId]!, at[COL.status]!];
  const [occasions, participants, women, men] = [at[COL.occasions]!, at[COL.participants]!, at[COL.women]!, at[COL.men]!];
  for (let i = 0; i < data.length; i++) {
    if (data.hasError(i)) continue;
    const line = data.plainLine(i);
    if (line === null) {
      tallyKeptRow(data, i, to);
      continue;
    }
    if (!inDays(cellAt(line, date) as number, days, index)) continue;
    addRow(
      to,
      cellAt(line, measureId) as string,
      cellAt(line, status) as string,
      cellAt(line, occasions) as number | null,
      cellAt(line, participants) as number | null,
      cellAt(line, women) as number | null,
      cellAt(line, men) as number | null,
    );
  }
}

/** The cell at index `at` of a grid line, as the cursor reads it (null where the column is absent or the line short). */
const cellAt = (line: readonly Cell[], at: number): Cell => (at < 0 ? null : (line[at] ?? null));

/** A row with a typed value kept apart, read as the cursor reads it (a function of its own: no closure per row). */
function tallyKeptRow(data: TableData, i: number, to: TabTallies): void {
  if (!inDays(data.value(i, COL.date) as number, to.days, to.index)) return;
  addRow(
    to,
    data.value(i, COL.measureId) as string,
    data.value(i, COL.status) as string,
    (data.value(i, COL.occasions) as number | null | undefined) ?? null,
    (data.value(i, COL.participants) as number | null | undefined) ?? null,
    (data.value(i, COL.women) as number | null | undefined) ?? null,
    (data.value(i, COL.men) as number | null | undefined) ?? null,
  );
}

/** Figures for one tertial, each row visited once (measures and partners look up their group). */
export function activityFigures(
  register: Register,
  tertial: TertialPeriod,
): { total: ActivityFigures; byMeasure: MeasureFigures[]; byPartner: PartnerFigures[] } {
  const key = remembered(idKey);
  const index = tertialIndex(tertial);
  // One pass over the activities, read from the sheets' rows without an object per activity.
  const total = new Tally();
  const byMeasureId = new Map<string, Tally>();
  const byPartnerId = new Map<string, Tally>();
  const source = activitiesOf(register);
  if (source instanceof TabsSource) {
    const days = tertialDays(index);
    const byTypedId = new Map<string, Tally>();
    for (const tab of source.tabs)
      tallyTab(tab, { index, days, total, partner: tallyOf(byPartnerId, key(tab.partnerId)), byMeasureId, byTypedId, key });
  } else {
    for (const a = source.cursor(); a.next();) {
      if (tertialIndexOf(a.date()) !== index) continue;
      total.add(a);
      tallyOf(byMeasureId, key(a.measureId())).add(a);
      tallyOf(byPartnerId, key(a.partnerId())).add(a);
    }
  }
  const none = new Tally().figures();
  const indicators = new Map(register.indicators.map((i) => [key(i.id), i]));
  const values = register.values.filter((v) => inTertial(v, indicators.get(key(v.indicatorId)), tertial));
  const valuesByPartner = groupBy(values, (v) => key(v.partnerId));
  // Indicators whose Källa names each partner, in the register's order.
  const expectedOf = new Map<string, Indicator[]>();
  for (const indicator of register.indicators) {
    for (const source of new Set(indicator.sources.map(key))) {
      const list = expectedOf.get(source);
      if (list) list.push(indicator);
      else expectedOf.set(source, [indicator]);
    }
  }

  const byMeasure = register.measures.map((m) => ({
    measureId: m.id,
    ...(byMeasureId.get(key(m.id))?.figures() ?? none),
  }));

  const byPartner = register.partners.map((p): PartnerFigures => {
    const k = key(p.id);
    const own = byPartnerId.get(k)?.figures() ?? none;
    const ownValues = valuesByPartner.get(k) ?? [];
    const reportedIds = new Set(ownValues.map((v) => key(v.indicatorId)));
    // Due by this tertial (an annual value in its year's last tertial), or already there.
    const expected = (expectedOf.get(k) ?? []).filter((i) => valueDue(i.frequency, tertial) || reportedIds.has(key(i.id)));
    return {
      partnerId: p.id,
      ...own,
      values: ownValues.length,
      expectedValues: expected.length,
      missingIndicators: expected.filter((i) => !reportedIds.has(key(i.id))).map((i) => i.id),
      reported: own.activities > 0 || ownValues.length > 0,
    };
  });

  return { total: total.figures(), byMeasure, byPartner };
}
