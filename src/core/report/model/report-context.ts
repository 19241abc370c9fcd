/**
 * What both report models are made from, and the key figures both show.
 */
import type { ActivityFigures } from "../../figures/activity-figures";
import type { Finding } from "../../findings";
import type { Register } from "../../register/types";

export interface ReportContext {
  register: Register;
  findings: Finding[];
  createdAt: Date;
}

export interface KeyFigures {
  figures: ActivityFigures;
  partnersReported: number;
  partnersTotal: number;
  measuresWithActivity: number;
  measuresTotal: number;
}
