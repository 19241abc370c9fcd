/**
 * An example of every error code's parameters (typed, so a new code does not
 * compile until it has one), and the branches of the texts: what the catalogue
 * tests render in both languages.
 */
import type { ErrorCode, ErrorParamsOf, PartProblem, ShownMessage } from "../../../src/core/messages/errors";

const LONG = { kind: "too-long", max: 31 } as const;

/** One example per code, with values distinct enough to be found in a text. */
export const ERROR_EXAMPLES: { readonly [C in ErrorCode]: ErrorParamsOf[C] } = {
  "no-pledge": {},
  "not-register": {},
  "not-empty": { sheets: ["Parter", "Löfte"] },
  "invalid-tab-names": { tabs: [{ partner: "Polisen", tab: "Polisen/Väst", rule: { kind: "forbidden-character" } }] },
  "sheet-name-rule": { name: "Rapport för Skäggetorp tertial två 2025", rule: LONG },
  "sheet-name": { name: "history", rule: { kind: "history" } },
  "person-sheet": { sheet: "Kontroll", work: "kontroll" },
  "duplicate-plan": { sheet: "Slutrapport" },
  "next-ends-before-start": { from: "2027-01-01", to: "2026-06-30" },
  "next-too-long": { from: "2026-01-01", to: "2040-12-31", years: 10 },
  "next-no-pledge": {},
  "next-overlaps": { from: "2025-06-01", oldTo: "2025-12-31" },
  "next-open-unsupported": {},
  "next-open-failed": { officeCode: "GeneralException" },
  "excel-busy": {},
  "excel-access-denied": {},
  "excel-table-name-taken": { tables: ["Aktiviteter_123456", "Värden_123456"], work: "register", unfinished: ["Polisen"] },
  "excel-sheets-changed": { work: "rapport" },
  "excel-write-too-large": { work: "slutrapport" },
  "excel-write-failed": { work: "rapportlogg", officeCode: "GeneralException" },
  "excel-row-too-large": {},
  "excel-read-failed": { officeCode: "InvalidArgument" },
  "excel-sheet-gone": { sheet: "Hemgårdarna" },
  "excel-select-failed": { sheet: "Hemgårdarna", cell: "C17", officeCode: "InvalidReference" },
  "usage-needs-value": { flag: "--out" },
  "usage-not-a-date": { flag: "--today", typed: "5/9", example: "2025-09-05" },
  "usage-not-a-tertial": { flag: "--tertial", typed: "T4 2025" },
  "usage-unknown-flag": { flag: "--fast" },
  "usage-unknown-command": { command: "rapport" },
  "usage-no-register": { command: "reminders" },
  "usage-no-report-register": {},
  "usage-no-report-out": {},
  "usage-no-next-register": {},
  "usage-no-next-dates": {},
  "usage-no-next-out": {},
  "usage-no-init-file": {},
  "usage-no-publish-register": {},
  "usage-no-publish-out": {},
  "usage-publish-tertial-and-final": {},
  "cli-no-pledge": {},
  "cli-unexpected": { detail: "boom happened" },
  "output-is-input": { path: "ut/reg.xlsx", input: "reg.xlsx", example: "ut/reg (2).xlsx" },
  "output-exists": { path: "ut/rapport.xlsx", example: "ut/rapport (2).xlsx" },
  "demo-files-exist": { path: "demo", first: "register.xlsx", more: 3 },
  "publish-files-exist": { path: "webb", first: "index.html", more: 2 },
  "publish-out-is-file": { path: "register.xlsx", example: "publicerat" },
  "wrong-suffix": { path: "rapport.csv", suffix: ".csv", example: "rapport.xlsx" },
  "output-is-folder": { path: "ut", example: "ut/RAPPORT.xlsx" },
  "output-without-name": { path: "ut/" },
  "folder-missing": { path: "nej/rapport.xlsx", folder: "nej" },
  "folder-not-writable": { path: "sys/rapport.xlsx", folder: "sys" },
  "folder-read-only": { path: "cd/rapport.xlsx", folder: "cd" },
  "disk-full": { path: "full/rapport.xlsx" },
  "file-locked": { path: "open/rapport.xlsx" },
  "path-through-file": { path: "fil.txt/rapport.xlsx" },
  "name-too-long": { path: "aaaa.xlsx" },
  "write-failed": { path: "x/rapport.xlsx" },
  "folder-not-created": { path: "ny/mapp" },
  "input-missing": { path: "saknas.xlsx" },
  "input-not-readable": { path: "låst.xlsx" },
  "input-is-folder": { path: "mappen" },
  "input-read-failed": { path: "trasig.xlsx" },
  "unreadable-workbook": {},
  "workbook-is-ods": {},
  "workbook-is-xlsb": {},
  "input-not-a-file": { path: "/dev/zero", kind: "device" },
  "input-too-large": { bytes: 1536 * 1024 * 1024, limit: 1024 * 1024 * 1024 },
  "part-unreadable": { part: { tab: "Hemgårdarna" }, problem: { kind: "damaged", damage: { kind: "cell", cell: "XFE99" } } },
  "uncached-formulas": { tab: "Polisen", cell: "F40" },
  "too-many-cells": { tab: "Polisen", cell: "XFD5029", limit: 64_000_000 },
};

