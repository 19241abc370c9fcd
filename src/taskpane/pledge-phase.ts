/**
 * Where today stands against the pledge (`pledgePhase` in the pledge calendar),
 * as the Start view's lines: "Pågående tertial: T2 2025"; "Löftet börjar
 * 2024-08-01"; after the pledge, until when it ran and its last tertial, then
 * what is due now (the final report).
 */
import { isoFromSerial } from "../core/date";
import { periodLabel } from "../core/period";
import type { PledgePhase } from "../core/pledge-calendar";
import type { Strings } from "./strings";

export function pledgePhaseLines(phase: PledgePhase, strings: Strings): string[] {
  switch (phase.kind) {
    case "before":
      return [strings.pledgeStarts(isoFromSerial(phase.from))];
    case "during":
      return [strings.currentTertial(periodLabel(phase.tertial))];
    case "after":
      return [strings.pledgeEnded(isoFromSerial(phase.to), periodLabel(phase.lastTertial)), strings.finalReportDue];
  }
}
