/** The pledge's tertials, as labels, for membership tests. */
import { ymdFromSerial } from "../date";
import { periodLabel, tertialFromIndex, tertialIndex, tertialOfDate, type Period } from "../period";
import type { Pledge } from "../register/types";

export type TertialPeriod = Extract<Period, { kind: "tertial" }>;

/** Tertials that overlap the pledge's validity, in order. */
export function tertialsOfPledge(pledge: Pick<Pledge, "validFrom" | "validTo">): TertialPeriod[] {
  const from = tertialIndex(tertialOfDate(ymdFromSerial(pledge.validFrom)));
  const to = tertialIndex(tertialOfDate(ymdFromSerial(pledge.validTo)));
  const out: TertialPeriod[] = [];
  for (let i = from; i <= to && out.length < 600; i++) out.push(tertialFromIndex(i));
  return out;
}

export function pledgeTertialKeys(pledge: Pick<Pledge, "validFrom" | "validTo">): Set<string> {
  return new Set(tertialsOfPledge(pledge).map(periodLabel));
}
