/**
 * Opens a new workbook from an .xlsx file (base64) with `Excel.createWorkbook`
 * (ExcelApi 1.8): the pane's Nästa löfte. The workbook the pane runs in is not
 * touched: no `Excel.run`, no sync. A host without ExcelApi 1.8 gets a Swedish
 * message that says to save the file from `pledge next` instead; a refusal
 * (after the cell-edit-mode retries) one that names Office's error code.
 */
import { ShownError } from "../app/shown-error";
import { errorCode } from "./office-error";
import type { Feature } from "./requirements";
import { retryInCellEditMode, type RetryOptions } from "./retry";

/** `Excel.createWorkbook` itself, or a fake in tests. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** The host's own; read lazily so tests never touch the Excel global. */
export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/** Excel could not open the new workbook, or cannot at all (no ExcelApi 1.8). */
export class OpenWorkbookError extends ShownError {}

export async function openNewWorkbook(
  create: CreateWorkbook,
  supports: (feature: Feature) => boolean,
  base64: string,
  retry: RetryOptions,
): Promise<void> {
  if (!supports("createWorkbook")) throw new OpenWorkbookError({ code: "next-open-unsupported" });
  try {
    await retryInCellEditMode(() => create(base64), retry);
  } catch (error) {
    if (error instanceof ShownError) throw error;
    const officeCode = errorCode(error) ?? (error instanceof Error ? error.name : "unknown");
    throw new OpenWorkbookError({ code: "next-open-failed", params: { officeCode } });
  }
}
