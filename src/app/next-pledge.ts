/**
 * Use case: the register for the next pledge, from the register of the one that
 * ends (`pledge next`). The old register is only read; the new one is a set of
 * sheet plans for a new workbook.
 */
import { checkRegister } from "../core/check-register";
import { isoFromSerial } from "../core/date";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { pledgeTertials, type Validity } from "../core/pledge-calendar";
import { nextPledge, type NextPledge } from "../core/template/next-pledge";
import { registerPlans } from "../core/template/register-plans";
import { computeTrends } from "../core/trends/trends";
import type { WorkbookPort } from "./port";
import { ShownError } from "./shown-error";

/** The longest pledge the new register is made for: pledges run a year or a few. */
export const MAX_PLEDGE_YEARS = 10;

export class NextPledgeError extends ShownError {}

export interface NextPledgeOutcome extends NextPledge {
  plans: SheetPlan[];
  old: Validity & { name: string };
  /** Errors in the old register: rows with errors were left out of the new baselines. */
  errors: number;
}

export async function makeNextPledge(port: WorkbookPort, request: { today: number; next: Validity }): Promise<NextPledgeOutcome> {
  const { next } = request;
  const from = isoFromSerial(next.validFrom);
  const to = isoFromSerial(next.validTo);
  if (next.validTo <= next.validFrom) throw new NextPledgeError({ code: "next-ends-before-start", params: { from, to } });
  if (next.validTo - next.validFrom > MAX_PLEDGE_YEARS * 366) {
    throw new NextPledgeError({ code: "next-too-long", params: { from, to, years: MAX_PLEDGE_YEARS } });
  }
  const grids = await port.readAll();
  // Every value of the old pledge counts: its figures as at its last tertial.
  const check = checkRegister(grids, {
    today: request.today,
    tertial: (pledge) => pledgeTertials(pledge).at(-1) ?? null,
  });
  const old = check.register.pledge;
  if (!old || !check.tertial) throw new NextPledgeError({ code: "next-no-pledge" });
  if (next.validFrom <= old.validTo) {
    throw new NextPledgeError({ code: "next-overlaps", params: { from, oldTo: isoFromSerial(old.validTo) } });
  }
  const built = nextPledge(grids, old, next, computeTrends(check.register, check.tertial));
  return {
    ...built,
    plans: registerPlans(built.input),
    old: { name: old.name, validFrom: old.validFrom, validTo: old.validTo },
    errors: check.counts.error,
  };
}
