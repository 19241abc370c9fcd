/** Checks of a partner's activity rows: references, splits, dates, duplicates, personal data. */
import { isoFromSerial } from "../date";
import type { PartnerTabDraft } from "../register/read-register";
import type { Draft } from "../register/read-register";
import { idKey } from "../values";
import { type CheckContext, exampleId, flag, num, rowNumber, str } from "./context";
import { checkPersonalData } from "./personal-data-check";

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

const cellKey = (v: Draft["raw"][string] | undefined): string => (typeof v === "string" ? v.trim().toLowerCase() : String(v));

/** What makes two activity rows "the same": every cell, trimmed and case-folded. */
function rowSignature(row: Draft): string {
  let s = "";
  for (const h in row.raw) s += `${cellKey(row.raw[h])}\u0001`;
  return s;
}

/**
 * The first earlier row that is the same as each row. Rows are grouped by date
 * and participants, which equal rows share; a row alone in its group needs no
 * comparison, so whole rows are turned into signatures only where groups meet.
 */
class SameRows {
  /** The only row of a group so far, or the group's first rows by signature. */
  private readonly groups = new Map<string, Draft | Map<string, Draft>>();

  firstSameAs(row: Draft): Draft | undefined {
    const key = `${cellKey(row.raw["Datum"])}\u0001${cellKey(row.raw["Deltagare"])}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, row);
      return undefined;
    }
    if (!(group instanceof Map)) {
      group = new Map([[rowSignature(group), group]]);
      this.groups.set(key, group);
    }
    const signature = rowSignature(row);
    const first = group.get(signature);
    if (!first) group.set(signature, row);
    return first;
  }
}

function checkDates(ctx: CheckContext, row: Draft, date: number, measure: Draft | undefined): void {
  const pledge = ctx.draft.pledge;
  const outsidePledge = pledge !== null && (date < pledge.validFrom || date > pledge.validTo);
  const start = measure ? num(measure, "Start") : null;
  const end = measure ? num(measure, "Slut") : null;
  const outsideMeasure = (start !== null && date < start) || (end !== null && date > end);
  // Only a finding needs the date as text; nearly every row has none.
  if (!outsidePledge && date <= ctx.today && !outsideMeasure) return;
  const iso = isoFromSerial(date);
  if (outsidePledge) {
    flag(ctx, row, "Datum", "date-outside-pledge", {
      date: iso,
      from: isoFromSerial(pledge!.validFrom),
      to: isoFromSerial(pledge!.validTo),
    });
  }
  if (date > ctx.today)
    flag(ctx, row, "Datum", "date-in-future", str(row, "Status") === "Planerad" ? { date: iso, planned: 1 } : { date: iso });
  if (outsideMeasure) {
    flag(ctx, row, "Datum", "date-outside-measure", {
      date: iso,
      measure: str(measure!, "Åtgärd-ID") ?? "",
      from: start !== null ? isoFromSerial(start) : "…",
      to: end !== null ? isoFromSerial(end) : "…",
    });
  }
}

export function checkActivities(ctx: CheckContext, tab: PartnerTabDraft): void {
  const same = new SameRows();
  const partnerName = str(ctx.partners.get(tab.partnerId)!, "Namn") ?? tab.partnerId;
  for (const row of tab.activities) {
    const measureId = str(row, "Åtgärd-ID");
    const measure = measureId !== undefined ? ctx.measures.get(idKey(measureId)) : undefined;
    if (measureId !== undefined && !measure && ctx.draft.read.atgarder) {
      flag(ctx, row, "Åtgärd-ID", "unknown-measure", { id: measureId, example: exampleId(ctx.measures, "Åtgärd-ID") });
    } else if (measure && !measure.hasError && !involvedIn(measure).has(tab.partnerId)) {
      flag(ctx, row, "Åtgärd-ID", "not-involved", { measure: measureId!, partner: partnerName });
    }
    const total = num(row, "Deltagare");
    const women = num(row, "Varav kvinnor/flickor");
    const men = num(row, "Varav män/pojkar");
    if (total !== null && (women ?? 0) + (men ?? 0) > total) {
      flag(ctx, row, "Deltagare", "parts-exceed-total", { women: women ?? 0, men: men ?? 0, total });
    }
    const date = num(row, "Datum");
    if (date !== null) checkDates(ctx, row, date, measure);
    const first = same.firstSameAs(row);
    if (first) flag(ctx, row, "Datum", "duplicate-row", { firstRow: rowNumber(first) });
    checkPersonalData(ctx, row, ["Aktivitet", "Kommentar"]);
  }
}
