/** Reads a workbook file from disk (Node only); the file is opened for reading and never written. */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import type { WorkbookGrids } from "../core/cell";
import { UnreadableWorkbookError } from "./errors";
import { READ_LIMITS } from "./read-limits";
import { readWorkbook } from "./read-workbook";

/**
 * Every sheet of the workbook at `path`. A missing or unreadable file is the
 * file system's error (ENOENT, EACCES, EISDIR); a file that is not a workbook,
 * a FIFO, a device or a socket, or a file over `READ_LIMITS.fileBytes` is
 * `UnreadableWorkbookError`. The path is opened without blocking and what it is
 * asked of the open file, so a FIFO is refused at once (no wait for a writer)
 * and nothing can be swapped in between the look and the read.
 */
export async function readWorkbookFile(path: string): Promise<WorkbookGrids> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let buffer: Buffer;
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    if (!info.isFile()) {
      const kind = info.isFIFO() ? "fifo" : info.isSocket() ? "socket" : "device";
      throw new UnreadableWorkbookError({ code: "input-not-a-file", params: { path, kind } });
    }
    if (info.size > READ_LIMITS.fileBytes)
      throw new UnreadableWorkbookError({ code: "input-too-large", params: { bytes: info.size, limit: READ_LIMITS.fileBytes } });
    buffer = await handle.readFile();
  } finally {
    await handle.close();
  }
  return readWorkbook(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
