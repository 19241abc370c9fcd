/**
 * What each register sheet held when a report was made: its usable rows and a
 * fingerprint of their values, recorded in the log's `Flikar` column, so making
 * the report again can say which tabs changed and by how many rows.
 */
import { activitiesOf } from "../../register/activity-source";
import { SHEET_NAMES } from "../../register/layout";
import type { Register } from "../../register/types";
import { idKey } from "../../values";
import { activityFields, Hash, indicator, measure, partner, pledge, shortDigest, value } from "../model/fingerprint";

export interface TabSummary {
  sheet: string;
  rows: number;
  data: string;
}

/** `Löfte`, `Parter`, `Åtgärder`, `Indikatorer`, then each partner's tab in `Parter`'s order. */
export function tabSummaries(register: Register): TabSummary[] {
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
  for (const a = activitiesOf(register).cursor(); a.next();) {
    const e = of(a.partnerId());
    e.rows++;
    activityFields(e.h, a);
  }
  for (const v of register.values) {
    const e = of(v.partnerId);
    e.rows++;
    value(e.h, v);
  }
  for (const p of register.partners) {
    const e = byPartner.get(idKey(p.id));
    if (out.some((t) => t.sheet === p.tab)) continue;
    out.push({ sheet: p.tab, rows: e?.rows ?? 0, data: e ? shortDigest(e.h) : "000000" });
  }
  return out;
}

/** The `Flikar` cell: one line per tab, `Polisen: 12 [3b7679]` (a sheet name holds no colon). */
export function formatTabs(tabs: readonly TabSummary[]): string {
  return tabs.map((t) => `${t.sheet}: ${t.rows} [${t.data}]`).join("\n");
}

/** The tabs of a `Flikar` cell; lines that do not read are skipped (a person may have typed there). */
export function parseTabs(text: string): TabSummary[] {
  const out: TabSummary[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.+?):\s*(\d+)\s*\[([0-9a-f]{6})\]\s*$/i.exec(line.trim());
    if (m) out.push({ sheet: m[1]!.trim(), rows: Number(m[2]), data: m[3]!.toLowerCase() });
  }
  return out;
}
