/** Checks of a partner's activity rows, in one pass: references, splits, dates, duplicates, personal data, a plan whose day has passed. */
import { isoFromSerial } from "../date";
import type { Cell } from "../cell";
import { ACTIVITY_COLUMN } from "../register/activity-rows";
import type { Draft, PartnerTabDraft } from "../register/read-register";
import type { TableData } from "../register/read-table";
import { idKey } from "../values";
import { type CheckContext, exampleId, flagAt, num, str } from "./context";
import { cannotHoldPersonalData } from "../personal-data/find-personal-data";
import { personalDataKindIn } from "./personal-data-check";
import { checkPlannedInPastAt } from "./promise-checks";

const involvedCache = new WeakMap<Draft, Set<string>>();

/** Partner keys responsible for or involved in a measure (computed once per measure). */
function involvedIn(measure: Draft): Set<string> {
  let set = involvedCache.get(measure);
  if (!set) {
    const responsible = str(measure, "Ansvarig");
    const others = (measure.values["Medverkande"] as string[] | undefined) ?? [];
    set = new Set([...(responsible !== undefined ? [responsible] : []), ...others].map(idKey));
    involvedCache.set(measure, set);
  }
  return set;
}

function checkDates(
  ctx: CheckContext,
  data: TableData,
  i: number,
  date: number,
  status: string | undefined,
  measure: MeasureSeen | undefined,
): void {
  const pledge = ctx.draft.pledge;
  const outsidePledge = pledge !== null && (date < pledge.validFrom || date > pledge.validTo);
  const start = measure ? measure.start : null;
  const end = measure ? measure.end : null;
  const outsideMeasure = (start !== null && date < start) || (end !== null && date > end);
  // Only a finding needs the date as text; nearly every row has none.
  if (!outsidePledge && date <= ctx.today && !outsideMeasure) return;
  const iso = isoFromSerial(date);
  if (outsidePledge) {
    flagAt(ctx, data, i, "Datum", "date-outside-pledge", {
      date: iso,
      from: isoFromSerial(pledge!.validFrom),
      to: isoFromSerial(pledge!.validTo),
    });
  }
  if (date > ctx.today) {
    flagAt(ctx, data, i, "Datum", "date-in-future", status === "Planerad" ? { date: iso, planned: 1 } : { date: iso });
  }
  if (outsideMeasure) {
    flagAt(ctx, data, i, "Datum", "date-outside-measure", {
      date: iso,
      measure: str(measure!.measure, "Åtgärd-ID") ?? "",
      from: start !== null ? isoFromSerial(start) : "…",
      to: end !== null ? isoFromSerial(end) : "…",
    });
  }
}

/** A measure as a tab's rows name it, looked up once per ID as typed: the draft, and what the rows are checked against. */
interface MeasureSeen {
  measure: Draft;
  /** Whether the tab's partner is responsible for it or involved in it. */
  involved: boolean;
  start: number | null;
  end: number | null;
}

// The checks called for every row, bound once: where tsx runs the code (the benchmark, the CLI from source), an
// imported function is read through a getter at every call, 800 000 calls for a large register.
const plannedInPastAt = checkPlannedInPastAt;
const personalDataIn = personalDataKindIn;

/** Spec columns, copied once (an imported binding is read through a getter where tsx runs the code). */
const C = { ...ACTIVITY_COLUMN };

/** The cell at index `at` of a grid line, as `TableData.value` gives it for a row without values kept apart. */
const cellAt = (line: readonly Cell[], at: number): Cell => (at < 0 ? null : (line[at] ?? null));

/** How many IDs as typed a tab's check compares a row's ID with before its map of them. */
const RECENT_IDS = 6;

/** The screen's first test, bound once: a text it clears holds no personal data (`findPersonalData` gives none). */
const clear = cannotHoldPersonalData;

/** `personal-data` on the cell of free-text spec column `c` of row `i` when it holds any. */
function personalDataAt(ctx: CheckContext, data: TableData, i: number, c: number, cell: Cell): void {
  const kind = personalDataIn(cell);
  if (kind === null) return;
  const header = data.spec.columns[c]!.header;
  flagAt(ctx, data, i, header, "personal-data", { column: header, kind });
}

