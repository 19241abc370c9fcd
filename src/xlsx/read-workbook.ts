/**
 * Reads an .xlsx (or .xlsm) workbook into grids, every worksheet in tab order,
 * as the cells show them (see `sheet-reader.ts`), within `READ_LIMITS`.
 *
 * The package is read part by part (`zip-package.ts`: sizes and checksums
 * checked as the bytes are unpacked) and each part's XML scanned as it arrives
 * (`xml-scanner.ts`), so no part is ever held whole and a register of 40 000
 * rows is read in a fraction of the time a general spreadsheet library takes
 * (docs/performance.md). Anything that cannot be read is an
 * `UnreadableWorkbookError` (a code of the error catalogue) whose line names the tab: a sheet part
 * that is missing, damaged or too large is never skipped, so the check cannot
 * blame a partner for a tab that is there.
 */
import type { SheetGrid, WorkbookGrids } from "../core/cell";
import { markersBySheet } from "../core/plan/sheet-marker";
import { sheetNameKey } from "../core/plan/sheet-names";
import type { PackagePart } from "../core/messages/errors";
import { PartError, UnreadableWorkbookError, unreadablePart } from "./errors";
import {
  type CellStyles,
  NO_STYLES,
  readSharedStrings,
  readStyles,
  readWorkbookPart,
  relationships,
  relKind,
  scanPart,
  type WorkbookPart,
} from "./package-parts";
import { READ_LIMITS } from "./read-limits";
import { SheetProblem, SheetReader, type SheetContext } from "./sheet-reader";
import { XmlError } from "./xml-scanner";
import { openZipPackage, type ZipPackage } from "./zip-package";

/**
 * Every worksheet's values from A1, in tab order; sheets the add-in wrote are
 * `generated: true`. Throws `UnreadableWorkbookError` for anything that is not
 * a readable .xlsx workbook, with a message that names the tab when one tab
 * cannot be read.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookGrids> {
  // An .xlsx is always a zip; an encrypted one (and an old .xls) is a CFB container instead.
  if (!isZip(bytes)) throw new UnreadableWorkbookError();
  const zip = await openZipPackage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (zip === null) throw new UnreadableWorkbookError();
  try {
    return await readPackage(zip);
  } finally {
    zip.close();
  }
}

async function readPackage(zip: ZipPackage): Promise<WorkbookGrids> {
  const workbookPath = await findWorkbook(zip);
  const book = await part(() => readWorkbookPart(zip, workbookPath), workbookPath, "workbook");
  const rels = await part(() => relationships(zip, workbookPath), workbookPath, "workbook");
  const byKind = (kind: string) => [...rels.values()].find((r) => relKind(r.type) === kind && !r.external)?.path;
  const stylesPath = byKind("styles");
  const stringsPath = byKind("sharedStrings");
  const styles: CellStyles =
    stylesPath !== undefined && zip.has(stylesPath) ? await part(() => readStyles(zip, stylesPath), stylesPath, "styles") : NO_STYLES;
  // A workbook whose cells use no shared strings may leave the part out; one that uses them without it is damaged (below).
  const sharedStrings =
    stringsPath !== undefined && zip.has(stringsPath)
      ? await part(() => readSharedStrings(zip, stringsPath), stringsPath, "sharedStrings")
      : [];
  const context: SheetContext = { sharedStrings, styles, date1904: book.date1904, budget: { left: READ_LIMITS.slots } };
  const generated = generatedSheetNames(book);
  const sheets: SheetGrid[] = [];
  for (const { name, rid } of book.sheets) {
    const rel = rels.get(rid);
    if (rel === undefined) throw unreadablePart({ part: { tab: name }, problem: { kind: "missing" } });
    // Chart sheets, dialog sheets and macro sheets are not worksheets in Office.js either.
    if (relKind(rel.type) !== "worksheet") continue;
    const grid: SheetGrid = { name, values: await readSheet(zip, rel.path, name, context), top: 0, left: 0 };
    if (generated.has(sheetNameKey(name))) grid.generated = true;
    sheets.push(grid);
  }
  if (sheets.length === 0 && book.sheets.length === 0) throw new UnreadableWorkbookError();
  return { sheets };
}

/** The workbook part the package's relationships name, or the usual place. */
async function findWorkbook(zip: ZipPackage): Promise<string> {
  if (zip.has("mimetype") && zip.has("content.xml")) throw new UnreadableWorkbookError({ code: "workbook-is-ods" });
  let root = new Map<string, { type: string; path: string }>();
  try {
    root = await relationships(zip, "");
  } catch {
    // A damaged root relationship part: the usual place may still hold the workbook.
  }
  const named = [...root.values()].find((r) => relKind(r.type) === "officeDocument")?.path;
  const path = named !== undefined && zip.has(named) ? named : zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (path === null) {
    if (zip.has("xl/workbook.bin")) throw new UnreadableWorkbookError({ code: "workbook-is-xlsb" });
    throw new UnreadableWorkbookError();
  }
  return path;
}

/** Runs a read of a part that is not a sheet; its problems become one line naming the part. */
async function part<T>(read: () => Promise<T>, path: string, holds: PackagePart): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof PartError) throw unreadablePart({ part: { part: path, holds }, problem: err.problem }, err);
    if (err instanceof XmlError) throw unreadablePart({ part: { part: path, holds }, problem: XML_DAMAGE }, err);
    throw err;
  }
}

const XML_DAMAGE = { kind: "damaged", damage: { kind: "xml" } } as const;

async function readSheet(zip: ZipPackage, path: string, tab: string, context: SheetContext) {
  const reader = new SheetReader(context);
  try {
    await scanPart(zip, path, reader);
    const grid = reader.grid();
    if (reader.uncachedFormula !== null)
      throw new UnreadableWorkbookError({ code: "uncached-formulas", params: { tab, cell: reader.uncachedFormula } });
    return grid;
  } catch (err) {
    if (err instanceof PartError) throw unreadablePart({ part: { tab }, problem: err.problem }, err);
    if (err instanceof XmlError) throw unreadablePart({ part: { tab }, problem: XML_DAMAGE }, err);
    if (err instanceof SheetProblem) {
      const problem = err.problem;
      if (problem.kind === "too-many-cells")
        throw new UnreadableWorkbookError(
          { code: "too-many-cells", params: { tab, cell: problem.cell, limit: READ_LIMITS.slots } },
          { cause: err },
        );
      throw unreadablePart({ part: { tab }, problem }, err);
    }
    throw err;
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The sheets a `MLofteGen_…` defined name refers to, by `sheetNameKey`. */
function generatedSheetNames(book: WorkbookPart): Set<string> {
  const entries = book.names.flatMap((dn) => (dn.name && dn.ref ? [{ name: dn.name, reference: dn.ref }] : []));
  return new Set(markersBySheet(entries).keys());
}
