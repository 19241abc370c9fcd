/**
 * Reads the register's sheets into drafts: typed values that remember their
 * cells, whether a cell had an error, and the findings found on the way.
 * Relational checks (`src/core/checks/`) then run over the drafts. Activity
 * tables, the register's bulk, stay column by column (`TableData`); every other
 * table has at most a few hundred rows and becomes row records.
 */
import type { SheetGrid, WorkbookGrids } from "../cell";
import type { Finding, FindingParams } from "../findings";
import { finding } from "../messages/catalogue";
import type { Period } from "../period";
import { sheetNameProblem } from "../plan/sheet-names";
import { fold, idKey } from "../values";
import { AKTIVITETER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, PARTER_TABLE, SHEET_NAMES, type TableSpec, VARDEN_TABLE } from "./layout";
import { type FoundTable, findTable } from "./find-table";
import { readPledge } from "./read-pledge";
import { cellOf, readTable, type TableData, type TableRow } from "./read-table";
import { similarSheets } from "./similar-sheets";
import type { Pledge } from "./types";

/** A row read from a table; `v` holds the typed values of the cells that parsed. */
export type Draft = TableRow;

export interface PartnerTabDraft {
  partnerId: string;
  sheet: string;
  /** The activity table, column by column (empty when the tab has none). */
  activities: TableData;
  values: Draft[];
}

export interface RegisterDraft {
  pledge: Pledge | null;
  partners: Draft[];
  measures: Draft[];
  indicators: Draft[];
  tabs: PartnerTabDraft[];
  /**
   * Whether each master table was read. IDs that refer to a table that could not
   * be read (missing sheet or column) are not judged: that would only repeat its finding.
   */
  read: { parter: boolean; atgarder: boolean; indikatorer: boolean };
  /** Sheet names in tab order, for sorting findings. */
  sheetOrder: string[];
  findings: Finding[];
}

/** Finds a sheet by name as Excel does: by the comparison key (case, and whichever way an "å" was typed: one character or two). */
export function sheetByName(grids: WorkbookGrids, name: string): SheetGrid | undefined {
  const key = fold(name);
  return grids.sheets.find((s) => fold(s.name) === key);
}

/** Whether table a stands above table b in the same columns (stacked, not side by side). */
function above(a: FoundTable | null, b: FoundTable | null): boolean {
  return a !== null && b !== null && a.headerRow < b.headerRow && a.span[0] <= b.span[1] && b.span[0] <= a.span[1];
}

/**
 * A partner tab's activities and values. Side by side is the template's layout;
 * when a partner has put one table below the other, the upper one ends where the
 * lower one's header row begins.
 */
function readPartnerTables(sheet: SheetGrid): [ReturnType<typeof readTable>, ReturnType<typeof readTable>] {
  const a = findTable(sheet, AKTIVITETER_TABLE);
  const v = findTable(sheet, VARDEN_TABLE);
  return [
    readTable(sheet, AKTIVITETER_TABLE, above(a, v) ? { found: a, endRow: v!.headerRow } : { found: a }),
    readTable(sheet, VARDEN_TABLE, above(v, a) ? { found: v, endRow: a!.headerRow } : { found: v }),
  ];
}

/** The register's own sheets read: the pledge and the master tables (`Parter`, `Åtgärder`, `Indikatorer`). */
export type MasterDraft = Pick<RegisterDraft, "pledge" | "partners" | "measures" | "indicators" | "read" | "findings">;

