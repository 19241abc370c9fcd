/**
 * Use case: the register for the next pledge, from the register of the one that
 * ends (`pledge next`). The old register is only read; the new one is a set of
 * sheet plans for a new workbook.
 */
import { checkRegister } from "../core/check-register";
import { isoFromSerial, serialFromYMD, ymdFromSerial } from "../core/date";
import type { ShownMessage } from "../core/messages/errors";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { pledgeTertials, type Validity } from "../core/pledge-calendar";
import { nextPledge, type NextPledge } from "../core/template/next-pledge";
import { registerPlans } from "../core/template/register-plans";
import { computeTrends } from "../core/trends/trends";
import type { WorkbookPort } from "./port";
import { ShownError } from "./shown-error";

/** The longest pledge the new register is made for: pledges run a year or a few. */
const MAX_PLEDGE_YEARS = 10;

export class NextPledgeError extends ShownError {}

export interface NextPledgeOutcome extends NextPledge {
  plans: SheetPlan[];
  old: Validity & { name: string };
  /** Errors in the old register: rows with errors were left out of the new baselines. */
  errors: number;
}

/**
 * What is wrong with the new pledge's dates, if anything: it ends before it starts, runs over
 * MAX_PLEDGE_YEARS, or (when the old pledge is known) starts before the old one ends. The pane
 * asks before it offers to open the register; `makeNextPledge` refuses the same.
 */
export function nextDatesProblem(next: Validity, old: Validity | null): ShownMessage | null {
  const from = isoFromSerial(next.validFrom);
  const to = isoFromSerial(next.validTo);
  if (next.validTo <= next.validFrom) return { code: "next-ends-before-start", params: { from, to } };
  if (next.validTo - next.validFrom > MAX_PLEDGE_YEARS * 366)
    return { code: "next-too-long", params: { from, to, years: MAX_PLEDGE_YEARS } };
  if (old && next.validFrom <= old.validTo) return { code: "next-overlaps", params: { from, oldTo: isoFromSerial(old.validTo) } };
  return null;
}

/**
 * The dates the pane offers for the next pledge: from the day after the old one ends, for as many
 * whole years as the old one ran, rounded up (the demo's 2024-08-01–2025-12-31 → 2026-01-01–2027-12-31,
 * the dates `pledge next`'s usage line gives as its example).
 */
export function defaultNextValidity(old: Validity): Validity {
  const validFrom = old.validTo + 1;
  const years = Math.min(MAX_PLEDGE_YEARS, Math.max(1, Math.ceil((old.validTo - old.validFrom + 1) / 366)));
  const start = ymdFromSerial(validFrom);
  // 29 February: a year later there is none, so the pledge runs to 28 February.
  const sameDay = serialFromYMD(start.year + years, start.month, start.day) ?? serialFromYMD(start.year + years, start.month + 1, 1)!;
  return { validFrom, validTo: sameDay - 1 };
}

export async function makeNextPledge(port: WorkbookPort, request: { today: number; next: Validity }): Promise<NextPledgeOutcome> {
  const { next } = request;
  const early = nextDatesProblem(next, null);
  if (early) throw new NextPledgeError(early);
  const grids = await port.readAll();
  // Every value of the old pledge counts: its figures as at its last tertial.
  const check = checkRegister(grids, {
    today: request.today,
    tertial: (pledge) => pledgeTertials(pledge).at(-1) ?? null,
  });
  const old = check.register.pledge;
  if (!old || !check.tertial) throw new NextPledgeError({ code: "next-no-pledge" });
  const overlap = nextDatesProblem(next, old);
  if (overlap) throw new NextPledgeError(overlap);
  const built = nextPledge(grids, old, next, computeTrends(check.register, check.tertial));
  return {
    ...built,
    plans: registerPlans(built.input),
    old: { name: old.name, validFrom: old.validFrom, validTo: old.validTo },
    errors: check.counts.error,
  };
}

/** What the pane shows once the new register is open: what `pledge next` prints, without the plans. */
export type NextPledgeOpened = Omit<NextPledgeOutcome, "plans" | "input">;

/** Use case (the pane's Nästa löfte, before it opens anything): what the new register would carry over; only reads. */
export async function planNextPledge(port: WorkbookPort, request: { today: number; next: Validity }): Promise<NextPledgeOpened> {
  const { plans: _plans, input: _input, ...outcome } = await makeNextPledge(port, request);
  return outcome;
}

/**
 * Use case (the pane's Nästa löfte): the next pledge's register, as `pledge next` makes it, opened
 * in a new workbook through the port; the workbook it was read from is only read. The .xlsx
 * writer loads on first use (`import()`): excelts stays out of the pane's first bundle.
 */
export async function openNextPledge(port: WorkbookPort, request: { today: number; next: Validity }): Promise<NextPledgeOpened> {
  const { plans, input: _input, ...outcome } = await makeNextPledge(port, request);
  const { workbookBase64 } = await import("../xlsx/workbook-base64");
  await port.openNewWorkbook(await workbookBase64(plans));
  return outcome;
}
