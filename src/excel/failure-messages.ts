/**
 * What the person is told when Excel refuses a request: what happened and
 * what to do, as a ShownError with a code of the catalogue
 * (`core/messages/errors.ts`), shown in the pane's language. Errors written
 * for people already pass through unchanged; errors without an Office code
 * are faults in the add-in and stay as they are ("Något gick fel: …").
 */
import { workOf } from "../app/person-sheet-error";
import { ShownError } from "../app/shown-error";
import type { ShownMessage } from "../core/messages/errors";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { PAYLOAD_ERROR_CODES } from "./chunk";
import { errorCode, failedObject } from "./office-error";

/** Excel refused a request; the message says why and what to do. */
export class ExcelRefusedError extends ShownError {
  constructor(
    message: ShownMessage,
    readonly code: string,
  ) {
    super(message);
  }
}

const SHEET_OBJECTS = new Set(["Worksheet", "WorksheetCollection", "NamedItem", "NamedItemCollection"]);
const TABLE_OBJECTS = new Set(["Table", "TableCollection"]);

/**
 * A write failed because a sheet (or the add-in's name for one) was added,
 * removed or renamed since the sheets were listed: a sheet-name clash, not a
 * table's or anything else's. Hosts that do not say where it failed get no retry.
 */
export function isStaleListing(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== "ItemAlreadyExists" && code !== "ItemNotFound") return false;
  return SHEET_OBJECTS.has(failedObject(error) ?? "");
}

/** `error` from writing `plans`, as the person should read it. */
export function explainWriteError(error: unknown, plans: readonly SheetPlan[]): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  const work = workOf(plans);
  const object = failedObject(error);
  if (code === "ItemAlreadyExists" && TABLE_OBJECTS.has(object ?? "")) {
    const tables = plans.flatMap((p) => p.tables.map((t) => t.name));
    const unfinished = plans.filter((p) => p.kind === "register").map((p) => p.name);
    return new ExcelRefusedError({ code: "excel-table-name-taken", params: { tables, work, unfinished } }, code);
  }
  if ((code === "ItemAlreadyExists" || code === "ItemNotFound") && SHEET_OBJECTS.has(object ?? "")) {
    return new ExcelRefusedError({ code: "excel-sheets-changed", params: { work } }, code);
  }
  if (code === "AccessDenied") return new ExcelRefusedError({ code: "excel-access-denied" }, code);
  if (PAYLOAD_ERROR_CODES.has(code)) return new ExcelRefusedError({ code: "excel-write-too-large", params: { work } }, code);
  return new ExcelRefusedError({ code: "excel-write-failed", params: { work, officeCode: code } }, code);
}

/** `error` from reading the workbook, as the person should read it. */
export function explainReadError(error: unknown): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  if (PAYLOAD_ERROR_CODES.has(code)) return new ExcelRefusedError({ code: "excel-row-too-large" }, code);
  if (code === "AccessDenied") return new ExcelRefusedError({ code: "excel-access-denied" }, code);
  return new ExcelRefusedError({ code: "excel-read-failed", params: { officeCode: code } }, code);
}

/** `error` from showing `cell` on `sheet` (a finding the person clicked). */
export function explainSelectError(error: unknown, sheet: string, cell: string): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  if (code === "ItemNotFound") return new ExcelRefusedError({ code: "excel-sheet-gone", params: { sheet } }, code);
  return new ExcelRefusedError({ code: "excel-select-failed", params: { sheet, cell, officeCode: code } }, code);
}