/** Reads `Löfte` and the master tables; missing sheets and columns become findings. */
export function readMasterSheets(grids: WorkbookGrids): MasterDraft {
  const findings: Finding[] = [];
  const sheet = (name: string) => {
    const s = sheetByName(grids, name);
    if (!s) findings.push(finding("missing-sheet", name, null, { sheet: name }));
    return s;
  };
  const lofte = sheet(SHEET_NAMES.lofte);
  const parter = sheet(SHEET_NAMES.parter);
  const atgarder = sheet(SHEET_NAMES.atgarder);
  const indikatorer = sheet(SHEET_NAMES.indikatorer);
  const table = (s: SheetGrid | undefined, spec: TableSpec) => {
    if (!s) return { found: false, rows: [] };
    const t = readTable(s, spec);
    findings.push(...t.findings);
    return { found: t.found, rows: t.data.records() };
  };
  const pledge = lofte ? readPledge(lofte, findings) : null;
  const parterTable = table(parter, PARTER_TABLE);
  const atgarderTable = table(atgarder, ATGARDER_TABLE);
  const indikatorerTable = table(indikatorer, INDIKATORER_TABLE);
  const read = { parter: parterTable.found, atgarder: atgarderTable.found, indikatorer: indikatorerTable.found };
  return { pledge, partners: parterTable.rows, measures: atgarderTable.rows, indicators: indikatorerTable.rows, read, findings };
}

/**
 * The partner tabs `Parter` names, read; a tab that does not exist is a
 * `missing-partner-tab` finding (pushed to `findings`). With `only`, just the
 * partner whose `Flik` is that sheet (the live check of one tab): no other tab is
 * read and no `missing-partner-tab` is judged.
 */
export function readPartnerTabs(grids: WorkbookGrids, partners: readonly Draft[], findings: Finding[], only?: string): PartnerTabDraft[] {
  const tabs: PartnerTabDraft[] = [];
  // Each sheet by its comparison key, the first of a key as sheetByName finds it: 200 partners, each looked up twice.
  const byKey = new Map<string, SheetGrid>();
  for (const s of grids.sheets) {
    const k = fold(s.name);
    if (!byKey.has(k)) byKey.set(k, s);
  }
  const sheetNamed = (name: string) => byKey.get(fold(name));
  const onlyKey = only === undefined ? undefined : fold(only);
  // Sheets some partner's Flik names: never suggested as another partner's renamed tab.
  const claimed = new Set<string>();
  if (onlyKey === undefined) {
    for (const p of partners) {
      const found = typeof p.values["Flik"] === "string" ? sheetNamed(p.values["Flik"]) : undefined;
      if (found) claimed.add(fold(found.name));
    }
  }
  const seenTabs = new Set<string>();
  const seenIds = new Set<string>();
  for (const p of partners) {
    const id = p.values["Part-ID"];
    const tab = p.values["Flik"];
    if (typeof id !== "string" || typeof tab !== "string") continue;
    // A repeated Part-ID or Flik is a duplicate-id finding; its tab is read once, for the first row.
    const key = fold(tab);
    if (seenTabs.has(key) || seenIds.has(idKey(id))) continue;
    seenTabs.add(key);
    seenIds.add(idKey(id));
    if (onlyKey !== undefined && key !== onlyKey) continue;
    const s = sheetNamed(tab);
    if (!s) {
      if (onlyKey !== undefined) continue;
      const problem = sheetNameProblem(tab);
      const similar = problem ? [] : similarSheets(tab, grids.sheets, claimed);
      const params: FindingParams = problem
        ? { tab, partner: id, problem }
        : similar.length > 0
          ? { tab, partner: id, similar: similar.join("\n") }
          : { tab, partner: id };
      findings.push(finding("missing-partner-tab", p.ref.sheet, cellOf(p.ref, "Flik"), params));
      continue;
    }
    const [activities, values] = readPartnerTables(s);
    findings.push(...activities.findings, ...values.findings);
    tabs.push({ partnerId: idKey(id), sheet: s.name, activities: activities.data, values: values.data.records() });
  }
  return tabs;
}

/** Reads every sheet the register needs; missing sheets and columns become findings. */
export function readRegister(grids: WorkbookGrids): RegisterDraft {
  const masters = readMasterSheets(grids);
  const tabs = readPartnerTabs(grids, masters.partners, masters.findings);
  return { ...masters, tabs, sheetOrder: grids.sheets.map((s) => s.name) };
}

export type { Period };
