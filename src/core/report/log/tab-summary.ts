/**
 * What each register sheet held of the data a report is built from when it was
 * made: its usable rows and a fingerprint of their values, recorded in the log's
 * `Flikar` column, so making the report again can say which tabs changed and by
 * how many rows. A partner tab counts the rows of the report's scope
 * (`report-scope.ts`): a row for a later tertial is no change to an earlier
 * tertial's report.
 */
import { periodLabel } from "../../period";
import { sheetNameKey } from "../../plan/sheet-names";
import { activitiesOf } from "../../register/activity-source";
import { SHEET_NAMES } from "../../register/layout";
import type { Register } from "../../register/types";
import { idKey } from "../../values";
import { TabsSource } from "../../register/tabs-source";
import { activityFields, Hash, indicator, measure, partner, pledge, shortDigest, tabRowsInto, value } from "../model/fingerprint";
import {
  readsActivityOn,
  readsExcludedActivity,
  readsExcludedValue,
  readsValueOf,
  type ReportScope,
  WHOLE_REGISTER,
} from "../model/report-scope";

export interface TabSummary {
  sheet: string;
  rows: number;
  data: string;
}

/** `Löfte`, `Parter`, `Åtgärder`, `Indikatorer`, then each partner's tab in `Parter`'s order, each with the scope's rows. */
export function tabSummaries(register: Register, scope: ReportScope = WHOLE_REGISTER): TabSummary[] {
  const out: TabSummary[] = [];
  const one = <T>(sheet: string, records: readonly T[], feed: (h: Hash, r: T) => void) => {
    const h = new Hash();
    h.records(records, feed);
    out.push({ sheet, rows: records.length, data: shortDigest(h) });
  };
  one(SHEET_NAMES.lofte, register.pledge ? [register.pledge] : [], pledge);
  one(SHEET_NAMES.parter, register.partners, partner);
  one(SHEET_NAMES.atgarder, register.measures, measure);
  one(SHEET_NAMES.indikatorer, register.indicators, indicator);
  const byPartner = new Map<string, { h: Hash; rows: number }>();
  const of = (id: string) => {
    let e = byPartner.get(idKey(id));
    if (!e) byPartner.set(idKey(id), (e = { h: new Hash(), rows: 0 }));
    return e;
  };
  const source = activitiesOf(register);
  if (source instanceof TabsSource) {
    // A register read from a workbook: its rows from the tabs' grid lines (the same words as through the cursor).
    for (const tab of source.tabs) {
      const e = of(tab.partnerId);
      e.rows += tabRowsInto(e.h, tab, scope);
    }
  } else {
    for (const a = source.cursor(); a.next();) {
      if (!readsActivityOn(scope, a.date())) continue;
      const e = of(a.partnerId());
      e.rows++;
      activityFields(e.h, a);
    }
  }
  for (const v of register.values) {
    if (v.period === null || !readsValueOf(scope, v.period)) continue;
    const e = of(v.partnerId);
    e.rows++;
    value(e.h, v);
  }
  // Rows left out by errors that the report would have read, by tab: a row with an error typed on a tab is a
  // change to that tab (its usable rows stay as they were), so the person is told where.
  const excludedOn = new Map<string, number>();
  const count = (sheet: string) => excludedOn.set(sheetNameKey(sheet), (excludedOn.get(sheetNameKey(sheet)) ?? 0) + 1);
  for (const a of register.excludedActivities ?? []) if (readsExcludedActivity(scope, a)) count(a.sheet);
  for (const v of register.excludedValues ?? []) if (readsExcludedValue(scope, v)) count(v.sheet);
  for (const p of register.partners) {
    let e = byPartner.get(idKey(p.id));
    if (out.some((t) => t.sheet === p.tab)) continue;
    const excluded = excludedOn.get(sheetNameKey(p.tab)) ?? 0;
    // Only when there are any, so a tab without errors keeps the fingerprint it had.
    if (excluded > 0) (e ??= { h: new Hash(), rows: 0 }).h.number(excluded);
    // A tab with nothing in the scope is NO_ROWS whichever way its rows were read (the grid lines make an entry for
    // every tab, the cursor only for a tab with rows).
    const nothing = !e || (e.rows === 0 && excluded === 0);
    out.push({ sheet: p.tab, rows: e?.rows ?? 0, data: nothing ? NO_ROWS : shortDigest(e!.h) });
  }
  return out;
}

/** The fingerprint of a tab with nothing in the report's scope: no rows, no rows left out. */
const NO_ROWS = "000000";

/**
 * What the version of 3 December 2026 (dac674d) wrote for a tab read from a workbook with nothing in the scope: the
 * digest of an empty hash. Read as NO_ROWS, so a log row it wrote does not make an empty tab look changed.
 */
let emptyHashDigest: string | null = null;
const emptyHash = () => (emptyHashDigest ??= shortDigest(new Hash()));

/** What the `Flikar` cell says of the data its rows count: the first line, from the version that counts a report's own data. */
const SCOPE_LINE = "Underlag:";

/** The first line of a `Flikar` cell: which data the tabs' rows and fingerprints count. */
export function scopeLine(scope: ReportScope): string {
  if (scope.kind === "whole") return `${SCOPE_LINE} hela registret`;
  const t = periodLabel(scope.tertial);
  return `${SCOPE_LINE} aktiviteter i ${t}, indikatorvärden till och med ${t}`;
}

/** The `Flikar` cell: the scope's line (when known), then one line per tab, `Polisen: 12 [3b7679]` (a sheet name holds no colon). */
export function formatTabs(tabs: readonly TabSummary[], scope: string | null): string {
  return [...(scope === null ? [] : [scope]), ...tabs.map((t) => `${t.sheet}: ${t.rows} [${t.data}]`)].join("\n");
}

export interface ReadTabs {
  tabs: TabSummary[];
  /**
   * The cell's line that says which data it counts (`Underlag: …`), or null. A log row without it was written
   * by an earlier version, whose fingerprints and tab rows counted the whole register.
   */
  scope: string | null;
}

/** The tabs of a `Flikar` cell; lines that do not read are skipped (a person may have typed there). */
export function parseTabs(text: string): ReadTabs {
  const tabs: TabSummary[] = [];
  let scope: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.+?):\s*(\d+)\s*\[([0-9a-f]{6})\]\s*$/i.exec(line.trim());
    if (m) {
      const [rows, data] = [Number(m[2]), m[3]!.toLowerCase()];
      tabs.push({ sheet: m[1]!.trim(), rows, data: rows === 0 && data === emptyHash() ? NO_ROWS : data });
    } else if (scope === null && line.trim().startsWith(SCOPE_LINE)) scope = line.trim();
  }
  return { tabs, scope };
}
