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

/** What makes two activity rows "the same": every cell, trimmed and case-folded. */
function rowSignature(row: Draft): string {
  let s = "";
  for (const h in row.raw) {
    const v = row.raw[h];
    s += `${typeof v === "string" ? v.trim().toLowerCase() : String(v)}\u0001`;
  }
  return s;
}

function checkDates(ctx: CheckContext, row: Draft, date: number, measure: Draft | undefined): void {
  const pledge = ctx.draft.pledge;
  const iso = isoFromSerial(date);
  if (pledge && (date < pledge.validFrom || date > pledge.validTo)) {
    flag(ctx, row, "Datum", "date-outside-pledge", { date: iso, from: isoFromSerial(pledge.validFrom), to: isoFromSerial(pledge.validTo) });
  }
  if (date > ctx.today) flag(ctx, row, "Datum", "date-in-future", str(row, "Status") === "Planerad" ? { date: iso, planned: 1 } : { date: iso });
  if (!measure) return;
  const start = num(measure, "Start");
  const end = num(measure, "Slut");
  if ((start !== null && date < start) || (end !== null && date > end)) {
    flag(ctx, row, "Datum", "date-outside-measure", {
      date: iso,
      measure: str(measure, "Åtgärd-ID") ?? "",
      from: start !== null ? isoFromSerial(start) : "…",
      to: end !== null ? isoFromSerial(end) : "…",
    });
  }
}

export function checkActivities(ctx: CheckContext, tab: PartnerTabDraft): void {
  const seen = new Map<string, Draft>();
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
    const signature = rowSignature(row);
    const first = seen.get(signature);
    if (first) flag(ctx, row, "Datum", "duplicate-row", { firstRow: rowNumber(first) });
    else seen.set(signature, row);
    checkPersonalData(ctx, row, ["Aktivitet", "Kommentar"]);
  }
}
