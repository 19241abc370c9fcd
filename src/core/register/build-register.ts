/** Drafts → the typed register: only rows without error findings, counted when left out. */
import type { Period } from "../period";
import type { RegisterHeader } from "./layout";
import { idKey } from "../values";
import { ActivityRows } from "./activity-rows";
import { activitiesOnDemand } from "./activity-source";
import { type TabActivities, TabsSource } from "./tabs-source";
import type { Draft, RegisterDraft } from "./read-register";
import type { ExcludedValue, Indicator, IndicatorValue, Measure, Partner, Register } from "./types";

type V = Record<string, unknown>;
// Headers are typed: a column named here that the layout does not declare does not compile.
const s = (v: V, h: RegisterHeader) => v[h] as string;
const n = (v: V, h: RegisterHeader) => (typeof v[h] === "number" ? (v[h] as number) : null);
const list = (v: V, h: RegisterHeader) => ((v[h] as string[] | null | undefined) ?? []).map((x) => x.trim());
const usable = (rows: Draft[]) => rows.filter((r) => !r.hasError);

export function buildRegister(draft: RegisterDraft): Register {
  const partners: Partner[] = usable(draft.partners).map(({ values: v, ref }) => ({
    id: s(v, "Part-ID"),
    name: s(v, "Namn"),
    type: (v["Typ"] as Partner["type"]) ?? null,
    tab: s(v, "Flik"),
    contact: (v["Kontakt"] as string | null | undefined) ?? null,
    ref,
  }));
  const measures: Measure[] = usable(draft.measures).map(({ values: v, ref }) => ({
    id: s(v, "Åtgärd-ID"),
    title: s(v, "Åtgärd"),
    focus: (v["Fokusområde"] as Measure["focus"]) ?? null,
    responsible: s(v, "Ansvarig"),
    involved: list(v, "Medverkande"),
    start: n(v, "Start"),
    end: n(v, "Slut"),
    indicators: list(v, "Indikatorer"),
    status: (v["Status"] as Measure["status"]) ?? null,
    ref,
  }));
  const indicators: Indicator[] = usable(draft.indicators).map(({ values: v, ref }) => ({
    id: s(v, "Indikator-ID"),
    name: s(v, "Indikator"),
    unit: v["Enhet"] as Indicator["unit"],
    sources: list(v, "Källa"),
    direction: v["Riktning"] as Indicator["direction"],
    aggregation: v["Sammanvägning"] as Indicator["aggregation"],
    frequency: v["Frekvens"] as Indicator["frequency"],
    baseline: n(v, "Utgångsvärde"),
    baselinePeriod: (v["Utgångsperiod"] as Period | null) ?? null,
    target: n(v, "Målvärde"),
    genderSplit: v["Könsuppdelad"] === "Ja",
    ref,
  }));
  const tabs: TabActivities[] = [];
  const values: IndicatorValue[] = [];
  const excludedValues: ExcludedValue[] = [];
  let total = 0;
  let excluded = 0;
  for (const tab of draft.tabs) {
    const partnerId = partners.find((p) => idKey(p.id) === tab.partnerId)?.id ?? tab.partnerId;
    const rows = new ActivityRows(tab.activities);
    tabs.push({ partnerId, rows });
    total += rows.length;
    for (let i = 0; i < rows.length; i++) if (tab.activities.hasError(i)) excluded++;
    for (const { values: v, ref, hasError } of tab.values) {
      total++;
      if (hasError) {
        excluded++;
        const id = v["Indikator-ID"];
        const period = v["Period"] as Period | undefined;
        excludedValues.push({ sheet: tab.sheet, indicatorId: typeof id === "string" ? id : null, period: period ?? null });
        continue;
      }
      values.push({
        partnerId,
        period: v["Period"] as Period,
        indicatorId: s(v, "Indikator-ID"),
        value: v["Värde"] as number,
        women: n(v, "Kvinnor"),
        men: n(v, "Män"),
        comment: (v["Kommentar"] as string | null) ?? null,
        ref,
      });
    }
  }
  const register: Register = {
    pledge: draft.pledge,
    partners,
    measures,
    indicators,
    activities: [],
    values,
    excludedRows: excluded,
    excludedValues,
    totalRows: total,
  };
  // Activity objects are made only if someone reads them: the checks, figures and fingerprint read the rows.
  activitiesOnDemand(register, new TabsSource(tabs));
  return register;
}
