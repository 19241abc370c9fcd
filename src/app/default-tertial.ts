/**
 * Which tertial a report is for when the person names none, decided here once
 * for the pane, the ribbon and the command line alike (DOMAIN.md, "What a
 * reader sees"): the latest pledge tertial that has ended, the last one once
 * the pledge is over. Reports, trends and publishing use it; the check judges
 * completeness for the tertial that holds today (`tertialHolding`), as a
 * partner filling in the tab this tertial needs.
 */
import type { TertialPeriod } from "../core/period";
import { latestEndedTertial, type Validity } from "../core/pledge-calendar";

/** The tertial of a report, trends or a publication on `today` (an Excel serial); null without pledge tertials. */
export function defaultReportTertial(pledge: Validity, today: number): TertialPeriod | null {
  return latestEndedTertial(pledge, today);
}
