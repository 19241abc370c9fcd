/**
 * What the command line says about files, by the file system's error code:
 * a code of the error catalogue (`core/messages/errors.ts`, texts in
 * `errors-sv.ts`) with the paths as parameters. No error code of the file
 * system (`ENOENT`, `EACCES`…) is ever shown.
 */
import type { ShownMessage } from "../core/messages/errors";

/** The file system's error code of an error (`ENOENT`…), or null. */
export function fsCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** What a failed write says, by the file system's code: never the code itself. */
export function writeProblem(code: string | null, path: string, folder: string): ShownMessage {
  switch (code) {
    case "ENOENT":
      return { code: "folder-missing", params: { path, folder } };
    case "EACCES":
    case "EPERM":
      return { code: "folder-not-writable", params: { path, folder } };
    case "EROFS":
      return { code: "folder-read-only", params: { path, folder } };
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return { code: "disk-full", params: { path } };
    case "EBUSY":
    case "ETXTBSY":
      return { code: "file-locked", params: { path } };
    case "ENOTDIR":
      return { code: "path-through-file", params: { path } };
    case "ENAMETOOLONG":
      return { code: "name-too-long", params: { path } };
    case "EISDIR":
      return { code: "output-is-folder", params: { path, example: `${path}/RAPPORT.xlsx` } };
    default:
      return { code: "write-failed", params: { path } };
  }
}

/** What a failed read of the register says, by the file system's code. */
export function readProblem(code: string | null, path: string): ShownMessage {
  switch (code) {
    case "ENOENT":
      return { code: "input-missing", params: { path } };
    case "EACCES":
    case "EPERM":
      return { code: "input-not-readable", params: { path } };
    case "EISDIR":
      return { code: "input-is-folder", params: { path } };
    case "ENOTDIR":
      return { code: "path-through-file", params: { path } };
    case "ENAMETOOLONG":
      return { code: "name-too-long", params: { path } };
    default:
      return { code: "input-read-failed", params: { path } };
  }
}
