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

type DraftRow = RegisterDraft["measures"][number] | RegisterDraft["indicators"][number];

/**
 * Every row's ID and name (rows whose ID cannot be read left out), and what `mine` makes of the rows
 * that are the partner's (null for one that is not).
 */
function listed<R extends DraftRow, M>(
  rows: readonly R[],
  idHeader: string,
  nameHeader: string,
  mine: (values: R["values"], item: NamedItem) => M | null,
): { all: NamedItem[]; mine: M[] } {
  const all: NamedItem[] = [];
  const own: M[] = [];
  for (const row of rows) {
    const values = row.values as Readonly<Record<string, unknown>>;
    const id = text(values[idHeader]);
    if (id === "") continue;
    const item = { id, name: text(values[nameHeader]) };
    all.push(item);
    const made = mine(row.values, item);
    if (made !== null) own.push(made);
  }
  return { all, mine: own };
}

/** What the partner with Part-ID `partnerId` reports; rows whose ID cannot be read are left out. */
export function partnerReports(draft: Pick<RegisterDraft, "measures" | "indicators">, partnerId: string): PartnerReports {
  const me = idKey(partnerId);
  const named = (v: unknown) => ids(v).some((p) => idKey(p) === me);
  const measures = listed(draft.measures, "Åtgärd-ID", "Åtgärd", (v, item): PartnerReports["measures"][number] | null =>
    idKey(text(v["Ansvarig"])) === me ? { ...item, role: "ansvarig" } : named(v["Medverkande"]) ? { ...item, role: "medverkande" } : null,
  );
  const indicators = listed(draft.indicators, "Indikator-ID", "Indikator", (v, item) =>
    named(v["Källa"]) ? { ...item, unit: text(v["Enhet"]) || null } : null,
  );
  return { measures: measures.mine, indicators: indicators.mine, allMeasures: measures.all, allIndicators: indicators.all };
}
