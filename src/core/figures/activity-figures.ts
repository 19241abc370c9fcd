/**
 * Activity figures for one tertial: in total, per measure and per partner,
 * plus which partners reported and which expected indicator values are missing.
 */
import { tertialIndex, type TertialPeriod, valueDue } from "../period";
import { tertialIndexOf } from "../pledge-calendar";
import { type ActivityCursor, activitiesOf } from "../register/activity-source";
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
    this.activities++;
    if (a.status() === "Genomförd") this.completed++;
    this.occasions += a.occasions() ?? 0;
    this.participants += a.participants() ?? 0;
    this.women += a.women() ?? 0;
    this.men += a.men() ?? 0;
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
  for (const a = activitiesOf(register).cursor(); a.next();) {
    if (tertialIndexOf(a.date()) !== index) continue;
    total.add(a);
    tallyOf(byMeasureId, key(a.measureId())).add(a);
    tallyOf(byPartnerId, key(a.partnerId())).add(a);
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
