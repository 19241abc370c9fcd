/**
 * The demo register for Skäggetorp: the same workbook on every run, filled in
 * the way partners really fill it in, with a dozen planted mistakes.
 */
import type { Cell, Grid, SheetGrid, WorkbookGrids } from "../core/cell";
import { serialFromYMD } from "../core/date";
import { ACTIVITY_COLUMN } from "../core/register/activity-rows";
import {
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  PLEDGE_FIELDS,
  rowOf,
  SHEET_NAMES,
  type TableSpec,
} from "../core/register/layout";
import { readRegister } from "../core/register/read-register";
import { partnerReports } from "../core/template/partner-reports";
import { demoActivities } from "./demo-activities";
import { DEMO_PARTNERS, DEMO_PLEDGE, serial } from "./demo-data";
import { DEMO_INDICATORS } from "./demo-indicators";
import { DEMO_MEASURES } from "./demo-measures";
import { demoValues } from "./demo-values";
import { partnerTab, plantInTable } from "./partner-tab";
import { PLANTED_FAULT_SPECS } from "./planted-faults";
import { createRng } from "./random";

const ACTIVITY_SEED = 2024_0498;
const VALUE_SEED = 2025_1231;

/** A table from A1: its headers, then one row per record. */
function tableSheet(name: string, spec: TableSpec, rows: readonly (readonly Cell[])[]): SheetGrid {
  const values: Grid = [spec.columns.map((c) => c.header), ...rows.map((r) => [...r])];
  return { name, values };
}

/** The demo's Löfte settings; the settings it leaves out take their defaults. */
const PLEDGE_SETTINGS: Partial<Record<(typeof PLEDGE_FIELDS)[number]["field"], Cell>> = {
  Namn: DEMO_PLEDGE.name,
  Område: DEMO_PLEDGE.area,
  Kommun: DEMO_PLEDGE.municipality,
  Diarienummer: DEMO_PLEDGE.caseNumber,
  "Giltig från": serialFromYMD(2024, 8, 1),
  "Giltig till": serialFromYMD(2025, 12, 31),
  "Rapporteras till": DEMO_PLEDGE.reportsTo,
};

/** Löfte's Fält/Värde rows, in the layout's order of the settings. */
function pledgeSheet(): SheetGrid {
  const rows = PLEDGE_FIELDS.flatMap(({ field }) => {
    const value = PLEDGE_SETTINGS[field];
    return value === undefined ? [] : [rowOf(LOFTE_TABLE, { field, value })];
  });
  return tableSheet(SHEET_NAMES.lofte, LOFTE_TABLE, rows);
}

const isoToSerial = (iso: string | null): Cell => (iso === null ? null : serial(iso));

function measureRows(): Cell[][] {
  return DEMO_MEASURES.map((m) =>
    rowOf(ATGARDER_TABLE, {
      id: m.id,
      title: m.title,
      focus: m.focus,
      responsible: m.responsible,
      involved: m.involved.join(m.separator),
      start: isoToSerial(m.start),
      end: isoToSerial(m.end),
      indicators: m.indicators.join(", "),
      status: m.status,
    }),
  );
}

function indicatorRows(): Cell[][] {
  return DEMO_INDICATORS.map((i) =>
    rowOf(INDIKATORER_TABLE, {
      id: i.id,
      name: i.name,
      unit: i.unit,
      sources: Object.keys(i.reports).join(", "),
      direction: i.direction,
      aggregation: i.aggregation,
      frequency: i.frequency,
      baseline: i.baseline?.value ?? null,
      baselinePeriod: i.baseline?.period ?? null,
      target: i.target,
      genderSplit: i.genderSplit ? "Ja" : "Nej",
    }),
  );
}

/** The demo register as the grids a host would read (tab order: Löfte, Parter, Åtgärder, Indikatorer, then one tab per partner). */
export function demoRegister(): WorkbookGrids {
  // Planted activity rows keep their day: no generated row on that measure and day.
  const reserved = new Set<string>();
  for (const f of PLANTED_FAULT_SPECS) {
    if (f.change.kind === "insert" && f.table === "aktiviteter" && typeof f.change.row[ACTIVITY_COLUMN.date] === "number") {
      reserved.add(`${f.partner}|${String(f.change.row[ACTIVITY_COLUMN.measureId])}|${f.change.row[ACTIVITY_COLUMN.date]}`);
    }
  }
  const activities = demoActivities(createRng(ACTIVITY_SEED), reserved);
  const values = demoValues(createRng(VALUE_SEED));

  const measures = tableSheet(SHEET_NAMES.atgarder, ATGARDER_TABLE, measureRows());
  const indicators = tableSheet(SHEET_NAMES.indikatorer, INDIKATORER_TABLE, indicatorRows());
  // Each tab names what its partner reports, read from the sheets as the template reads them.
  const draft = readRegister({ sheets: [measures, indicators] });
  const tabs = DEMO_PARTNERS.map((p) => {
    const faults = PLANTED_FAULT_SPECS.filter((f) => f.partner === p.id);
    return partnerTab(
      p,
      partnerReports(draft, p.id),
      plantInTable(
        activities.get(p.id) ?? [],
        faults.filter((f) => f.table === "aktiviteter"),
      ),
      plantInTable(
        values.get(p.id) ?? [],
        faults.filter((f) => f.table === "varden"),
      ),
    );
  });

  return {
    sheets: [
      pledgeSheet(),
      tableSheet(
        SHEET_NAMES.parter,
        PARTER_TABLE,
        DEMO_PARTNERS.map((p) => rowOf(PARTER_TABLE, { id: p.id, name: p.name, type: p.type, tab: p.tab, contact: p.contact })),
      ),
      measures,
      indicators,
      ...tabs,
    ],
  };
}
