/**
 * The errors people are shown, in English: what happened and what to do
 * instead. An English pane shows these; sheet and column names stay the
 * register's own (Löfte, Parter, Flik), as the workbook has them.
 */
import type { SheetNameRule } from "../plan/sheet-names";
import type { ErrorCatalogue, PackagePart, PartDamage, PartProblem, UnreadablePart, UnreadableSetting, Work } from "./errors";
import { groupedDigits, megabytes } from "./sizes";

const WORK: Record<Work, string> = {
  rapport: "the report",
  slutrapport: "the final report",
  kontroll: "the check",
  register: "the sheets",
  rapportlogg: "the report log",
};

function rule(name: string, r: SheetNameRule): string {
  switch (r.kind) {
    case "too-long":
      return `A sheet name may have at most ${r.max} characters; "${name}" has ${name.length}.`;
    case "forbidden-character":
      return "A sheet name may not contain any of the characters [ ] : * ? / \\.";
    case "apostrophe":
      return "A sheet name may not begin or end with an apostrophe.";
    case "empty":
      return "A sheet name may not be empty.";
    case "history":
      return "Excel uses the name History itself and does not allow it as a sheet name.";
  }
}

/** "A, B or C". */
function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/** What a part of the file that is not a sheet holds. */
const HOLDS: Record<PackagePart, string> = {
  workbook: "the workbook's sheets",
  styles: "the cells' formats",
  sharedStrings: "the texts in the cells",
};

const RESAVE = "Open the file in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and try again.";

function damage(d: PartDamage): string {
  switch (d.kind) {
    case "local-header":
      return "the part's header is broken";
    case "ends-inside":
      return "the file ends in the middle of the part";
    case "larger-than-stated":
      return "the part is larger than the file states";
    case "smaller-than-stated":
      return "the part is smaller than the file states";
    case "not-utf8":
      return "the text is not UTF-8";
    case "inflate":
      return "the part cannot be unpacked";
    case "checksum":
      return "the checksum does not match";
    case "xml":
      return "the XML is broken";
    case "row":
      return `row ${d.row}`;
    case "cell":
      return `cell ${d.cell}`;
    case "number":
      return `the number in ${d.cell}`;
    case "shared-string":
      return `the text of ${d.cell} is missing`;
  }
}

function partProblem(what: UnreadablePart, problem: PartProblem): string {
  const subject = "tab" in what ? `The sheet ${what.tab}` : `The part ${what.part} (${HOLDS[what.holds]})`;
  const mb = (bytes: number) => megabytes(bytes, ".");
  switch (problem.kind) {
    case "missing":
      return `${subject} cannot be read: it is missing from the file, which is therefore damaged. ${RESAVE}`;
    case "damaged":
      return `${subject} cannot be read: the file is damaged there (${damage(problem.damage)}). ${RESAVE}`;
    case "encrypted":
      return `${subject} cannot be read: it is encrypted. ${RESAVE}`;
    case "compression":
      return `${subject} cannot be read: it is packed with method ${problem.method}. ${RESAVE}`;
    case "too-large":
      return `${subject} is too large to read: ${mb(problem.bytes)} unpacked, and pledge reads at most ${mb(problem.limit)} (see docs/limits.md). Split the register over more sheets or files.`;
    case "bomb":
      return `${subject} cannot be read: it unpacks to ${mb(problem.bytes)} from ${mb(problem.packed)}, which no ordinary workbook does; the file is damaged or made to fill the memory. ${RESAVE}`;
  }
}

const NOT_A_FILE = { fifo: "a named pipe (FIFO)", socket: "a socket", device: "a device" } as const;

const AGAIN = "Try again. If it happens again: save the workbook, close it, open it again and try once more.";
const NEXT_CLI =
  "pledge next REGISTER.xlsx --from YYYY-MM-DD --to YYYY-MM-DD --out NYTT-REGISTER.xlsx, with the new pledge's first and last day.";
const NO_PLEDGE_CLI = "Run pledge check to see what needs correcting.";

