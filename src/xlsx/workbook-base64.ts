/**
 * A workbook of sheet plans as the base64 of its .xlsx file, for
 * `Excel.createWorkbook` (the pane's Nästa löfte): the same writer as the
 * command line (`renderWorkbook`), run in the browser. Loaded with `import()`
 * by the use case, so excelts never reaches the pane's first bundle.
 */
import type { SheetPlan } from "../core/plan/sheet-plan";
import { renderWorkbook } from "./render-plan";

/** Bytes a piece: a multiple of 3, so the pieces' base64 join without padding inside, and small enough for one `fromCharCode` call. */
const PIECE = 3 * 8192;

/** Standard base64 (with padding) of any number of bytes: pieces, never `String.fromCharCode(...bytes)` over the whole file. */
export function base64FromBytes(bytes: Uint8Array): string {
  const pieces: string[] = [];
  for (let at = 0; at < bytes.length; at += PIECE) {
    const piece = bytes.subarray(at, at + PIECE);
    let binary = "";
    // 8 192 arguments a call at most: far below any engine's limit on arguments.
    for (let i = 0; i < piece.length; i += 8192) binary += String.fromCharCode.apply(null, Array.from(piece.subarray(i, i + 8192)));
    pieces.push(btoa(binary));
  }
  return pieces.join("");
}

/** The .xlsx file of the plans, as base64. */
export async function workbookBase64(plans: SheetPlan[]): Promise<string> {
  return base64FromBytes(await renderWorkbook(plans));
}
