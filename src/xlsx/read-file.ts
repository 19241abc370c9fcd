/** Reads a workbook file from disk (Node only); the file is opened for reading and never written. */
import { readFile } from "node:fs/promises";
import type { WorkbookGrids } from "../core/cell";
import { readWorkbook } from "./read-workbook";

/**
 * Every sheet of the workbook at `path`. A missing or unreadable file is the
 * file system's error (ENOENT, EACCES, EISDIR); a file that is not a workbook
 * is `UnreadableWorkbookError`.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  const buffer = await readFile(path, { flag: "r" });
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return readWorkbook(bytes);
}