/** What is wrong with one setting the pledge cannot be read without, and what to type. */
function settingText(s: UnreadableSetting): string {
  const where = `${s.field} on the ${s.sheet} sheet${s.cell ? ` (${s.cell})` : ""}`;
  const what = s.date ? "the date, e.g. 2024-08-01" : "the pledge's name";
  if (s.blank && s.cell === null)
    return `${s.field} is missing on the ${s.sheet} sheet: type ${s.field} in the Fält column and ${what} beside it.`;
  if (s.blank) return `${where} is empty: type ${what}.`;
  return s.date ? `${where} cannot be read as a date: type e.g. 2024-08-01.` : `${where} cannot be read: type ${what}.`;
}

export const en: ErrorCatalogue = {
  "no-pledge": (p) =>
    p.settings?.length
      ? `The register has no readable pledge. ${p.settings.map(settingText).join(" ")}`
      : "The register has no readable pledge (the Löfte sheet with Namn, Giltig från and Giltig till). Correct the Löfte sheet and try again.",
  "not-register": () => "The workbook has none of the register's sheets (Löfte, Parter, Åtgärder, Indikatorer).",
  "not-empty": (p) =>
    `The workbook already has the sheets ${p.sheets.join(", ")}. Create the register in an empty workbook, or rename them first.`,
  "invalid-tab-names": (p) =>
    [
      ...p.tabs.map((t) => `The tab for ${t.partner} cannot be created: ${rule(t.tab, t.rule)}`),
      "Correct the name in the Flik column of the Parter sheet and try again. No tabs have been added.",
    ].join(" "),
  "sheet-name-rule": (p) => rule(p.name, p.rule),
  "sheet-name": (p) =>
    `${rule(p.name, p.rule)} Nothing has been written. If the name is in the Flik column of the Parter sheet, correct it there and try again.`,
  "person-sheet": (p) =>
    p.work === "register"
      ? `Someone else made the sheet ${p.sheet} while the sheets were being written, so the add-in does not overwrite it. Try again.`
      : `Someone else made the sheet ${p.sheet} while ${WORK[p.work]} was being written, so the add-in does not overwrite it. Try again: ${WORK[p.work]} then gets another name.`,
  "duplicate-plan": (p) =>
    `The add-in was about to write two sheets named ${p.sheet} at once and wrote neither. This is a fault in the add-in: try again, and tell whoever maintains the add-in if it happens again.`,

  "next-ends-before-start": (p) => `The new pledge ends ${p.to}, not after it begins ${p.from}. Give --to after --from.`,
  "next-too-long": (p) => `The new pledge runs ${p.from}–${p.to}, longer than ${p.years} years. Check --from and --to.`,
  "next-no-pledge": () => `The register has no readable pledge (the Löfte sheet with Giltig från and Giltig till). ${NO_PLEDGE_CLI}`,
  "next-overlaps": (p) => `The new pledge begins ${p.from}, before the old one ends ${p.oldTo}. Give --from after ${p.oldTo}.`,
  "next-open-unsupported": () =>
    "This version of Excel cannot open a new workbook from the add-in (it needs ExcelApi 1.8). This workbook is unchanged. " +
    `Make the next pledge's register with the pledge next command instead and save the file: ${NEXT_CLI}`,
  "next-open-failed": (p) =>
    `Excel could not open the next pledge's register in a new workbook (error code ${p.officeCode}). This workbook is unchanged. ` +
    `Try again, or make the register with the pledge next command and save the file: ${NEXT_CLI}`,

  "excel-busy": () => "Excel is busy editing a cell. Press Enter in the cell and try again.",
  "excel-access-denied": () =>
    "Excel did not allow the change: the workbook is read-only, its structure is locked or you may only read it. " +
    "Remove the protection (Review › Protect Workbook) or ask the owner for edit rights, and try again.",
  "excel-table-name-taken": (p) =>
    [
      `The workbook already has a table named ${either(p.tables)}, and Excel wants every table to have a name of its own, so writing ${WORK[p.work]} did not finish.`,
      ...(p.unfinished.length === 1 ? [`Delete the sheet ${p.unfinished[0]}, which was not finished.`] : []),
      ...(p.unfinished.length > 1 ? [`Delete the sheets ${p.unfinished.join(", ")}, which were not finished.`] : []),
      "Rename the other table (click in it, Table Design › Table Name) and try again.",
    ].join(" "),
  "excel-sheets-changed": (p) =>
    `Someone else added, deleted or renamed a sheet while ${WORK[p.work]} was being written, so the write did not finish. Try again.`,
  "excel-write-too-large": (p) =>
    `Excel on the web did not accept ${WORK[p.work]}: part of the write was larger than the 5 MB Excel on the web accepts. Create ${WORK[p.work]} in Excel for the desktop instead.`,
  "excel-write-failed": (p) => `Excel could not write ${WORK[p.work]} (error code ${p.officeCode}). ${AGAIN}`,
  "excel-row-too-large": () =>
    "A row in the workbook is larger than the 5 MB Excel on the web sends at once, so the workbook could not be read. " +
    "Shorten the long text in the row, or open the workbook in Excel for the desktop, and try again.",
  "excel-read-failed": (p) => `Excel could not read the workbook (error code ${p.officeCode}). ${AGAIN}`,
  "excel-sheet-gone": (p) =>
    `The sheet ${p.sheet} no longer exists: it has been deleted or renamed. Check the register again, and the list shows where the errors are now.`,
  "excel-select-failed": (p) => `Excel could not show cell ${p.cell} on the sheet ${p.sheet} (error code ${p.officeCode}). ${AGAIN}`,

  "usage-needs-value": (p) => `${p.flag} needs a value.`,
  "usage-not-a-date": (p) => `${p.flag} "${p.typed}" is not a date. Write the date as ${p.example}.`,
  "usage-not-a-tertial": (p) => `${p.flag} "${p.typed}" is not a tertial. Write it as "T2 2025".`,
  "usage-unknown-flag": (p) => `Unknown flag ${p.flag}.`,
  "usage-unknown-command": (p) => `Unknown command "${p.command}".`,
  "usage-no-register": (p) => `Give the register: pledge ${p.command} FIL.xlsx`,
  "usage-no-report-register": () => 'Give the register: pledge report FIL.xlsx --tertial "T2 2025" --out RAPPORT.xlsx',
  "usage-no-report-out": () => "Give where the report is saved: --out RAPPORT.xlsx",
  "usage-no-next-register": () =>
    "Give the register of the pledge that ends: pledge next FIL.xlsx --from 2026-01-01 --to 2027-12-31 --out NYTT-REGISTER.xlsx",
  "usage-no-next-dates": () => "Give the new pledge's first and last day: --from 2026-01-01 --to 2027-12-31",
  "usage-no-next-out": () => "Give where the new register is saved: --out NYTT-REGISTER.xlsx",
  "usage-no-init-file": () => "Give the file to create: pledge init NYTT-REGISTER.xlsx",
  "usage-no-publish-register": () => 'Give the register: pledge publish FIL.xlsx --tertial "T2 2025" --out MAPP',
  "usage-no-publish-out": () => "Give the folder to save the page and the images in: --out MAPP",
  "usage-publish-tertial-and-final": () => 'Give either --tertial "T2 2025" or --final, not both.',
  "cli-no-pledge": () => `The register has no readable pledge (the Löfte sheet). ${NO_PLEDGE_CLI}`,
  "cli-unexpected": (p) => `An unexpected error occurred: ${p.detail}`,

  "output-is-input": (p) =>
    `${p.path} is the register ${p.input} (or a link to it), and it is never overwritten. Save to a new file, for example --out ${p.example}.`,
  "output-exists": (p) =>
    `The file ${p.path} already exists and is not overwritten. Choose a new name, for example ${p.example}, or add --force to replace it.`,
  "demo-files-exist": (p) =>
    `The folder ${p.path} already has ${p.first}${p.more > 0 ? ` and ${p.more} more of the demo files` : ""}, which are not overwritten. Choose an empty folder, or add --force to replace the demo files.`,
  "publish-files-exist": (p) =>
    `The folder ${p.path} already has ${p.first}${p.more > 0 ? ` and ${p.more} more of the files pledge publish writes` : ""}, which are not overwritten. Choose a new folder, or add --force to replace them.`,
  "publish-out-is-file": (p) => `${p.path} is a file. Give a folder to save the page and the images in, for example --out ${p.example}.`,
  "wrong-suffix": (p) =>
    `${p.path} ends in ${p.suffix}, but pledge saves Excel workbooks (.xlsx). Write the file name with .xlsx, for example ${p.example}.`,
  "output-is-folder": (p) => `${p.path} is a folder. Give a file name in it, for example ${p.example}.`,
  "output-without-name": (p) =>
    p.end === undefined
      ? `${p.path === "" ? "The path" : p.path} has no file name. Write a name that ends in .xlsx, for example RAPPORT.xlsx.`
      : p.end.kind === "dot"
        ? `“${p.path}” ends in a dot, which a file name cannot. Write a name that ends in .xlsx, for example ${p.end.example}.`
        : `“${p.path}” ends in a space, which a file name cannot. Write a name that ends in .xlsx, for example ${p.end.example}.`,
  "folder-missing": (p) =>
    `The folder ${p.folder} does not exist, so ${p.path} could not be saved. Create the folder first, or give a folder that exists.`,
  "folder-not-writable": (p) =>
    `You are not allowed to write in the folder ${p.folder}, so ${p.path} was not saved. Choose a folder you can write in.`,
  "folder-read-only": (p) =>
    `The folder ${p.folder} can only be read (a read-only drive), so ${p.path} was not saved. Choose another folder.`,
  "disk-full": (p) =>
    `There is no room on the disk for ${p.path}. Free some space or choose another drive and try again; no existing file has changed.`,
  "file-locked": (p) => `${p.path} cannot be replaced just now, perhaps it is open in Excel. Close the file and try again.`,
  "path-through-file": (p) => `A part of the path ${p.path} is a file, not a folder. Check the path.`,
  "name-too-long": (p) => `The file name ${p.path} is too long for the file system. Choose a shorter name.`,
  "write-failed": (p) =>
    `${p.path} could not be saved: the file system refused to write. Check the folder and try again; no existing file has changed.`,
  "folder-not-created": (p) => `The folder ${p.path} could not be created. Give a folder you can write in.`,
  "input-missing": (p) => `The file ${p.path} does not exist. Check the path and the file name.`,
  "input-not-readable": (p) => `The file ${p.path} cannot be opened: you are not allowed to read it.`,
  "input-is-folder": (p) => `${p.path} is a folder. Give the register's .xlsx file.`,
  "input-read-failed": (p) =>
    `The file ${p.path} could not be read from the disk. Check that it exists and that the drive can be reached, and try again.`,

  "unreadable-workbook": () => "The file cannot be read as an Excel workbook (.xlsx). Save it as an Excel workbook and try again.",
  "workbook-is-ods": () =>
    "The file is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx), in LibreOffice with File > Save As, and try again.",
  "workbook-is-xlsb": () =>
    "The file is a binary Excel workbook (.xlsb), which pledge does not read. Save it as an Excel workbook (.xlsx) in Excel and try again.",
  "input-not-a-file": (p) => `${p.path} is no regular file but ${NOT_A_FILE[p.kind]}; pledge only reads saved files. Give an .xlsx file.`,
  "input-too-large": (p) => {
    const limit = megabytes(p.limit, ".");
    const size = megabytes(p.bytes, ".") === limit ? `over ${limit}` : megabytes(p.bytes, ".");
    return `The file is ${size}, and pledge reads files of at most ${limit} (see docs/limits.md). Split the register over more files.`;
  },
  "part-unreadable": (p) => partProblem(p.part, p.problem),
  "uncached-formulas": (p) =>
    `The sheet ${p.tab} has formulas without a saved result (the first in ${p.cell}), so what the cells show cannot be seen. The file was written by a program that does not calculate formulas. ${RESAVE}`,
  "too-many-cells": (p) =>
    `The sheet ${p.tab} cannot be read: with its last cell in ${p.cell} the register has more than ${groupedDigits(p.limit, ",")} cells, which is what pledge reads (see docs/limits.md). Delete what stands far outside the tables (Ctrl+End in Excel goes to the last cell) and try again.`,
};
