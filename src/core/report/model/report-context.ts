/**
 * What both report models are made from, and the key figures both show.
 */
import type { IndicatorChange } from "../../checks/indicator-changed";
import type { ActivityFigures } from "../../figures/activity-figures";
import type { Finding } from "../../findings";
import type { Register } from "../../register/types";

export interface ReportContext {
  register: Register;
  findings: Finding[];
  createdAt: Date;
  /** What changed since `Rapportlogg` locked the indicators (`CheckResult.indicatorChanges`); none when left out. */
  indicatorChanges?: readonly IndicatorChange[];
}

export interface KeyFigures {
  figures: ActivityFigures;
  partnersReported: number;
  partnersTotal: number;
  measuresWithActivity: number;
  measuresTotal: number;
}
