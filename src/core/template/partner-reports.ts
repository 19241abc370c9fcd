/**
 * What one partner reports, as its tab names it: the measures it is `Ansvarig`
 * or `Medverkande` for and the indicators whose `Källa` names it, each with its
 * name. The same relations the checks `not-involved` and `not-a-source` judge by.
 */
import type { RegisterDraft } from "../register/read-register";
import { idKey } from "../values";

export interface NamedItem {
  id: string;
  name: string;
}

export interface PartnerReports {
  measures: (NamedItem & { role: "ansvarig" | "medverkande" })[];
  indicators: (NamedItem & { unit: string | null })[];
  /** Every measure and indicator on the register, for the dropdowns of a partner that has none of its own. */
  allMeasures: NamedItem[];
  allIndicators: NamedItem[];
}

/** A partner that reports nothing, on a register with no measures or indicators yet. */
export const NO_REPORTS: PartnerReports = { measures: [], indicators: [], allMeasures: [], allIndicators: [] };

/** `Å4 – Polisiär närvaro i centrum`: an ID with its name, as the dropdowns offer it and the reader reads it (as `Å4`). */
export function withName(item: NamedItem): string {
  return item.name === "" ? item.id : `${item.id} – ${item.name}`;
}

const text = (v: unknown): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : []);

/** What the partner with Part-ID `partnerId` reports; rows whose ID cannot be read are left out. */
export function partnerReports(draft: Pick<RegisterDraft, "measures" | "indicators">, partnerId: string): PartnerReports {
  const me = idKey(partnerId);
  const allMeasures: NamedItem[] = [];
  const measures: PartnerReports["measures"] = [];
  for (const row of draft.measures) {
    const id = text(row.values["Åtgärd-ID"]);
    if (id === "") continue;
    const item = { id, name: text(row.values["Åtgärd"]) };
    allMeasures.push(item);
    if (idKey(text(row.values["Ansvarig"])) === me) measures.push({ ...item, role: "ansvarig" });
    else if (ids(row.values["Medverkande"]).some((p) => idKey(p) === me)) measures.push({ ...item, role: "medverkande" });
  }
  const allIndicators: NamedItem[] = [];
  const indicators: PartnerReports["indicators"] = [];
  for (const row of draft.indicators) {
    const id = text(row.values["Indikator-ID"]);
    if (id === "") continue;
    const item = { id, name: text(row.values["Indikator"]) };
    allIndicators.push(item);
    if (ids(row.values["Källa"]).some((p) => idKey(p) === me)) indicators.push({ ...item, unit: text(row.values["Enhet"]) || null });
  }
  return { measures, indicators, allMeasures, allIndicators };
}
