/**
 * Measure and partner rows of the reports: activity figures per measure and
 * per partner, with names looked up so the tables read without the register.
 * Only master data (names, titles, statuses) and counts: never partners' free text.
 */
import type { ActivityFigures, MeasureFigures, PartnerFigures } from "../../figures/activity-figures";
import type { Measure, Partner, Register } from "../../register/types";
import { round10 } from "../../trends/numbers";
import { idKey } from "../../values";
import { formatNumberSv } from "../../swedish-format";

export interface MeasureRow {
  id: string;
  /** "Å1 Trygghetsvandringar med boende, särskilt kvinnor". */
  label: string;
  focus: string | null;
  /** The responsible partner's name (its Part-ID when not listed). */
  responsible: string;
  status: string | null;
  figures: ActivityFigures;
}

export interface PartnerRow {
  id: string;
  name: string;
  activities: number;
  /** "1 av 1"; null when no indicator names the partner as source. */
  valuesText: string | null;
  /** The names of the indicators the partner owes a value for: a reader never sees a code. */
  missing: string[];
  reported: boolean;
}

export const NO_FIGURES: ActivityFigures = {
  activities: 0,
  completed: 0,
  occasions: 0,
  participants: 0,
  women: 0,
  men: 0,
  womenShare: null,
};

/** Figures added up, with the women's share recomputed from the sums. */
export function addFigures(list: readonly ActivityFigures[]): ActivityFigures {
  const sum = (f: (x: ActivityFigures) => number) => list.reduce((s, x) => s + f(x), 0);
  const women = sum((x) => x.women);
  const men = sum((x) => x.men);
  return {
    activities: sum((x) => x.activities),
    completed: sum((x) => x.completed),
    occasions: sum((x) => x.occasions),
    participants: sum((x) => x.participants),
    women,
    men,
    womenShare: women + men > 0 ? round10(women / (women + men)) : null,
  };
}

function plainFigures(f: ActivityFigures): ActivityFigures {
  const { activities, completed, occasions, participants, women, men, womenShare } = f;
  return { activities, completed, occasions, participants, women, men, womenShare };
}

export function partnerName(register: Register, id: string): string {
  return register.partners.find((p) => idKey(p.id) === idKey(id))?.name ?? id;
}

export function measureRow(register: Register, measure: Measure, figures: readonly MeasureFigures[]): MeasureRow {
  const own = figures.filter((f) => idKey(f.measureId) === idKey(measure.id)).map(plainFigures);
  return {
    id: measure.id,
    label: `${measure.id} ${measure.title}`,
    focus: measure.focus,
    responsible: partnerName(register, measure.responsible),
    status: measure.status,
    figures: own.length === 0 ? NO_FIGURES : addFigures(own),
  };
}

/** An indicator's name as the reports show it (its ID when not listed). */
export function indicatorName(register: Register, id: string): string {
  return register.indicators.find((i) => idKey(i.id) === idKey(id))?.name ?? id;
}

export function partnerRow(register: Register, partner: Partner, figures: PartnerFigures | undefined): PartnerRow {
  if (figures === undefined) {
    return { id: partner.id, name: partner.name, activities: 0, valuesText: null, missing: [], reported: false };
  }
  const got = figures.expectedValues - figures.missingIndicators.length;
  return {
    id: partner.id,
    name: partner.name,
    activities: figures.activities,
    valuesText: figures.expectedValues > 0 ? `${formatNumberSv(got)} av ${formatNumberSv(figures.expectedValues)}` : null,
    missing: figures.missingIndicators.map((id) => indicatorName(register, id)),
    reported: figures.reported,
  };
}
