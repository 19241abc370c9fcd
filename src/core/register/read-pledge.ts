/**
 * The pledge from the sheet `Löfte`: settings as `Fält`/`Värde` rows. Required
 * settings that are missing or not dates are `invalid-setting` findings.
 */
import type { SheetGrid } from "../cell";
import type { Finding } from "../findings";
import type { UnreadableSetting } from "../messages/errors";
import { finding } from "../messages/catalogue";
import { personalDataKind } from "../personal-data";
import { fold, isBlank, toCount, toDate, toText } from "../values";
import { findTable } from "./find-table";
import { DEFAULT_FINAL_REPORT_TO, DEFAULT_MIN_COUNT, DEFAULT_REPORT_DAYS, LOFTE_TABLE, PLEDGE_FIELDS } from "./layout";
import { cellOf, readTable, type TableRow } from "./read-table";
import type { Pledge } from "./types";

const FIELD_KEYS = new Set(PLEDGE_FIELDS.map((f) => fold(f.field)));

/**
 * Settings typed without the `Fält`/`Värde` header row: a cell holding a
 * setting's name, its value in the cell to the right. Empty when there are none.
 */
function rowsByLabel(sheet: SheetGrid): TableRow[] {
  const rows: TableRow[] = [];
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  sheet.values.forEach((line, r) => {
    const c = line.findIndex((v) => typeof v === "string" && FIELD_KEYS.has(fold(v)));
    if (c < 0) return;
    const raw = { Fält: line[c] ?? null, Värde: line[c + 1] ?? null };
    rows.push({
      ref: { sheet: sheet.name, row: r + top, columns: { Fält: c + left, Värde: c + 1 + left } },
      values: {},
      raw,
      hasError: false,
    });
  });
  return rows;
}

/** The settings' rows, by folded field name (the first row of each). */
function settingRows(sheet: SheetGrid, findings: Finding[]): Map<string, TableRow> | null {
  const located = findTable(sheet, LOFTE_TABLE);
  let rows: TableRow[];
  if (located === null && rowsByLabel(sheet).length > 0) {
    // No header row, but the settings are there: read them rather than refuse the pledge.
    rows = rowsByLabel(sheet);
  } else {
    const table = readTable(sheet, LOFTE_TABLE, { found: located });
    findings.push(...table.findings.filter((f) => f.code !== "required"));
    if (!table.found) return null;
    rows = table.data.records();
  }
  const byField = new Map<string, TableRow>();
  for (const row of rows) {
    const field = typeof row.raw["Fält"] === "string" ? fold(row.raw["Fält"]) : "";
    if (field && !byField.has(field)) byField.set(field, row);
  }
  return byField;
}

/** `Sista rapportdag`: whole days ≥ 0, else the default, with a finding at the cell when something else was typed. */
function reportDays(sheet: SheetGrid, row: TableRow | undefined, findings: Finding[]): number {
  const value = row?.raw["Värde"] ?? null;
  if (row === undefined || isBlank(value)) return DEFAULT_REPORT_DAYS;
  const n = toCount(value);
  if (n.ok && n.value <= 366) return n.value;
  findings.push(finding("invalid-setting", sheet.name, cellOf(row.ref, "Värde"), { field: "Sista rapportdag", kind: "days" }));
  return DEFAULT_REPORT_DAYS;
}

/** `Minsta antal att visa`: a whole number ≥ 1, else the default, with a finding when something else was typed. */
function minCount(sheet: SheetGrid, row: TableRow | undefined, findings: Finding[]): number {
  const value = row?.raw["Värde"] ?? null;
  if (row === undefined || isBlank(value)) return DEFAULT_MIN_COUNT;
  const n = toCount(value);
  if (n.ok && n.value >= 1) return n.value;
  findings.push(finding("invalid-setting", sheet.name, cellOf(row.ref, "Värde"), { field: "Minsta antal att visa", kind: "whole" }));
  return DEFAULT_MIN_COUNT;
}

export function readPledge(sheet: SheetGrid, findings: Finding[]): Pledge | null {
  const byField = settingRows(sheet, findings);
  if (byField === null) return null;
  const raw = (field: string) => byField.get(fold(field))?.raw["Värde"] ?? null;
  const text = (field: string) => {
    const r = toText(raw(field));
    return r.ok ? r.value : null;
  };
  // Every text setting is printed on the reports: none may carry personal data.
  for (const spec of PLEDGE_FIELDS) {
    if (spec.kind !== "text") continue;
    const row = byField.get(fold(spec.field));
    const value = raw(spec.field);
    const kind = typeof value === "string" || typeof value === "number" ? personalDataKind(String(value)) : null;
    if (row && kind !== null) findings.push(finding("personal-data", sheet.name, cellOf(row.ref, "Värde"), { column: spec.field, kind }));
  }
  let valid = true;
  for (const spec of PLEDGE_FIELDS) {
    if (!spec.required) continue;
    const row = byField.get(fold(spec.field));
    const value = raw(spec.field);
    const ok = spec.kind === "date" ? toDate(value).ok : text(spec.field) !== null;
    if (!ok) {
      const cell = row ? cellOf(row.ref, "Värde") : null;
      findings.push(finding("invalid-setting", sheet.name, cell, { field: spec.field, kind: isBlank(value) ? "missing" : spec.kind }));
      valid = false;
    }
  }
  if (!valid) return null;
  const date = (field: string) => {
    const r = toDate(raw(field));
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
    finalReportTo: text("Slutrapport till") ?? DEFAULT_FINAL_REPORT_TO,
    reportDays: reportDays(sheet, byField.get(fold("Sista rapportdag")), findings),
    minCount: minCount(sheet, byField.get(fold("Minsta antal att visa")), findings),
  };
}

/**
 * The settings that left the pledge unreadable, from the check's findings: each required setting's
 * `invalid-setting` (blank, missing, or not a date). Empty when the sheet or its table is what is missing
 * (that finding names the sheet).
 */
export function unreadableSettings(findings: readonly Finding[]): UnreadableSetting[] {
  const settings: UnreadableSetting[] = [];
  for (const f of findings) {
    if (f.code !== "invalid-setting") continue;
    const spec = PLEDGE_FIELDS.find((s) => s.field === f.params.field);
    if (!spec?.required) continue;
    settings.push({ field: spec.field, sheet: f.sheet, cell: f.cell, date: spec.kind === "date", blank: f.params.kind === "missing" });
  }
  return settings;
}
