/**
 * Reads an .xlsx (or .xlsm) workbook into grids, every worksheet in tab order,
 * as the cells show them (see `sheet-reader.ts`), within `READ_LIMITS`.
 *
 * The package is read part by part (`zip-package.ts`: sizes and checksums
 * checked as the bytes are unpacked) and each part's XML scanned as it arrives
 * (`xml-scanner.ts`), so no part is ever held whole and a register of 40 000
 * rows is read in a fraction of the time a general spreadsheet library takes
 * (docs/performance.md). Anything that cannot be read is an
 * `UnreadableWorkbookError` whose one Swedish line names the tab: a sheet part
 * that is missing, damaged or too large is never skipped, so the check cannot
 * blame a partner for a tab that is there.
 */
import type { SheetGrid, WorkbookGrids } from "../core/cell";
import { markersBySheet } from "../core/plan/sheet-marker";
import { sheetNameKey } from "../core/plan/sheet-names";
import { PartError, partMessage, UnreadableWorkbookError } from "./errors";
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

const RESAVE = "Öppna filen i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.";

/** What a part holds, for the message when it cannot be read. */
const HOLDS = { workbook: "arbetsbokens flikar", styles: "cellernas format", sharedStrings: "texterna i cellerna" };

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
  const book = await part(() => readWorkbookPart(zip, workbookPath), workbookPath, HOLDS.workbook);
  const rels = await part(() => relationships(zip, workbookPath), workbookPath, HOLDS.workbook);
  const byKind = (kind: string) => [...rels.values()].find((r) => relKind(r.type) === kind && !r.external)?.path;
  const stylesPath = byKind("styles");
  const stringsPath = byKind("sharedStrings");
  const styles: CellStyles =
    stylesPath !== undefined && zip.has(stylesPath) ? await part(() => readStyles(zip, stylesPath), stylesPath, HOLDS.styles) : NO_STYLES;
  // A workbook whose cells use no shared strings may leave the part out; one that uses them without it is damaged (below).
  const sharedStrings =
    stringsPath !== undefined && zip.has(stringsPath)
      ? await part(() => readSharedStrings(zip, stringsPath), stringsPath, HOLDS.sharedStrings)
      : [];
  const context: SheetContext = { sharedStrings, styles, date1904: book.date1904, budget: { left: READ_LIMITS.slots } };
  const generated = generatedSheetNames(book);
  const sheets: SheetGrid[] = [];
  for (const { name, rid } of book.sheets) {
    const rel = rels.get(rid);
    if (rel === undefined) throw new UnreadableWorkbookError({ message: partMessage({ kind: "missing" }, { tab: name }) });
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
  if (zip.has("mimetype") && zip.has("content.xml"))
    throw new UnreadableWorkbookError({
      message:
        "Filen är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok. Spara den som Excel-arbetsbok (.xlsx), i LibreOffice med Arkiv > Spara som, och försök igen.",
    });
  let root = new Map<string, { type: string; path: string }>();
  try {
    root = await relationships(zip, "");
  } catch {
    // A damaged root relationship part: the usual place may still hold the workbook.
  }
  const named = [...root.values()].find((r) => relKind(r.type) === "officeDocument")?.path;
  const path = named !== undefined && zip.has(named) ? named : zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  if (path === null) {
    if (zip.has("xl/workbook.bin"))
      throw new UnreadableWorkbookError({
        message:
          "Filen är en binär Excel-arbetsbok (.xlsb), som pledge inte läser. Spara den som Excel-arbetsbok (.xlsx) i Excel och försök igen.",
      });
    throw new UnreadableWorkbookError();
  }
  return path;
}

/** Runs a read of a part that is not a sheet; its problems become one line naming the part. */
async function part<T>(read: () => Promise<T>, path: string, holds: string): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof PartError)
      throw new UnreadableWorkbookError({ cause: err, message: partMessage(err.problem, { part: path, holds }) });
    if (err instanceof XmlError)
      throw new UnreadableWorkbookError({
        cause: err,
        message: partMessage({ kind: "damaged", detail: "XML-koden är trasig" }, { part: path, holds }),
      });
    throw err;
  }
}

async function readSheet(zip: ZipPackage, path: string, tab: string, context: SheetContext) {
  const reader = new SheetReader(context);
  try {
    await scanPart(zip, path, reader);
    const grid = reader.grid();
    if (reader.uncachedFormula !== null)
      throw new UnreadableWorkbookError({
        message: `Fliken ${tab} har formler utan sparat resultat (den första i ${reader.uncachedFormula}), så det går inte att se vad cellerna visar. Filen har skrivits av ett program som inte räknar ut formler. ${RESAVE}`,
      });
    return grid;
  } catch (err) {
    if (err instanceof PartError) throw new UnreadableWorkbookError({ cause: err, message: partMessage(err.problem, { tab }) });
    if (err instanceof XmlError)
      throw new UnreadableWorkbookError({ cause: err, message: partMessage({ kind: "damaged", detail: "XML-koden är trasig" }, { tab }) });
    if (err instanceof SheetProblem) {
      if (err.kind === "too-many-cells")
        throw new UnreadableWorkbookError({
          cause: err,
          message: `Fliken ${tab} går inte att läsa: med den sista cellen i ${err.where} får registret fler än ${String(READ_LIMITS.slots).replace(/\B(?=(\d{3})+$)/g, " ")} celler, som är vad pledge läser (se docs/limits.md). Ta bort det som står långt utanför tabellerna (Ctrl+End i Excel går till den sista cellen) och försök igen.`,
        });
      throw new UnreadableWorkbookError({ cause: err, message: partMessage({ kind: "damaged", detail: err.where }, { tab }) });
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
