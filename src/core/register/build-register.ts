/** Drafts → the typed register: only rows without error findings, counted when left out. */
import type { Period } from "../period";
import { ATGARDER_TABLE, columnHeader, INDIKATORER_TABLE, PARTER_TABLE, type RecordOf, type TableSpec, VARDEN_TABLE } from "./layout";
import { idKey } from "../values";
import { ACTIVITY_COLUMN, ActivityRows } from "./activity-rows";
import { activitiesOnDemand } from "./activity-source";
import { type TabActivities, TabsSource } from "./tabs-source";
import type { Draft, RegisterDraft } from "./read-register";
import type { ExcludedActivity, ExcludedValue, Indicator, IndicatorValue, Measure, Partner, Register } from "./types";

/** The date's spec column (copied once: where tsx runs the code, an imported binding is read through a getter). */
const ACTIVITY_DATE = ACTIVITY_COLUMN.date;

type V = Record<string, unknown>;
const usable = (rows: Draft[]) => rows.filter((r) => !r.hasError);
const GENDER_SPLIT = columnHeader(INDIKATORER_TABLE, "genderSplit");
const VALUE_INDICATOR = columnHeader(VARDEN_TABLE, "indicatorId");
const VALUE_PERIOD = columnHeader(VARDEN_TABLE, "period");

/**
 * A row's record: each column of the table's layout under its field. A list is
 * trimmed and never absent, a number column without a number is null, any other
 * blank cell is null. A usable row's required cells all parsed.
 */
function recordOf<T extends TableSpec>(spec: T, v: V): RecordOf<T> {
  const record: Record<string, unknown> = {};
  for (const c of spec.columns) {
    const x = v[c.header];
    record[c.field] =
      c.kind === "idList"
        ? ((x as string[] | null | undefined) ?? []).map((item) => item.trim())
        : c.kind === "date" || c.kind === "number" || c.kind === "whole"
          ? typeof x === "number"
            ? x
            : null
          : (x ?? null);
  }
  return record as RecordOf<T>;
}

export function buildRegister(draft: RegisterDraft): Register {
  const partners: Partner[] = usable(draft.partners).map(({ values: v, ref }) => ({ ...recordOf(PARTER_TABLE, v), ref }));
  const measures: Measure[] = usable(draft.measures).map(({ values: v, ref }) => ({ ...recordOf(ATGARDER_TABLE, v), ref }));
  const indicators: Indicator[] = usable(draft.indicators).map(({ values: v, ref }) => ({
    ...recordOf(INDIKATORER_TABLE, v),
    genderSplit: v[GENDER_SPLIT] === "Ja",
    ref,
  }));
  const tabs: TabActivities[] = [];
  const values: IndicatorValue[] = [];
  const excludedValues: ExcludedValue[] = [];
  const excludedActivities: ExcludedActivity[] = [];
  let total = 0;
  let excluded = 0;
  // Each tab's partner as `Parter` spells its ID (the first whose key matches), keyed once, not per tab and partner.
  const partnerIds = new Map<string, string>();
  for (const p of partners) if (!partnerIds.has(idKey(p.id))) partnerIds.set(idKey(p.id), p.id);
  for (const tab of draft.tabs) {
    const partnerId = partnerIds.get(tab.partnerId) ?? tab.partnerId;
    const rows = new ActivityRows(tab.activities);
    tabs.push({ partnerId, rows });
    total += rows.length;
    // The rows marked with an error, in row order, as the table keeps them: no pass over every row (400 000 in all).
    const data = tab.activities;
    const errors = data.errorRows();
    for (let k = 0; k < errors.length; k++) {
      const i = errors[k]!;
      excluded++;
      const day = data.value(i, ACTIVITY_DATE);
      excludedActivities.push({ sheet: tab.sheet, day: typeof day === "number" ? day : null });
    }
    for (const { values: v, ref, hasError } of tab.values) {
      total++;
      if (hasError) {
        excluded++;
        const id = v[VALUE_INDICATOR];
        const period = v[VALUE_PERIOD] as Period | undefined;
        excludedValues.push({ sheet: tab.sheet, indicatorId: typeof id === "string" ? id : null, period: period ?? null });
        continue;
      }
      values.push({ partnerId, ...recordOf(VARDEN_TABLE, v), ref });
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
    excludedActivities,
    totalRows: total,
  };
  // Activity objects are made only if someone reads them: the checks, figures and fingerprint read the rows.
  activitiesOnDemand(register, new TabsSource(tabs));
  return register;
}
