/**
 * Reading sheets in a fixed number of round trips: one for the sheet list, the
 * workbook names and its date system, one for every used range at once: values,
 * and on the sheets people keep (not the add-in's own) number formats, so
 * numbers read as the cells show them (`asShown`). Only when Excel
 * answers that the response is too large (Excel on the web, > 5 MB: a payload
 * code or GeneralException) or gives `values` as null (a range past five
 * million cells) does it fall back to loading sizes and then row chunks
 * (see `read-chunks.ts`).
 */
import type { Grid, SheetGrid, WorkbookGrids } from "../core/cell";
import { asShown, normaliseValues } from "./cell-values";
import { OVERSIZE_READ_CODES } from "./chunk";
import { markersBySheet, type NameEntry } from "../core/plan/sheet-marker";
import { sheetNameKey } from "../core/plan/sheet-names";
import { readInChunks } from "./read-chunks";
import { mayBePartnerTab, queueRuleReads, RULE_READ_REFUSALS, withRules } from "./read-rules";
import { errorCode } from "./office-error";
import type { Session } from "./session";

export interface ListedSheet {
  name: string;
  position: number;
  sheet: Excel.Worksheet;
}

/**
 * DATE(1904; 1; 1) is 0 in a workbook in the 1904 date system and 1 462 in the 1900 one, as the reference of
 * `Functions.date` (ExcelApi 1.2) says of its year; Office.js has no property for the date system.
 */
const DATE_1904_PROBE = [1904, 1, 1] as const;

/** Sheets in tab order plus their marker names and the date system; `only` limits the list to those names. */
export async function listSheets(
  session: Session,
  only?: string[],
): Promise<{ sheets: ListedSheet[]; names: NameEntry[]; date1904: boolean }> {
  const { ctx } = session;
  const collection = ctx.workbook.worksheets;
  const candidates: Excel.Worksheet[] = [];
  if (only) {
    for (const name of only) candidates.push(collection.getItemOrNullObject(name).load("name,position"));
  } else {
    collection.load("items/name,items/position");
  }
  const names = ctx.workbook.names.load("items/name,items/type,items/value");
  const probe = ctx.workbook.functions.date(...DATE_1904_PROBE).load("value");
  await session.sync();
  const found = only ? candidates.filter((s) => !s.isNullObject) : collection.items;
  const seen = new Set<string>();
  const sheets: ListedSheet[] = [];
  for (const sheet of found) {
    if (seen.has(sheet.name)) continue; // the same sheet asked for twice
    seen.add(sheet.name);
    sheets.push({ name: sheet.name, position: sheet.position, sheet });
  }
  sheets.sort((a, b) => a.position - b.position);
  // Every name, also one whose sheet was deleted (`#REF!`): a new marker must not take its number.
  const entries = names.items.map((item) => ({
    name: item.name,
    reference: item.type === "Range" && typeof item.value === "string" ? item.value : "",
  }));
  return { sheets, names: entries, date1904: probe.value === 0 };
}

/** What a write needs to know of the workbook: every sheet's name and position, and the workbook names. */
export interface Listing {
  sheets: Pick<ListedSheet, "name" | "position">[];
  names: NameEntry[];
}

/**
 * All listed sheets' used ranges (values only), in one round trip when Excel allows it.
 * `onListed` receives the full listing when every sheet was read (`only` absent).
 * With `rules` (a host with ExcelApi 1.8), the same round trip reads the validation
 * rules the add-in owns on each partner tab (`read-rules.ts`); a read that falls back
 * to chunks carries none, nor one whose host refused the rule reads (read again without
 * them: one more round trip, only then).
 */
export async function readSheetGrids(
  session: Session,
  only: string[] | undefined,
  budget: number,
  onListed?: (listing: Listing) => void,
  rules = false,
): Promise<WorkbookGrids> {
  const { sheets, names, date1904 } = await listSheets(session, only);
  if (!only) onListed?.({ sheets: sheets.map(({ name, position }) => ({ name, position })), names });
  const generated = markersBySheet(names);
  const isGenerated = (s: ListedSheet) => generated.has(sheetNameKey(s.name));
  const grid = (s: ListedSheet, values: Grid, top: number, left: number): SheetGrid => ({
    name: s.name,
    values,
    top,
    left,
    generated: isGenerated(s),
  });

  // The add-in's own sheets are read as written: their numbers need no format to be read right.
  const withFormats = sheets.map((s) => !isGenerated(s));
  const queueUsed = () =>
    sheets.map((s, i) =>
      s.sheet
        .getUsedRangeOrNullObject(true)
        .load(withFormats[i] ? "values,numberFormat,rowIndex,columnIndex" : "values,rowIndex,columnIndex"),
    );
  let used = queueUsed();
  let ruleReads = sheets.map((s) => (rules && mayBePartnerTab(s.name, isGenerated(s)) ? queueRuleReads(s.sheet) : null));
  const inChunks = async (): Promise<WorkbookGrids> => {
    const blocks = await readInChunks(
      session,
      sheets.map((s, i) => ({ sheet: s.sheet, formats: withFormats[i]! })),
      budget,
      date1904,
    );
    return { sheets: sheets.map((s, i) => grid(s, blocks[i]!.values, blocks[i]!.top, blocks[i]!.left)) };
  };
  try {
    await session.sync();
  } catch (error) {
    const code = errorCode(error) ?? "";
    if (OVERSIZE_READ_CODES.has(code)) return inChunks();
    // Reading the rules is documented (ExcelApi 1.8); should a host refuse it, the values are read once more without them.
    if (!ruleReads.some(Boolean) || !RULE_READ_REFUSALS.has(code)) throw error;
    used = queueUsed();
    ruleReads = sheets.map(() => null);
    try {
      await session.sync();
    } catch (again) {
      if (!OVERSIZE_READ_CODES.has(errorCode(again) ?? "")) throw again;
      return inChunks();
    }
  }
  if (used.some((range) => !range.isNullObject && !Array.isArray(range.values))) return inChunks();
  return {
    sheets: sheets.map((s, i) => {
      const range = used[i]!;
      if (range.isNullObject) return grid(s, [], 0, 0);
      const values = normaliseValues(range.values);
      const read = grid(s, withFormats[i] ? asShown(values, range.numberFormat, date1904) : values, range.rowIndex, range.columnIndex);
      return withRules(read, ruleReads[i]!);
    }),
  };
}
