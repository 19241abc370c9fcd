/**
 * The typed register: records read from the workbook's sheets. Every record
 * remembers where it stands so findings can name a cell.
 */
import type { Period } from "../period";
import type {
  ACTIVITY_STATUSES,
  AGGREGATIONS,
  DIRECTIONS,
  FOCUS_AREAS,
  FREQUENCIES,
  MEASURE_STATUSES,
  PARTNER_TYPES,
  UNITS,
} from "./layout";

/** Where a record's row stands: sheet, 0-based row, and 0-based column of each header (by header text). */
export interface RowRef {
  sheet: string;
  row: number;
  columns: Readonly<Record<string, number>>;
}

export interface Pledge {
  name: string;
  area: string | null;
  municipality: string | null;
  caseNumber: string | null;
  /** Excel serials. */
  validFrom: number;
  validTo: number;
  reportsTo: string | null;
  /** `Slutrapport till`: whom the Slutrapport is addressed to (default Kommunstyrelsen). */
  finalReportTo: string;
  /** `Sista rapportdag`: days after a tertial ends that partners have to report it (default 14). */
  reportDays: number;
  /** `Minsta antal att visa`: counts below it read "färre än N" in what is published (default 5). */
  minCount: number;
}

export interface Partner {
  id: string;
  name: string;
  type: (typeof PARTNER_TYPES)[number] | null;
  tab: string;
  /** `Kontakt`: the e-mail address reminders go to, as typed (null when blank). */
  contact: string | null;
  ref: RowRef;
}

export interface Measure {
  id: string;
  title: string;
  focus: (typeof FOCUS_AREAS)[number] | null;
  responsible: string;
  involved: string[];
  start: number | null;
  end: number | null;
  indicators: string[];
  status: (typeof MEASURE_STATUSES)[number] | null;
  ref: RowRef;
}

export interface Indicator {
  id: string;
  name: string;
  unit: (typeof UNITS)[number];
  sources: string[];
  direction: (typeof DIRECTIONS)[number];
  aggregation: (typeof AGGREGATIONS)[number];
  frequency: (typeof FREQUENCIES)[number];
  baseline: number | null;
  baselinePeriod: Period | null;
  target: number | null;
  genderSplit: boolean;
  ref: RowRef;
}

export interface Activity {
  partnerId: string;
  date: number;
  measureId: string;
  title: string;
  status: (typeof ACTIVITY_STATUSES)[number];
  occasions: number | null;
  participants: number | null;
  women: number | null;
  men: number | null;
  comment: string | null;
  ref: RowRef;
}

export interface IndicatorValue {
  partnerId: string;
  period: Period;
  indicatorId: string;
  value: number;
  women: number | null;
  men: number | null;
  comment: string | null;
  ref: RowRef;
}

/** An indicator value row left out of the figures by an error: what of it could be read, so the report can mark its row. */
export interface ExcludedValue {
  /** The partner tab's sheet name, as the report names it ("fel på fliken Polisen"). */
  sheet: string;
  /** As typed (null when the cell was empty or unreadable). */
  indicatorId: string | null;
  /** Null when the period could not be read. */
  period: Period | null;
}

/** What was read. Rows with errors are not here; `excludedRows` counts them. */
export interface Register {
  pledge: Pledge | null;
  partners: Partner[];
  measures: Measure[];
  indicators: Indicator[];
  /**
   * A register read from a workbook makes these objects when this is first read; code that
   * only needs their values for every row reads `activitiesOf(register)` (activity-source.ts).
   */
  activities: Activity[];
  values: IndicatorValue[];
  /** Data rows on partner tabs left out because of errors. */
  excludedRows: number;
  /** The indicator value rows among them (absent: none), for marking the indicators they belong to. */
  excludedValues?: readonly ExcludedValue[];
  /** Data rows on partner tabs read (usable or not). */
  totalRows: number;
}