const PARTS: ErrorParamsOf["part-unreadable"]["part"][] = [
  { tab: "Hemgårdarna" },
  { part: "xl/sharedStrings.xml", holds: "sharedStrings" },
];
const PROBLEMS: PartProblem[] = [
  { kind: "missing" },
  { kind: "encrypted" },
  { kind: "compression", method: 14 },
  { kind: "too-large", bytes: 1700 * 1024 * 1024, limit: 1536 * 1024 * 1024 },
  { kind: "bomb", bytes: 400 * 1024 * 1024, packed: 1.5 * 1024 * 1024 },
  ...(
    [
      { kind: "local-header" },
      { kind: "ends-inside" },
      { kind: "larger-than-stated" },
      { kind: "smaller-than-stated" },
      { kind: "not-utf8" },
      { kind: "inflate" },
      { kind: "checksum" },
      { kind: "xml" },
      { kind: "row", row: "1048577" },
      { kind: "cell", cell: "XFE99" },
      { kind: "number", cell: "C7" },
      { kind: "shared-string", cell: "D9" },
    ] as const
  ).map((damage) => ({ kind: "damaged", damage }) as const),
];

/** Every code once with its example, and then each branch a text has: every part that cannot be read, every kind of file that is not one. */
export const ERROR_VARIANTS: readonly ShownMessage[] = [
  ...(Object.keys(ERROR_EXAMPLES) as ErrorCode[]).map((code) => ({ code, params: ERROR_EXAMPLES[code] }) as ShownMessage),
  ...PARTS.flatMap((part) => PROBLEMS.map((problem) => ({ code: "part-unreadable", params: { part, problem } }) as const)),
  ...(["fifo", "socket"] as const).map((kind) => ({ code: "input-not-a-file", params: { path: "/tmp/rör", kind } }) as const),
  { code: "input-too-large", params: { bytes: 1024 * 1024 * 1024 + 1, limit: 1024 * 1024 * 1024 } },
  { code: "input-too-large", params: { bytes: 1.25 * 1024 * 1024, limit: 1024 * 1024 } },
  { code: "person-sheet", params: { sheet: "Polisen", work: "register" } },
  {
    code: "excel-table-name-taken",
    params: { tables: ["Aktiviteter_1", "Värden_1", "Aktiviteter_2"], work: "rapport", unfinished: ["Polisen", "Hemgårdarna"] },
  },
  { code: "demo-files-exist", params: { path: "demo", first: "register.xlsx", more: 0 } },
  { code: "output-without-name", params: { path: "" } },
  { code: "output-without-name", params: { path: "rapport.xlsx.", end: { kind: "dot", example: "rapport.xlsx" } } },
  { code: "output-without-name", params: { path: "rapport.xlsx ", end: { kind: "space", example: "rapport.xlsx" } } },
  ...(["too-long", "forbidden-character", "apostrophe", "empty", "history"] as const).map(
    (kind) =>
      ({
        code: "sheet-name",
        params: { name: kind === "empty" ? "" : "'Polisen/Väst'", rule: kind === "too-long" ? LONG : { kind } },
      }) as const,
  ),
];
