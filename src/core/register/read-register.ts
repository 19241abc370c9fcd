/**
 * Reads the register's sheets into drafts: typed records that remember their
 * cells, whether a cell had an error, and the findings found on the way.
 * Relational checks (`src/core/checks/`) then run over the drafts.
 */
import type { SheetGrid, WorkbookGrids } from "../cell";
import type { Finding } from "../findings";
import { finding } from "../messages/catalogue";
import type { Period } from "../period";
import { fold, idKey, toDate, toText } from "../values";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  PLEDGE_FIELDS,
  SHEET_NAMES,
  VARDEN_TABLE,
} from "./layout";
import { cellOf, readTable, type TableRow } from "./read-table";
import type { Pledge } from "./types";

/** A row read from a table; `v` holds the typed values of the cells that parsed. */
export type Draft = TableRow;

export interface PartnerTabDraft {
  partnerId: string;
  sheet: string;
  activities: Draft[];
  values: Draft[];
}

export interface RegisterDraft {
  pledge: Pledge | null;
  partners: Draft[];
  measures: Draft[];
  indicators: Draft[];
  tabs: PartnerTabDraft[];
  /** Sheet names in tab order, for sorting findings. */
  sheetOrder: string[];
  findings: Finding[];
}

/** Why Excel could never have a sheet by this name, in Swedish; null when it could. */
export function sheetNameProblem(name: string): string | null {
  if (name.length > 31) return `Ett fliknamn får vara högst 31 tecken; "${name}" har ${name.length}.`;
  if (/[[\]:*?/\\]/.test(name)) return "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\.";
  if (name.startsWith("'") || name.endsWith("'")) return "Ett fliknamn får inte börja eller sluta med apostrof.";
  return null;
}

/** Finds a sheet by name as Excel does: case-insensitively. */
export function sheetByName(grids: WorkbookGrids, name: string): SheetGrid | undefined {
  const key = fold(name);
  return grids.sheets.find((s) => fold(s.name) === key);
}

function readPledge(sheet: SheetGrid, findings: Finding[]): Pledge | null {
  const table = readTable(sheet, LOFTE_TABLE);
  findings.push(...table.findings.filter((f) => f.code !== "required"));
  if (!table.found) return null;
  const byField = new Map<string, Draft>();
  for (const row of table.rows) {
    const field = typeof row.raw["Fält"] === "string" ? fold(row.raw["Fält"]) : "";
    if (field && !byField.has(field)) byField.set(field, row);
  }
  const text = (field: string) => {
    const row = byField.get(fold(field));
    const r = row ? toText(row.raw["Värde"] ?? null) : null;
    return r && r.ok ? r.value : null;
  };
  let valid = true;
  for (const spec of PLEDGE_FIELDS) {
    if (!spec.required) continue;
    const row = byField.get(fold(spec.field));
    const cell = row ? cellOf(row.ref, "Värde") : null;
    const raw = row?.raw["Värde"] ?? null;
    const ok = spec.kind === "date" ? toDate(raw).ok : text(spec.field) !== null;
    if (!ok) {
      const blank = raw === null || (typeof raw === "string" && raw.trim() === "");
      findings.push(finding("invalid-setting", sheet.name, cell, { field: spec.field, kind: blank ? "missing" : spec.kind }));
      valid = false;
    }
  }
  if (!valid) return null;
  const date = (field: string) => {
    const r = toDate(byField.get(fold(field))!.raw["Värde"] ?? null);
    return r.ok ? r.value : 0;
  };
  return {
    name: text("Namn")!,
    area: text("Område"),
    municipality: text("Kommun"),
    caseNumber: text("Diarienummer"),
    validFrom: date("Giltig från"),
    validTo: date("Giltig till"),
    reportsTo: text("Rapporteras till"),
  };
}

/** Reads every sheet the register needs; missing sheets and columns become findings. */
export function readRegister(grids: WorkbookGrids): RegisterDraft {
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
  const table = (s: SheetGrid | undefined, spec: typeof PARTER_TABLE) => {
    if (!s) return [];
    const t = readTable(s, spec);
    findings.push(...t.findings);
    return t.rows;
  };
  const pledge = lofte ? readPledge(lofte, findings) : null;
  const partners = table(parter, PARTER_TABLE);
  const measures = table(atgarder, ATGARDER_TABLE);
  const indicators = table(indikatorer, INDIKATORER_TABLE);

  const tabs: PartnerTabDraft[] = [];
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
    const s = sheetByName(grids, tab);
    if (!s) {
      const problem = sheetNameProblem(tab);
      findings.push(finding("missing-partner-tab", p.ref.sheet, cellOf(p.ref, "Flik"), problem ? { tab, partner: id, problem } : { tab, partner: id }));
      continue;
    }
    const activities = readTable(s, AKTIVITETER_TABLE);
    const values = readTable(s, VARDEN_TABLE);
    findings.push(...activities.findings, ...values.findings);
    tabs.push({ partnerId: idKey(id), sheet: s.name, activities: activities.rows, values: values.rows });
  }
  return { pledge, partners, measures, indicators, tabs, sheetOrder: grids.sheets.map((s) => s.name), findings };
}

export type { Period };
