/** Checks of a partner's indicator values: references, sources, periods, ranges, splits. */
import { type Period, periodLabel } from "../period";
import { inPledge } from "../pledge-calendar";
import type { Draft, PartnerTabDraft } from "../register/read-register";
import { idKey, isBlank } from "../values";
import { type CheckContext, exampleId, flag, num, rowNumber, str } from "./context";
import { checkPersonalData } from "./personal-data-check";

const SPLIT = ["Kvinnor", "Män"] as const;

function checkNumbers(ctx: CheckContext, row: Draft, percent: boolean): void {
  for (const header of ["Värde", ...SPLIT] as const) {
    const v = num(row, header);
    if (v === null) continue;
    if (v < 0) flag(ctx, row, header, "negative", { column: header });
    // A negative share is both below zero and outside 0–100; both findings are given.
    if (percent && (v < 0 || v > 100))
      flag(ctx, row, header, "percent-out-of-range", { column: header, typed: String(v).replace(".", ",") });
  }
}

export function checkValues(ctx: CheckContext, tab: PartnerTabDraft): void {
  const seen = new Map<string, Draft>();
  const partnerName = str(ctx.partners.get(tab.partnerId)!, "Namn") ?? tab.partnerId;
  for (const row of tab.values) {
    checkPersonalData(ctx, row, ["Kommentar"]);
    const id = str(row, "Indikator-ID");
    const period = row.values["Period"] as Period | undefined;
    if (id === undefined) continue;
    const indicator = ctx.indicators.get(idKey(id));
    if (!indicator) {
      if (!ctx.draft.read.indikatorer) continue;
      flag(ctx, row, "Indikator-ID", "unknown-indicator", { id, example: exampleId(ctx.indicators, "Indikator-ID") });
      continue;
    }
    // An indicator row with its own error is left out; its values are not judged against it.
    if (indicator.hasError) continue;
    const name = str(indicator, "Indikator") ?? id;
    checkNumbers(ctx, row, str(indicator, "Enhet") === "Procent");
    const sources = ((indicator.values["Källa"] as string[] | undefined) ?? []).map(idKey);
    if (!sources.includes(tab.partnerId))
      flag(ctx, row, "Indikator-ID", "not-a-source", { indicator: `${id} ${name}`, partner: partnerName });
    if (indicator.values["Könsuppdelad"] === "Ja" && num(row, "Värde") !== null) {
      // Only a blank part is missing: one typed but unreadable ("52 procent") has its own error already.
      const blank = SPLIT.filter((h) => num(row, h) === null && isBlank(row.raw[h]));
      if (blank.length > 0) {
        const params: Record<string, string> = { indicator: `${id} ${name}` };
        if (blank.length === 1) params.missing = blank[0]!;
        flag(ctx, row, "Värde", "missing-gender-split", params);
      }
    }
    if (!period) continue;
    const frequency = str(indicator, "Frekvens");
    const wantsYear = frequency === "År";
    if (frequency !== undefined && wantsYear !== (period.kind === "year")) {
      flag(ctx, row, "Period", "frequency-mismatch", {
        indicator: `${id} ${name}`,
        period: periodLabel(period),
        frequency,
        year: period.year,
      });
      continue;
    }
    if (ctx.draft.pledge && !inPledge(ctx.draft.pledge, period))
      flag(ctx, row, "Period", "period-outside-pledge", { period: periodLabel(period) });
    const key = `${idKey(id)}|${periodLabel(period)}`;
    const first = seen.get(key);
    if (first)
      flag(ctx, row, "Indikator-ID", "duplicate-value", {
        indicator: `${id} ${name}`,
        period: periodLabel(period),
        firstRow: rowNumber(first),
      });
    else seen.set(key, row);
  }
}
