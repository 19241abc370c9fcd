/**
 * Activity figures for one tertial: in total, per measure and per partner,
 * plus which partners reported and which expected indicator values are missing.
 */
import { ymdFromSerial } from "../date";
import { tertialIndex, tertialOfDate } from "../period";
import type { Activity, Indicator, IndicatorValue, Register } from "../register/types";
import { idKey, round10 } from "../trends/numbers";
import { matchesFrequency } from "../trends/series";
import type { TertialPeriod } from "../trends/trend-types";

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

function sumOf(activities: readonly Activity[], f: (a: Activity) => number | null): number {
  return activities.reduce((sum, a) => sum + (f(a) ?? 0), 0);
}

function figuresOf(activities: readonly Activity[]): ActivityFigures {
  const women = sumOf(activities, (a) => a.women);
  const men = sumOf(activities, (a) => a.men);
  return {
    activities: activities.length,
    completed: activities.filter((a) => a.status === "Genomförd").length,
    occasions: sumOf(activities, (a) => a.occasions),
    participants: sumOf(activities, (a) => a.participants),
    women,
    men,
    womenShare: women + men > 0 ? round10(women / (women + men)) : null,
  };
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

export function activityFigures(
  register: Register,
  tertial: TertialPeriod,
): { total: ActivityFigures; byMeasure: MeasureFigures[]; byPartner: PartnerFigures[] } {
  const index = tertialIndex(tertial);
  const activities = register.activities.filter((a) => tertialIndex(tertialOfDate(ymdFromSerial(a.date))) === index);
  const indicators = new Map(register.indicators.map((i) => [idKey(i.id), i]));
  const values = register.values.filter((v) => inTertial(v, indicators.get(idKey(v.indicatorId)), tertial));

  const byMeasure = register.measures.map((m) => ({
    measureId: m.id,
    ...figuresOf(activities.filter((a) => idKey(a.measureId) === idKey(m.id))),
  }));

  const byPartner = register.partners.map((p): PartnerFigures => {
    const key = idKey(p.id);
    const own = figuresOf(activities.filter((a) => idKey(a.partnerId) === key));
    const ownValues = values.filter((v) => idKey(v.partnerId) === key);
    const reportedIds = new Set(ownValues.map((v) => idKey(v.indicatorId)));
    const expected = register.indicators.filter((i) => i.sources.some((s) => idKey(s) === key));
    return {
      partnerId: p.id,
      ...own,
      values: ownValues.length,
      expectedValues: expected.length,
      missingIndicators: expected.filter((i) => !reportedIds.has(idKey(i.id))).map((i) => i.id),
      reported: own.activities > 0 || ownValues.length > 0,
    };
  });

  return { total: figuresOf(activities), byMeasure, byPartner };
}
