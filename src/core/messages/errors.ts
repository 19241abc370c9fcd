/**
 * Errors people are shown (a state of the workbook or of a file they can act
 * on), as codes with parameters. This file says which codes there are and
 * what each one names; `errors-sv.ts` and `errors-en.ts` are the one catalogue
 * per language that renders them. The use cases, adapters and the command
 * line throw a `ShownError` (`src/app/shown-error.ts`) with a code; the CLI
 * and a Swedish pane show the Swedish text, an English pane the English one.
 * Both catalogues are typed by `ErrorParamsOf`, so a code or a parameter one
 * of them lacks does not compile.
 */
import type { SheetNameRule } from "../plan/sheet-names";
import type { Language } from "./catalogue";
import { en } from "./errors-en";
import { sv } from "./errors-sv";

/** What the person asked for, as a message names it: "rapporten", "the check" (a sheet plan's kind). */
export type Work = "rapport" | "slutrapport" | "kontroll" | "register" | "rapportlogg";

/** What a part of an .xlsx package that is not a sheet holds, for the message when it cannot be read. */
export type PackagePart = "workbook" | "styles" | "sharedStrings";

/** A part of a workbook file that cannot be read: a tab by its name, any other part by its path and what it holds. */
export type UnreadablePart = { tab: string } | { part: string; holds: PackagePart };

/** How a part of the file is damaged (the row or cell where the reader saw it, where it did). */
export type PartDamage =
  | { kind: "local-header" }
  | { kind: "ends-inside" }
  | { kind: "larger-than-stated" }
  | { kind: "smaller-than-stated" }
  | { kind: "not-utf8" }
  | { kind: "inflate" }
  | { kind: "checksum" }
  | { kind: "xml" }
  | { kind: "row"; row: string }
  | { kind: "cell"; cell: string }
  | { kind: "number"; cell: string }
  | { kind: "shared-string"; cell: string };

/** Why one part of the package cannot be read (sizes in bytes). */
export type PartProblem =
  | { kind: "missing" }
  | { kind: "damaged"; damage: PartDamage }
  | { kind: "encrypted" }
  | { kind: "compression"; method: number }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "bomb"; bytes: number; packed: number };

/** A path as the person typed it (a suffix added): what every file text names. */
interface PathParams {
  path: string;
}

/**
 * A setting of the `Löfte` sheet the pledge cannot be read without, as the check found it (an `invalid-setting`
 * finding): its field, the sheet and cell (null when the field's row is missing), whether it is a date, and whether
 * it was left blank.
 */
export interface UnreadableSetting {
  field: string;
  sheet: string;
  cell: string | null;
  date: boolean;
  blank: boolean;
}

