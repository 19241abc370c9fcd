/**
 * The register for the next pledge (`pledge next`, the pane's Nästa löfte): the
 * same partners, measures and indicators as the old register, partner tabs empty,
 * the new pledge's dates on `Löfte`, and each indicator's baseline set to its
 * latest value in the old pledge (its target left empty, to be set anew).
 * Everything else is copied as it was typed; the old register is only read.
 */
import type { Cell, Grid, WorkbookGrids } from "../cell";
import { periodLabel } from "../period";
import { inPledge, pledgePeriods, type Validity } from "../pledge-calendar";
import { ATGARDER_TABLE, INDIKATORER_TABLE, PARTER_TABLE, PLEDGE_FIELDS, SHEET_NAMES, type TableSpec } from "../register/layout";
import { readRegister, sheetByName } from "../register/read-register";
import type { TableRow } from "../register/read-table";
import { sheetNameProblem } from "../plan/sheet-names";
import type { TrendsResult } from "../trends/trends";
import { fold, idKey, isBlank } from "../values";
import { partnerReports, type PartnerReports } from "./partner-reports";
import { lofteGrid, type RegisterPlanInput } from "./register-plans";

/** What the new baseline of one indicator is, and where it came from. */
export interface NewBaseline {
  id: string;
  name: string;
  /** The latest value in the old pledge, or the old baseline when the old pledge has none. */
  value: Cell;
  period: string | null;
  /** `latest`: its latest value in the old pledge; `kept`: no value in the old pledge, the old baseline stays. */
  source: "latest" | "kept";
}

export interface NextPledge {
  input: RegisterPlanInput;
  baselines: NewBaseline[];
  counts: { partners: number; tabs: number; measures: number; indicators: number };
}

/** A table's rows as typed, in the spec's column order under its header row. */
function tableGrid(rows: readonly TableRow[], spec: TableSpec, edit: (row: TableRow, cells: Cell[]) => void = () => {}): Grid {
  const headers = spec.columns.map((c) => c.header);
  return [
    headers,
    ...rows.map((row) => {
      const cells = headers.map((h) => row.raw[h] ?? null);
      edit(row, cells);
      return cells;
    }),
  ];
}

/** The `Löfte` settings as typed, the new dates in `Giltig från` and `Giltig till`. */
function nextLofteGrid(grids: WorkbookGrids, validity: Validity): Grid {
  const sheet = sheetByName(grids, SHEET_NAMES.lofte);
  const typed = new Map<string, Cell>();
  if (sheet) {
    for (const line of sheet.values) {
      const c = line.findIndex((v) => typeof v === "string" && PLEDGE_FIELDS.some((f) => fold(f.field) === fold(v)));
      if (c < 0) continue;
      const key = fold(String(line[c]));
      if (!typed.has(key)) typed.set(key, line[c + 1] ?? null);
    }
  }
  const value = (field: string): Cell => {
    if (field === "Giltig från") return validity.validFrom;
    if (field === "Giltig till") return validity.validTo;
    return typed.get(fold(field)) ?? null;
  };
  return lofteGrid(value);
}

/** The latest value in the old pledge of each indicator, by ID key. */
function latestValues(trends: TrendsResult, old: Validity): Map<string, { value: number; period: string }> {
  const latest = new Map<string, { value: number; period: string }>();
  for (const t of trends.indicators) {
    const points = t.series.filter((p) => p.value !== null && inPledge(old, p.period));
    const last = points[points.length - 1];
    if (last && last.value !== null) latest.set(idKey(t.id), { value: last.value, period: periodLabel(last.period) });
  }
  return latest;
}

/**
 * The next pledge's register input. `trends` are the old register's trends at the
 * old pledge's last tertial, so every value it holds counts.
 */
export function nextPledge(grids: WorkbookGrids, old: Validity, next: Validity, trends: TrendsResult): NextPledge {
  const draft = readRegister(grids);
  const latest = latestValues(trends, old);
  const col = (h: string) => INDIKATORER_TABLE.columns.findIndex((c) => c.header === h);
  const [baseValue, basePeriod, target] = [col("Utgångsvärde"), col("Utgångsperiod"), col("Målvärde")];
  const baselines: NewBaseline[] = [];
  const indikatorer = tableGrid(draft.indicators, INDIKATORER_TABLE, (row, cells) => {
    const id = row.raw["Indikator-ID"];
    const found = typeof id === "string" || typeof id === "number" ? latest.get(idKey(String(id))) : undefined;
    if (found) {
      cells[baseValue] = found.value;
      cells[basePeriod] = found.period;
    }
    cells[target] = null;
    if (!isBlank(id)) {
      const period = cells[basePeriod];
      baselines.push({
        id: String(id),
        name: String(row.raw["Indikator"] ?? ""),
        value: cells[baseValue] ?? null,
        period: isBlank(period) ? null : String(period),
        source: found ? "latest" : "kept",
      });
    }
  });
  // One empty tab per Flik Excel can name (a repeated or impossible one is the old register's finding, and stays on Parter).
  const seen = new Set<string>();
  const partners = draft.partners
    .map((p) => ({
      name: String(p.raw["Namn"] ?? p.raw["Part-ID"] ?? ""),
      tab: p.raw["Flik"],
      reports: partnerReports(draft, typeof p.values["Part-ID"] === "string" ? p.values["Part-ID"] : ""),
    }))
    .filter((p): p is { name: string; tab: string; reports: PartnerReports } => {
      if (typeof p.tab !== "string" || sheetNameProblem(p.tab) !== null || seen.has(fold(p.tab))) return false;
      seen.add(fold(p.tab));
      return true;
    });
  return {
    input: {
      lofte: nextLofteGrid(grids, next),
      parter: tableGrid(draft.partners, PARTER_TABLE),
      atgarder: tableGrid(draft.measures, ATGARDER_TABLE),
      indikatorer,
      partners,
      periods: pledgePeriods(next).map(periodLabel),
      validity: next,
    },
    baselines,
    counts: {
      partners: draft.partners.length,
      tabs: partners.length,
      measures: draft.measures.length,
      indicators: draft.indicators.length,
    },
  };
}
