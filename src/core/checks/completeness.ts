/** Completeness for one tertial (info): who reported nothing, which values are missing. */
import { type Period, periodLabel, type TertialPeriod, valueDue } from "../period";
import { inTertial } from "../pledge-calendar";
import { ActivityRows } from "../register/activity-rows";
import type { PartnerTabDraft } from "../register/read-register";
import { finding } from "../messages/catalogue";
import { idKey } from "../values";
import { type CheckContext, str } from "./context";

/** The period a value must have to count for tertial t: the tertial, or for annual indicators its year. */
function periodFor(frequency: string | undefined, t: TertialPeriod): Period {
  return frequency === "År" ? { kind: "year", year: t.year } : t;
}

export function checkCompleteness(ctx: CheckContext, tabs: PartnerTabDraft[], t: TertialPeriod): void {
  const label = periodLabel(t);
  for (const tab of tabs) {
    const partner = ctx.partners.get(tab.partnerId);
    const partnerName = (partner && str(partner, "Namn")) ?? tab.partnerId;
    const reported = new Set<string>();
    for (const row of tab.values) {
      const id = str(row, "Indikator-ID");
      const p = row.values["Period"] as Period | undefined;
      if (id !== undefined && p) reported.add(`${idKey(id)}|${periodLabel(p)}`);
    }
    const rows = new ActivityRows(tab.activities);
    let activities = false;
    for (let i = 0; i < rows.length && !activities; i++) {
      const d = rows.date(i);
      activities = d !== undefined && inTertial(d, t);
    }
    const values = [...reported].some((k) => k.endsWith(`|${label}`) || k.endsWith(`|${t.year}`));
    if (!activities && !values) {
      ctx.findings.push(finding("no-report", tab.sheet, null, { partner: partnerName, tertial: label, tab: tab.sheet }));
    }
    for (const [key, indicator] of ctx.indicators) {
      const sources = ((indicator.values["Källa"] as string[] | undefined) ?? []).map(idKey);
      if (!sources.includes(tab.partnerId)) continue;
      const frequency = str(indicator, "Frekvens");
      if (!valueDue(frequency, t)) continue;
      const period = periodLabel(periodFor(frequency, t));
      if (reported.has(`${key}|${period}`)) continue;
      const name = `${str(indicator, "Indikator-ID") ?? key} ${str(indicator, "Indikator") ?? ""}`.trim();
      ctx.findings.push(finding("missing-value", tab.sheet, null, { partner: partnerName, indicator: name, period }));
    }
  }
}
