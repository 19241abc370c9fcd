/**
 * The small parts of an .xlsx package the reader needs before the sheets: the
 * relationships, the workbook (sheets in tab order, defined names, the 1904
 * date system), the styles (each cell style's number format) and the shared
 * strings. Each is scanned with `XmlScanner`; the sheets are `sheet-reader.ts`.
 */
import { XmlScanner, type XmlAttributes, type XmlHandler } from "./xml-scanner";
import type { ZipPackage } from "./zip-package";

/** Reads a whole part through a handler. */
export async function scanPart(zip: ZipPackage, path: string, handler: XmlHandler): Promise<void> {
  const scanner = new XmlScanner(handler);
  await zip.readText(path, (text) => scanner.write(text));
  scanner.end();
}

/** A handler from an `open` callback and optional text collection. */
function onOpen(open: (name: string, a: XmlAttributes) => void): XmlHandler {
  return { open, close: () => undefined, text: () => undefined };
}

export interface Relationship {
  type: string;
  /** The target as a package path without a leading slash ("xl/worksheets/sheet1.xml"). */
  path: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it: absolute ("/xl/…", as openpyxl writes) or relative. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith("/") ? [] : fromPart.split("/").slice(0, -1);
  for (const piece of target.replace(/\\/g, "/").split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") base.pop();
    else base.push(piece);
  }
  return base.join("/");
}

/** The relationships of `part` by Id; empty when it has none. */
export async function relationships(zip: ZipPackage, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const path = part === "" ? "_rels/.rels" : relsPathOf(part);
  if (!zip.has(path)) return rels;
  await scanPart(
    zip,
    path,
    onOpen((name, a) => {
      if (name !== "Relationship") return;
      const id = a.get("Id");
      const target = a.get("Target");
      if (id === undefined || target === undefined) return;
      const external = a.get("TargetMode") === "External";
      rels.set(id, { type: a.get("Type") ?? "", path: external ? target : resolveTarget(part, target), external });
    }),
  );
  return rels;
}

/** The last piece of a relationship type: ".../relationships/worksheet" → "worksheet". */
export const relKind = (type: string): string => type.slice(type.lastIndexOf("/") + 1);

export interface WorkbookSheet {
  name: string;
  /** Relationship id of the sheet's part. */
  rid: string;
}

export interface WorkbookPart {
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** Defined names and what they refer to. */
  names: { name: string; ref: string }[];
}

export async function readWorkbookPart(zip: ZipPackage, path: string): Promise<WorkbookPart> {
  const book: WorkbookPart = { sheets: [], date1904: false, names: [] };
  let definedName: { name: string; ref: string } | null = null;
  await scanPart(zip, path, {
    open(name, a) {
      if (name === "workbookPr") {
        const v = a.get("date1904");
        book.date1904 = v === "1" || v === "true";
      } else if (name === "sheet") {
        const sheetName = a.get("name");
        const rid = a.prefixed("id");
        if (sheetName !== undefined && rid !== undefined) book.sheets.push({ name: sheetName, rid });
      } else if (name === "definedName") {
        definedName = { name: a.get("name") ?? "", ref: "" };
      }
    },
    text(t) {
      if (definedName) definedName.ref += t;
    },
    close(name) {
      if (name === "definedName" && definedName) {
        book.names.push(definedName);
        definedName = null;
      }
    },
  });
  return book;
}

/** Number format codes Excel has built in, by id (ECMA-376 part 1, 18.8.30); the rest of 0–163 are locale dates. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};
/** Ids Excel shows as dates in the user's locale (Japanese, Chinese, Korean, Thai calendars). */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True for a number format that shows a date or a time: y, m, d, h or s outside quotes, escapes and brackets (`[h]` counts). */
export function isDateFormat(code: string): boolean {
  if (/^general$/i.test(code.trim())) return false;
  const stripped = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  // Only the first section decides, as for positive numbers (dates are positive).
  return /[ymdhs]/i.test(stripped.split(";")[0]!);
}

export interface CellStyles {
  /** Number format code of each cell style index (`s`), or null for General. */
  formats: (string | null)[];
  /** Whether each cell style index shows a date. */
  dates: boolean[];
}

export const NO_STYLES: CellStyles = { formats: [], dates: [] };

export async function readStyles(zip: ZipPackage, path: string): Promise<CellStyles> {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await scanPart(zip, path, {
    open(name, a) {
      if (name === "numFmt") {
        const id = Number(a.get("numFmtId"));
        const code = a.get("formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(a.get("numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: () => undefined,
  });
  const formats = xfIds.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? null);
  const dates = xfIds.map((id, i) =>
    custom.has(id) ? isDateFormat(formats[i]!) : LOCALE_DATE_IDS.has(id) || (formats[i] !== null && isDateFormat(formats[i]!)),
  );
  return { formats: formats.map((f) => (f === "General" ? null : f)), dates };
}

/**
 * The shared strings: each `<si>`'s text, rich text runs joined, phonetic
 * readings (`<rPh>`, Japanese furigana) left out as Excel shows them.
 */
export async function readSharedStrings(zip: ZipPackage, path: string): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inT = false;
  let phonetic = 0;
  await scanPart(zip, path, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "t") inT = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    text(t) {
      if (inT) current += t;
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(current);
    },
  });
  return strings;
}
