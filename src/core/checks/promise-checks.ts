/**
 * Were the promises kept: an activity still `Planerad` after its day
 * (`planned-in-past`), and a measure said to be `Pågår` with no activity
 * dated in a tertial that has ended (`measure-without-activity`).
 */
import { isoFromSerial } from "../date";
import type { Finding } from "../findings";
import { finding } from "../messages/catalogue";
import { periodLabel, type TertialPeriod } from "../period";
import { inTertial, tertialEnd } from "../pledge-calendar";
import { ActivityRows } from "../register/activity-rows";
import type { PartnerTabDraft } from "../register/read-register";
import type { TableData } from "../register/read-table";
import { cellOf } from "../register/read-table";
import { idKey } from "../values";
import { type CheckContext, str } from "./context";

/**
 * `planned-in-past` on the `Status` cell of activity row `i` when it is still `Planerad` and its day is before today.
 * Called from the activity checks' one pass over the rows (`checkActivities`), which has read the row's date and status.
 */
export function checkPlannedInPastAt(
  ctx: CheckContext,
  data: TableData,
  i: number,
  date: number | undefined,
  status: string | undefined,
): void {
  if (status !== "Planerad" || date === undefined || date >= ctx.today) return;
  // The finding depends on the date alone but for where it stands: made once per date, then placed at each row
  // (36 311 of them on the large register, a message each). The params are the row's own object, as flagAt's are.
  let made = plannedInPast.get(date);
  if (made === undefined || made.params.hidden !== undefined) {
    made = finding("planned-in-past", data.sheet, data.cellAt(i, "Status"), { date: isoFromSerial(date) });
    if (plannedInPast.size < 10_000) plannedInPast.set(date, made);
  }
  const f: Finding = { ...made, sheet: data.sheet, cell: data.cellAt(i, "Status"), params: { ...made.params } };
  ctx.findings.push(f);
  if (f.severity === "error") data.markError(i);
}

/** The planned-in-past finding of each date serial, as first made (its message is the same for every row). */
const plannedInPast = new Map<number, Finding>();

/**
 * Of the measure keys `wanted`, those that some tab has an activity for dated in tertial t (whatever the
 * row's status). The search ends once every wanted measure is found, and an ID as typed is keyed once:
 * a large register has 400 000 activity rows and a handful of measures.
 */
function measuresActiveIn(tabs: readonly PartnerTabDraft[], t: TertialPeriod, wanted: ReadonlySet<string>): Set<string> {
  const active = new Set<string>();
  const looked = new Set<string>();
  for (const tab of tabs) {
    const a = new ActivityRows(tab.activities);
    for (let i = 0; i < a.length; i++) {
      const id = a.measureId(i);
      if (id === undefined || looked.has(id)) continue;
      const date = a.date(i);
      if (date === undefined || !inTertial(date, t)) continue;
      looked.add(id);
      const key = idKey(id);
      if (!wanted.has(key)) continue;
      active.add(key);
      if (active.size === wanted.size) return active;
    }
  }
  return active;
}

/**
 * `measure-without-activity` on the `Åtgärd-ID` cell of each measure whose
 * `Status` is `Pågår` and that no tab has an activity for in tertial t; judged
 * only once t has ended (before, the activities may still come).
 */
export function checkMeasuresWithoutActivity(ctx: CheckContext, tabs: readonly PartnerTabDraft[], t: TertialPeriod): void {
  // Without Parter no partner tab is known: every measure would seem idle (a cascade of one missing sheet).
  if (tertialEnd(t) >= ctx.today || !ctx.draft.read.parter) return;
  const ongoing = [...ctx.measures.values()].filter((m) => !m.hasError && str(m, "Status") === "Pågår");
  if (ongoing.length === 0) return;
  const active = measuresActiveIn(tabs, t, new Set(ongoing.map((m) => idKey(str(m, "Åtgärd-ID")!))));
  for (const m of ongoing) {
    const id = str(m, "Åtgärd-ID")!;
    if (active.has(idKey(id))) continue;
    const responsible = str(m, "Ansvarig");
    const partner = responsible !== undefined ? ctx.partners.get(idKey(responsible)) : undefined;
    const name = (partner && str(partner, "Namn")) ?? responsible ?? "";
    ctx.findings.push(
      finding("measure-without-activity", m.ref.sheet, cellOf(m.ref, "Åtgärd-ID"), { measure: id, tertial: periodLabel(t), partner: name }),
    );
  }
}
