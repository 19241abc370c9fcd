/**
 * Where today stands against the pledge, for the Start view: not started yet,
 * running (in which tertial), or over (the last tertial is what is left to
 * report, and the final report is due). Before, it said "Pågående tertial"
 * with the clamped tertial also after the pledge had ended.
 */
import { isoFromSerial, ymdFromSerial } from "../core/date";
import { periodLabel, tertialOfDate } from "../core/period";
import type { Pledge } from "../core/register/types";
import type { Strings } from "./strings";

export type PledgePhase =
  { kind: "before"; from: string } | { kind: "during"; tertial: string } | { kind: "after"; to: string; lastTertial: string };

/** The pledge's phase on `today` (an Excel serial); the validity's first and last day belong to it. */
export function pledgePhase(pledge: Pick<Pledge, "validFrom" | "validTo">, today: number): PledgePhase {
  if (today < pledge.validFrom) return { kind: "before", from: isoFromSerial(pledge.validFrom) };
  if (today > pledge.validTo) {
    // The pledge's last tertial is the one holding its last day (as in tertialsOfPledge).
    const last = tertialOfDate(ymdFromSerial(pledge.validTo));
    return { kind: "after", to: isoFromSerial(pledge.validTo), lastTertial: periodLabel(last) };
  }
  return { kind: "during", tertial: periodLabel(tertialOfDate(ymdFromSerial(today))) };
}

/**
 * The phase as the Start view's lines: "Pågående tertial: T2 2025";
 * "Löftet börjar 2024-08-01"; after the pledge, until when it ran and its last
 * tertial, then what is due now (the final report).
 */
export function pledgePhaseLines(phase: PledgePhase, strings: Strings): string[] {
  switch (phase.kind) {
    case "before":
      return [strings.pledgeStarts(phase.from)];
    case "during":
      return [strings.currentTertial(phase.tertial)];
    case "after":
      return [strings.pledgeEnded(phase.to, phase.lastTertial), strings.finalReportDue];
  }
}