/** The parameters of each code. `{}`: the text names nothing. */
export interface ErrorParamsOf {
  // The register in the workbook.
  /** `settings`: what makes the pledge unreadable, where the check knows it; without them the text names the sheet only. */
  "no-pledge": { settings?: readonly UnreadableSetting[] };
  "not-register": object;
  "not-empty": { sheets: readonly string[] };
  /** A Flik on Parter Excel cannot name a sheet: nothing was added. */
  "invalid-tab-names": { tabs: readonly { partner: string; tab: string; rule: SheetNameRule }[] };
  /** Why Excel could never have a sheet by this name (one sentence, also inside a finding's text). */
  "sheet-name-rule": { name: string; rule: SheetNameRule };
  /** A sheet the add-in was to write has a name Excel refuses; nothing was written. */
  "sheet-name": { name: string; rule: SheetNameRule };
  "person-sheet": { sheet: string; work: Work };
  /** A use case asked for two sheets of one name in one write: a fault in the add-in. */
  "duplicate-plan": { sheet: string };
  // The next pledge (dates as 2026-01-01).
  "next-ends-before-start": { from: string; to: string };
  "next-too-long": { from: string; to: string; years: number };
  "next-no-pledge": object;
  "next-overlaps": { from: string; oldTo: string };
  /** The pane's Nästa löfte: this Excel cannot open a new workbook (no ExcelApi 1.8); the command line makes the file instead. */
  "next-open-unsupported": object;
  /** The pane's Nästa löfte: Excel refused to open the new register (`officeCode`: Office's error code); the old workbook is unchanged. */
  "next-open-failed": { officeCode: string };
  // Excel refused a request (`officeCode`: Office's error code, shown as "felkod").
  "excel-busy": object;
  "excel-access-denied": object;
  "excel-table-name-taken": { tables: readonly string[]; work: Work; unfinished: readonly string[] };
  "excel-sheets-changed": { work: Work };
  "excel-write-too-large": { work: Work };
  "excel-write-failed": { work: Work; officeCode: string };
  "excel-row-too-large": object;
  "excel-read-failed": { officeCode: string };
  "excel-sheet-gone": { sheet: string };
  "excel-select-failed": { sheet: string; cell: string; officeCode: string };
  // The command line: its arguments.
  "usage-needs-value": { flag: string };
  "usage-not-a-date": { flag: string; typed: string; example: string };
  "usage-not-a-tertial": { flag: string; typed: string };
  "usage-unknown-flag": { flag: string };
  "usage-unknown-command": { command: string };
  "usage-no-register": { command: string };
  "usage-no-report-register": object;
  "usage-no-report-out": object;
  "usage-no-next-register": object;
  "usage-no-next-dates": object;
  "usage-no-next-out": object;
  "usage-no-init-file": object;
  "usage-no-publish-register": object;
  "usage-no-publish-out": object;
  "usage-publish-tertial-and-final": object;
  "cli-no-pledge": object;
  /** A programming error: its message on one line, no stack. */
  "cli-unexpected": { detail: string };
  // The command line: files (no error code of the file system, ENOENT…, is ever shown).
  /** `--out` is the register read (the same path, a symbolic link or a hard link to it). */
  "output-is-input": PathParams & { input: string; example: string };
  /** The output exists and `--force` was not given. */
  "output-exists": PathParams & { example: string };
  /** `pledge demo DIR` over demo files already in DIR. */
  "demo-files-exist": PathParams & { first: string; more: number };
  /** `pledge publish --out DIR` over files it wrote there before. */
  "publish-files-exist": PathParams & { first: string; more: number };
  /** `pledge publish --out DIR` names a file, not a folder. */
  "publish-out-is-file": PathParams & { example: string };
  /** `--out` ends in another file type (`.xls`, `.csv`…). */
  "wrong-suffix": PathParams & { suffix: string; example: string };
  /** The output path is a folder. */
  "output-is-folder": PathParams & { example: string };
  /**
   * The output path names no file ("" or a folder separator at the end), or its name ends in
   * a dot or a space (`end`), which no file name on Windows can: `example` is the name without it.
   */
  "output-without-name": PathParams & { end?: { kind: "dot" | "space"; example: string } };
  "folder-missing": PathParams & { folder: string };
  "folder-not-writable": PathParams & { folder: string };
  "folder-read-only": PathParams & { folder: string };
  "disk-full": PathParams;
  "file-locked": PathParams;
  "path-through-file": PathParams;
  "name-too-long": PathParams;
  "write-failed": PathParams;
  "folder-not-created": PathParams;
  "input-missing": PathParams;
  "input-not-readable": PathParams;
  "input-is-folder": PathParams;
  "input-read-failed": PathParams;
  // A file that is no workbook the reader can read (`src/xlsx/`); sizes in bytes.
  /** Random bytes, a text file, an empty or encrypted file, an old .xls, a zip without a workbook. */
  "unreadable-workbook": object;
  "workbook-is-ods": object;
  "workbook-is-xlsb": object;
  /** A FIFO, a socket or a device given as the register. */
  "input-not-a-file": PathParams & { kind: "fifo" | "socket" | "device" };
  "input-too-large": { bytes: number; limit: number };
  /** One part of the file (a tab, the shared strings…) cannot be read; the file is never read without it. */
  "part-unreadable": { part: UnreadablePart; problem: PartProblem };
  /** Formulas written without their result (by a program that does not calculate); `cell` the first. */
  "uncached-formulas": { tab: string; cell: string };
  /** The grids would hold more than `limit` cells, counting up to `cell`, the last of the tab. */
  "too-many-cells": { tab: string; cell: string; limit: number };
}

export type ErrorCode = keyof ErrorParamsOf;

/** A language's texts: one function per code, over that code's parameters. */
export type ErrorCatalogue = { readonly [C in ErrorCode]: (p: ErrorParamsOf[C]) => string };

/** A code with its parameters (none needed for a code that names nothing). */
export type ShownMessage = {
  [C in ErrorCode]: object extends ErrorParamsOf[C] ? { code: C; params?: ErrorParamsOf[C] } : { code: C; params: ErrorParamsOf[C] };
}[ErrorCode];

export const ERROR_CATALOGUES: Readonly<Record<Language, ErrorCatalogue>> = { sv, en };

/** The text of an error for people, in a language (Swedish by default). */
export function errorMessage(message: ShownMessage, language: Language = "sv"): string {
  const render = ERROR_CATALOGUES[language][message.code] as (p: object) => string;
  return render(message.params ?? {});
}
