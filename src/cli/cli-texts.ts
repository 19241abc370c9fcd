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

/** The codes of a failed write that name the folder, by the file system's code. */
const WRITE_IN_FOLDER: Readonly<Record<string, "folder-missing" | "folder-not-writable" | "folder-read-only">> = {
  ENOENT: "folder-missing",
  EACCES: "folder-not-writable",
  EPERM: "folder-not-writable",
  EROFS: "folder-read-only",
};

/** The codes of a failed write that name the path alone. */
const WRITE_PATH: Readonly<Record<string, "disk-full" | "file-locked" | "path-through-file" | "name-too-long">> = {
  ENOSPC: "disk-full",
  EDQUOT: "disk-full",
  EFBIG: "disk-full",
  EBUSY: "file-locked",
  ETXTBSY: "file-locked",
  ENOTDIR: "path-through-file",
  ENAMETOOLONG: "name-too-long",
};

/** The codes of a failed read of the register, by the file system's code (each names the path alone). */
const READ_PATH: Readonly<
  Record<string, "input-missing" | "input-not-readable" | "input-is-folder" | "path-through-file" | "name-too-long">
> = {
  ENOENT: "input-missing",
  EACCES: "input-not-readable",
  EPERM: "input-not-readable",
  EISDIR: "input-is-folder",
  ENOTDIR: "path-through-file",
  ENAMETOOLONG: "name-too-long",
};

/** What a failed write says, by the file system's code: never the code itself. */
export function writeProblem(code: string | null, path: string, folder: string): ShownMessage {
  const key = code ?? "";
  const inFolder = WRITE_IN_FOLDER[key];
  if (inFolder !== undefined) return { code: inFolder, params: { path, folder } };
  if (key === "EISDIR") return { code: "output-is-folder", params: { path, example: `${path}/RAPPORT.xlsx` } };
  return { code: WRITE_PATH[key] ?? "write-failed", params: { path } };
}

/** What a failed read of the register says, by the file system's code. */
export function readProblem(code: string | null, path: string): ShownMessage {
  return { code: READ_PATH[code ?? ""] ?? "input-read-failed", params: { path } };
}
