/** The register a command reads: the .xlsx file read into the in-memory port. */
import { MemoryPort } from "../app/memory-port";
import { readWorkbookFile } from "../xlsx/read-file";
import { fsCode, readProblem } from "./cli-texts";
import { CliError } from "./io";

/**
 * The workbook at `file` as a port. The file system's own error (ENOENT, EACCES,
 * EIO…) is said in words, never as its code; a file that is no readable workbook is
 * the reader's `UnreadableWorkbookError` (one line, exit 2, see run.ts).
 */
export async function openRegister(file: string): Promise<MemoryPort> {
  try {
    return new MemoryPort(await readWorkbookFile(file));
  } catch (err) {
    const code = fsCode(err);
    if (code !== null) throw new CliError(readProblem(code, file));
    throw err;
  }
}
