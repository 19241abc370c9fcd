/**
 * Checks sheet plans for what would make Excel show a repair prompt: invalid or
 * duplicate sheet and table names, table headers that cannot be column names,
 * overlapping tables, tables over merged cells or a sheet filter, inline lists
 * Excel cannot store. These are programming errors in the plan, so they throw `Error`.
 */
import { parseRange } from "../core/address";
import { checkValidationTexts, inlineList } from "../core/plan/excel-limits";
import type { SheetPlan, TablePlan } from "../core/plan/sheet-plan";
import { markerName } from "../core/plan/sheet-marker";
import { sheetNameKey, sheetNameProblem } from "../core/plan/sheet-names";

type Rect = ReturnType<typeof parseRange>;

const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Names Excel would read as a cell reference (A1, XFD1048576, R1C1, R, C, R2, C3).
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C\d*|R\d*|C\d*)$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a header must not hold
const CONTROL_CHARS = /[\u0000-\u001f]/;

/** Throws an `Error` naming the first problem; returns quietly for a plan Excel will open cleanly. */
export function validatePlans(plans: SheetPlan[]): void {
  const sheetNames = new Set<string>();
  const usedNames = new Set<string>();
  let markers = 0;
  for (const plan of plans) {
    validateSheetName(plan.name, sheetNames);
    if (plan.kind !== "register") usedNames.add(markerName(++markers).toLowerCase());
  }
  for (const plan of plans) {
    const tableRects: Rect[] = [];
    for (const table of plan.tables) {
      validateTableName(table.name, usedNames, plan.name);
      const rect = validateTableShape(table, plan.name);
      for (const other of tableRects) {
        if (overlaps(rect, other)) throw new Error(`Table ${table.name} on ${plan.name} overlaps another table`);
      }
      for (const merge of plan.merges) {
        if (overlaps(rect, parseRange(merge))) throw new Error(`Table ${table.name} on ${plan.name} covers merged cells ${merge}`);
      }
      if (plan.autoFilter && overlaps(rect, parseRange(plan.autoFilter))) {
        throw new Error(`Table ${table.name} on ${plan.name} overlaps the sheet's auto filter`);
      }
      tableRects.push(rect);
    }
    for (const v of plan.validations) {
      if ("list" in v && Array.isArray(v.list)) inlineListFormula(v.list);
      checkValidationTexts(v);
    }
  }
}

function validateSheetName(name: string, seen: Set<string>): void {
  if (sheetNameProblem(name) !== null) throw new Error(`Invalid sheet name: "${name}"`);
  const key = sheetNameKey(name);
  if (seen.has(key)) throw new Error(`Duplicate sheet name: "${name}"`);
  seen.add(key);
}

/** Excel's rules for a table name, and unique in the workbook case-insensitively. */
export function isValidTableName(name: string): boolean {
  return name.length <= 255 && TABLE_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
}

function validateTableName(name: string, used: Set<string>, sheet: string): void {
  if (!isValidTableName(name)) throw new Error(`Invalid table name "${name}" on ${sheet}`);
  const key = name.toLowerCase();
  if (used.has(key)) throw new Error(`Table name "${name}" is not unique in the workbook`);
  used.add(key);
}

function validateTableShape(table: TablePlan, sheet: string): Rect {
  const rect = parseRange(table.range);
  if (rect.rows < 2) throw new Error(`Table ${table.name} on ${sheet} needs a header row and at least one data row`);
  if (table.headers.length !== rect.cols) {
    throw new Error(`Table ${table.name} on ${sheet} has ${table.headers.length} headers for ${rect.cols} columns`);
  }
  const seen = new Set<string>();
  for (const header of table.headers) {
    if (header.trim() === "" || CONTROL_CHARS.test(header) || header.length > 255) {
      throw new Error(`Table ${table.name} on ${sheet} has an invalid header "${header}"`);
    }
    const key = header.toLowerCase();
    if (seen.has(key)) throw new Error(`Table ${table.name} on ${sheet} repeats the header "${header}"`);
    seen.add(key);
  }
  return rect;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The formula of an inline dropdown list: `"Ja,Nej"` (the rule on its items and length: `inlineList`). */
export function inlineListFormula(items: string[]): string {
  return `"${inlineList(items).replace(/"/g, '""')}"`;
}
