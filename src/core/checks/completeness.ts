/**
 * Completeness for one tertial: which partners have no activity in it, and
 * which values a `Källa` partner still owes (an annual value is due in its
 * year's last tertial, `valueDue`). The check turns these gaps into `no-report`
 * and `missing-value`; the reminders (`core/reminders/`) into what to send.
 */
import { type Period, periodLabel, type TertialPeriod, valueDue } from "../period";
import { inTertial } from "../pledge-calendar";
import { ActivityRows } from "../register/activity-rows";
import type { Draft, PartnerTabDraft } from "../register/read-register";
import type { TableData } from "../register/read-table";
import { finding } from "../messages/catalogue";
import { fold, idKey } from "../values";
import { type CheckContext, str } from "./context";

/** A value a partner has not reported: the indicator (its ID as typed on `Indikatorer`, its name) and the period it is due for. */
export interface MissingValue {
  indicatorId: string;
  name: string;
  period: Period;
}

/** What one partner has reported for the tertial, and what it still owes. */
export interface ReportGap {
  /** The Part-ID's key (`idKey`). */
  partnerId: string;
  /** The partner as `Parter` lists it: Part-ID as typed, `Namn` (the ID when blank) and `Kontakt` (null when blank). */
  partner: { id: string; name: string; contact: string | null };
  /** The partner's tab (its `Flik`). */
  sheet: string;
  /** Whether the tab exists; a partner without one has reported nothing. */
  hasTab: boolean;
  /** An activity dated in the tertial. */
  hasActivities: boolean;
  /** A value for the tertial, or for its year. */
  hasValues: boolean;
  /** The `Källa` indicators due by the tertial that the tab lacks, in `Indikatorer`'s order. */
  missing: MissingValue[];
}

/** A partner's tab as completeness reads it; a tab that does not exist has no rows. */
export type CompletenessTab = Pick<PartnerTabDraft, "partnerId" | "sheet" | "values"> & { activities: TableData | null };

/** The period a value must have to count for tertial t: the tertial, or for annual indicators its year. */
function periodFor(frequency: string | undefined, t: TertialPeriod): Period {
  return frequency === "År" ? { kind: "year", year: t.year } : t;
}

/** The gap of each tab, in the order of `tabs` (also for partners that reported everything). */
/** A `Källa` indicator due by tertial t, with the period its value must have and that period's label. */
interface Owed {
  key: string;
  indicator: Draft;
  period: Period;
  periodLabel: string;
}

/**
 * The indicators due by tertial t that each partner is a `Källa` of, by partner key, in `Indikatorer`'s
 * order: worked out once, not once per tab (200 tabs × 400 indicators were 80 000 source lists).
 */
function owedByPartner(ctx: CheckContext, t: TertialPeriod): Map<string, Owed[]> {
  const owed = new Map<string, Owed[]>();
  for (const [key, indicator] of ctx.indicators) {
    const frequency = str(indicator, "Frekvens");
    if (!valueDue(frequency, t)) continue;
    const period = periodFor(frequency, t);
    const entry = { key, indicator, period, periodLabel: periodLabel(period) };
    for (const source of new Set(((indicator.values["Källa"] as string[] | undefined) ?? []).map(idKey))) {
      const list = owed.get(source);
      if (list) list.push(entry);
      else owed.set(source, [entry]);
    }
  }
  return owed;
}

export function reportGaps(ctx: CheckContext, tabs: readonly CompletenessTab[], t: TertialPeriod): ReportGap[] {
  const label = periodLabel(t);
  const owed = owedByPartner(ctx, t);
  return tabs.map((tab) => {
    const reported = new Set<string>();
    for (const row of tab.values) {
      const id = str(row, "Indikator-ID");
      const p = row.values["Period"] as Period | undefined;
      if (id !== undefined && p) reported.add(`${idKey(id)}|${periodLabel(p)}`);
    }
    let hasActivities = false;
    if (tab.activities) {
      const rows = new ActivityRows(tab.activities);
      for (let i = 0; i < rows.length && !hasActivities; i++) {
        const d = rows.date(i);
        hasActivities = d !== undefined && inTertial(d, t);
      }
    }
    const hasValues = [...reported].some((k) => k.endsWith(`|${label}`) || k.endsWith(`|${t.year}`));
    const missing: MissingValue[] = [];
    for (const { key, indicator, period, periodLabel } of owed.get(tab.partnerId) ?? []) {
      if (reported.has(`${key}|${periodLabel}`)) continue;
      missing.push({ indicatorId: str(indicator, "Indikator-ID") ?? key, name: str(indicator, "Indikator") ?? "", period });
    }
    const row = ctx.partners.get(tab.partnerId);
    const id = (row && str(row, "Part-ID")) ?? tab.partnerId;
    const partner = { id, name: (row && str(row, "Namn")) ?? id, contact: (row && str(row, "Kontakt")) ?? null };
    return { partnerId: tab.partnerId, partner, sheet: tab.sheet, hasTab: tab.activities !== null, hasActivities, hasValues, missing };
  });
}

/**
 * The check's findings for the gaps of partners whose tab exists (one without
 * is `missing-partner-tab` already): `no-report` when the tertial has nothing
 * at all, and one `missing-value` per value owed.
 */
export function checkCompleteness(ctx: CheckContext, gaps: readonly ReportGap[], t: TertialPeriod): void {
  const label = periodLabel(t);
  for (const gap of gaps) {
    if (!gap.hasTab) continue;
    const partnerName = gap.partner.name;
    if (!gap.hasActivities && !gap.hasValues) {
      ctx.findings.push(finding("no-report", gap.sheet, null, { partner: partnerName, tertial: label, tab: gap.sheet }));
    }
    for (const { indicatorId, name, period } of gap.missing) {
      const indicator = `${indicatorId} ${name}`.trim();
      ctx.findings.push(finding("missing-value", gap.sheet, null, { partner: partnerName, indicator, period: periodLabel(period) }));
    }
  }
}

/**
 * Partners listed on `Parter` whose tab does not exist (`missing-partner-tab`):
 * for completeness they have reported nothing. A row whose Part-ID or Flik
 * repeats an earlier one is a `duplicate-id`, not a partner of its own.
 */
export function tablessPartners(ctx: CheckContext, tabs: readonly PartnerTabDraft[]): CompletenessTab[] {
  const ids = new Set(tabs.map((t) => t.partnerId));
  const sheets = new Set(tabs.map((t) => fold(t.sheet)));
  const out: CompletenessTab[] = [];
  for (const [id, row] of ctx.partners) {
    const flik = str(row, "Flik");
    if (ids.has(id) || flik === undefined || sheets.has(fold(flik))) continue;
    ids.add(id);
    sheets.add(fold(flik));
    out.push({ partnerId: id, sheet: flik, values: [], activities: null });
  }
  return out;
}
