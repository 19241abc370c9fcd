/**
 * The typed register: records read from the workbook's sheets. Every record
 * remembers where it stands so findings can name a cell. A record's fields
 * are its table's columns in the layout (`RecordOf`, `layout.ts`): a column
 * declared there is a property here.
 */
import type { Period } from "../period";
import type { AKTIVITETER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, PARTER_TABLE, RecordOf, VARDEN_TABLE } from "./layout";

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

/** Where the record stands. */
interface Placed {
  ref: RowRef;
}

/** A partner tab's row: whose tab it is (the Part-ID as Parter has it). */
interface OnPartnerTab {
  partnerId: string;
}

/** A row of Parter. `contact` (`Kontakt`): the e-mail address reminders go to, as typed (null when blank). */
export type Partner = RecordOf<typeof PARTER_TABLE> & Placed;

export type Measure = RecordOf<typeof ATGARDER_TABLE> & Placed;

/** A row of Indikatorer; `genderSplit` is whether Könsuppdelad says Ja. */
export type Indicator = Omit<RecordOf<typeof INDIKATORER_TABLE>, "genderSplit"> & { genderSplit: boolean } & Placed;

export type Activity = OnPartnerTab & RecordOf<typeof AKTIVITETER_TABLE> & Placed;

export type IndicatorValue = OnPartnerTab & RecordOf<typeof VARDEN_TABLE> & Placed;

/** An indicator value row left out of the figures by an error: what of it could be read, so the report can mark its row. */
export interface ExcludedValue {
  /** The partner tab's sheet name, as the report names it ("fel på fliken Polisen"). */
  sheet: string;
  /** As typed (null when the cell was empty or unreadable). */
  indicatorId: string | null;
  /** Null when the period could not be read. */
  period: Period | null;
}

/** An activity row left out by an error. */
export interface ExcludedActivity {
  /** The partner tab's sheet name. */
  sheet: string;
  /** The row's date as a serial, or null when it could not be read. */
  day: number | null;
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
  /**
   * The activity rows among them, with their dates where those read, so a tertial report counts the rows left
   * out that it would have read (`report/model/report-scope.ts`). Absent: not known (every one counts).
   */
  excludedActivities?: readonly ExcludedActivity[];
  /** Data rows on partner tabs read (usable or not). */
  totalRows: number;
}