export function checkActivities(ctx: CheckContext, tab: PartnerTabDraft): void {
  const data = tab.activities;
  const same = ctx.sameRows.of(data);
  const partnerName = str(ctx.partners.get(tab.partnerId)!, "Namn") ?? tab.partnerId;
  // A tab names a few measures over its rows: each ID as typed is looked up once per tab.
  const measureOf = new Map<string, MeasureSeen | null>();
  // The first IDs met, compared as text before the map: a row's ID is a string of its own, which a map lookup
  // hashes afresh at every row, and a tab names a few measures (activity-checks-reference.test.ts: tabs of many IDs).
  const recentIds: string[] = [];
  const recent: (MeasureSeen | null)[] = [];
  const at = data.at;
  const [atDate, atMeasure, atTitle, atStatus] = [at[C.date]!, at[C.measureId]!, at[C.title]!, at[C.status]!];
  const [atParticipants, atWomen, atMen, atComment] = [at[C.participants]!, at[C.women]!, at[C.men]!, at[C.comment]!];
  for (let i = 0; i < data.length; i++) {
    // Nearly every row's typed values are its cells: read from its grid line, as `data.value` would give them
    // (tests/core/checks/activity-checks-lines.test.ts holds the two ways to the same findings).
    const line = data.plainLine(i);
    const measureId = (line !== null ? cellAt(line, atMeasure) : data.value(i, C.measureId)) as string | undefined;
    let known: MeasureSeen | null | undefined;
    if (measureId !== undefined) {
      let k = 0;
      while (k < recentIds.length && recentIds[k] !== measureId) k++;
      if (k < recentIds.length) known = recent[k]!;
      else {
        known = measureOf.get(measureId);
        if (known === undefined) {
          const m = ctx.measures.get(idKey(measureId));
          known = m ? { measure: m, involved: involvedIn(m).has(tab.partnerId), start: num(m, "Start"), end: num(m, "Slut") } : null;
          measureOf.set(measureId, known);
        }
        if (recentIds.length < RECENT_IDS) {
          recentIds.push(measureId);
          recent.push(known);
        }
      }
    }
    const seen = known ?? undefined;
    const measure = seen?.measure;
    if (measureId !== undefined && !measure && ctx.draft.read.atgarder) {
      flagAt(ctx, data, i, "Åtgärd-ID", "unknown-measure", { id: measureId, example: exampleId(ctx.measures, "Åtgärd-ID") });
    } else if (measure && !measure.hasError && !seen!.involved) {
      flagAt(ctx, data, i, "Åtgärd-ID", "not-involved", { measure: measureId!, partner: partnerName });
    }
    // Null where Deltagare is blank, undefined where it could not be read (it has a finding of its own).
    const typedTotal = (line !== null ? cellAt(line, atParticipants) : data.value(i, C.participants)) as number | null | undefined;
    const total = typedTotal ?? null;
    const women = ((line !== null ? cellAt(line, atWomen) : data.value(i, C.women)) ?? null) as number | null;
    const men = ((line !== null ? cellAt(line, atMen) : data.value(i, C.men)) ?? null) as number | null;
    // A blank Deltagare beside women and men is no total they can stay within: the row's figures would count
    // more people with their sex given than taking part (say so, and ask for the total).
    const parts = (women ?? 0) + (men ?? 0);
    if (total !== null ? parts > total : typedTotal === null && parts > 0) {
      const given: Record<string, number> = total !== null ? { total } : { blank: 1 };
      flagAt(ctx, data, i, "Deltagare", "parts-exceed-total", { women: women ?? 0, men: men ?? 0, ...given });
    }
    const date = (line !== null ? cellAt(line, atDate) : data.value(i, C.date)) as number | undefined;
    const status = (line !== null ? cellAt(line, atStatus) : data.value(i, C.status)) as string | undefined;
    if (date !== undefined) checkDates(ctx, data, i, date, status, seen);
    plannedInPastAt(ctx, data, i, date, status);
    const first = same.firstSameAs(i, line);
    if (first >= 0) flagAt(ctx, data, i, "Datum", "duplicate-row", { firstRow: data.row(first) + 1 });
    // The free text as typed (the screen reads the cell, not its trimmed value).
    // Nearly every text is cleared by the screen's first test, called here: the whole screen only for the rest.
    const title = line !== null ? cellAt(line, atTitle) : data.cell(i, C.title);
    if (typeof title === "string" ? !clear(title) : title !== null) personalDataAt(ctx, data, i, C.title, title);
    const comment = line !== null ? cellAt(line, atComment) : data.cell(i, C.comment);
    if (typeof comment === "string" ? !clear(comment) : comment !== null) personalDataAt(ctx, data, i, C.comment, comment);
  }
}
