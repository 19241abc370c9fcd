/**
 * The demo register for Skäggetorp: the same workbook on every run, filled in
 * the way partners really fill it in, with a dozen planted mistakes.
 */
import type { Cell, Grid, SheetGrid, WorkbookGrids } from "../core/cell";
import { serialFromYMD } from "../core/date";
import { ATGARDER_TABLE, INDIKATORER_TABLE, LOFTE_TABLE, PARTER_TABLE, SHEET_NAMES, type TableSpec } from "../core/register/layout";
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

function pledgeSheet(): SheetGrid {
  return tableSheet(SHEET_NAMES.lofte, LOFTE_TABLE, [
    ["Namn", DEMO_PLEDGE.name],
    ["Område", DEMO_PLEDGE.area],
    ["Kommun", DEMO_PLEDGE.municipality],
    ["Diarienummer", DEMO_PLEDGE.caseNumber],
    ["Giltig från", serialFromYMD(2024, 8, 1)],
    ["Giltig till", serialFromYMD(2025, 12, 31)],
    ["Rapporteras till", DEMO_PLEDGE.reportsTo],
  ]);
}

const isoToSerial = (iso: string | null): Cell => (iso === null ? null : serial(iso));

function measureRows(): Cell[][] {
  return DEMO_MEASURES.map((m) => [
    m.id,
    m.title,
    m.focus,
    m.responsible,
    m.involved.join(m.separator),
    isoToSerial(m.start),
    isoToSerial(m.end),
    m.indicators.join(", "),
    m.status,
  ]);
}

function indicatorRows(): Cell[][] {
  return DEMO_INDICATORS.map((i) => [
    i.id,
    i.name,
    i.unit,
    Object.keys(i.reports).join(", "),
    i.direction,
    i.aggregation,
    i.frequency,
    i.baseline?.value ?? null,
    i.baseline?.period ?? null,
    i.target,
    i.genderSplit ? "Ja" : "Nej",
  ]);
}

/** The demo register as the grids a host would read (tab order: Löfte, Parter, Åtgärder, Indikatorer, then one tab per partner). */
export function demoRegister(): WorkbookGrids {
  // Planted activity rows keep their day: no generated row on that measure and day.
  const reserved = new Set<string>();
  for (const f of PLANTED_FAULT_SPECS) {
    if (f.change.kind === "insert" && f.table === "aktiviteter" && typeof f.change.row[0] === "number") {
      reserved.add(`${f.partner}|${String(f.change.row[1])}|${f.change.row[0]}`);
    }
  }
  const activities = demoActivities(createRng(ACTIVITY_SEED), reserved);
  const values = demoValues(createRng(VALUE_SEED));

  const tabs = DEMO_PARTNERS.map((p) => {
    const faults = PLANTED_FAULT_SPECS.filter((f) => f.partner === p.id);
    return partnerTab(
      p,
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
        DEMO_PARTNERS.map((p) => [p.id, p.name, p.type, p.tab, p.contact]),
      ),
      tableSheet(SHEET_NAMES.atgarder, ATGARDER_TABLE, measureRows()),
      tableSheet(SHEET_NAMES.indikatorer, INDIKATORER_TABLE, indicatorRows()),
      ...tabs,
    ],
  };
}
