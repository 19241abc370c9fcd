/**
 * What Excel allows on one worksheet, where a plan could go past it. Plans
 * keep inside these and the adapters never write more, so a file never needs
 * Excel's repair and an Office.js write is never refused for it.
 *
 * The one owner of the limit on a cell's text: plans are cut to it as they
 * are finished (`fitPlanToExcel`, called by `PlanBuilder.finish` and the
 * register template), and both writers pass every string through
 * `fitCellText` as a last line of defence (`src/xlsx/render-sheet.ts`,
 * `src/excel/value-steps.ts`).
 */
import type { Cell } from "../cell";
import type { SheetPlan } from "./sheet-plan";

/** Hyperlinks a worksheet may hold (Excel's specifications and limits: 65 530). */
export const MAX_LINKS_PER_SHEET = 65_530;

/** A row's height in points (Excel's specifications and limits: 409). */
export const MAX_ROW_HEIGHT = 409;

/** Characters a cell may hold (Excel's specifications and limits: 32 767), in UTF-16 code units as Excel counts them. */
export const MAX_CELL_CHARS = 32_767;

/**
 * What Office stores of a data validation's texts ([MS-OI29500] §2.1.613, on the
 * `dataValidation` element: `errorTitle` and `promptTitle` at most 32 characters,
 * `error` at most 224, `prompt` at most 255; [MS-XLSB] §2.5.37 DValStrings gives the
 * same titles and 225 for the error text, so the stricter 224 is the limit). A file
 * with longer ones needs Excel's repair; Office.js takes the same texts.
 */
/** Characters of a data validation's alert title or prompt title (Office: 32). */
export const MAX_VALIDATION_TITLE = 32;

/** Characters of a data validation's input message, the prompt shown while a cell is selected (Office: 255). */
export const MAX_VALIDATION_PROMPT = 255;

/** Characters of a data validation's error alert message (Office: 224). */
export const MAX_VALIDATION_ERROR = 224;

/**
 * A validation's titles and messages within what Office stores (above): longer ones
 * make Excel repair the file or refuse the write, so a plan that has them is a
 * programming error, thrown before either writer sends anything. Lengths are in
 * UTF-16 code units, as Excel counts characters.
 */
export function checkValidationTexts(v: {
  errorMessage: string;
  errorTitle?: string;
  prompt?: { title: string; message: string };
  custom?: { formula: string };
}): void {
  if (v.custom) checkValidationFormula(v.custom.formula);
  const over = (what: string, text: string, limit: number) => {
    if (text.length > limit) throw new Error(`Validation ${what} over ${limit} characters (${text.length}): "${text}"`);
  };
  over("error title", v.errorTitle ?? "", MAX_VALIDATION_TITLE);
  over("error message", v.errorMessage, MAX_VALIDATION_ERROR);
  over("prompt title", v.prompt?.title ?? "", MAX_VALIDATION_TITLE);
  over("prompt message", v.prompt?.message ?? "", MAX_VALIDATION_PROMPT);
}

/** Characters of a custom validation's formula (Excel: 255). */
export const MAX_VALIDATION_FORMULA = 255;

/**
 * A custom validation's formula as both writers take it: "=" first, within Excel's 255
 * characters, its parentheses and quotes balanced. Anything else is a programming error
 * in the plan, thrown before either writer sends anything.
 */
export function checkValidationFormula(formula: string): void {
  if (!formula.startsWith("=") || formula.length < 2) throw new Error(`Validation formula must start with "=": "${formula}"`);
  if (formula.length > MAX_VALIDATION_FORMULA)
    throw new Error(`Validation formula over ${MAX_VALIDATION_FORMULA} characters: "${formula}"`);
  let depth = 0;
  let quoted = false;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")" && --depth < 0) break;
  }
  if (depth !== 0 || quoted) throw new Error(`Validation formula with unbalanced parentheses or quotes: "${formula}"`);
}

/** Characters of an inline dropdown list ("Ja,Nej"): Excel stores at most 255. */
export const MAX_INLINE_LIST_CHARS = 255;

/**
 * An inline dropdown list as Excel stores it, items joined by commas: "Planerad,Genomförd,Inställd".
 * Excel separates items by commas and keeps at most 255 characters, so an item with a comma or a longer
 * list cannot be an inline list (the plan must give a source range instead): a programming error in the
 * plan, thrown before either writer sends anything. The one owner of the rule for both writers.
 */
export function inlineList(items: readonly string[]): string {
  for (const item of items) {
    if (item.includes(",")) throw new Error(`Inline list item contains a comma: "${item}"`);
  }
  const list = items.join(",");
  if (list.length > MAX_INLINE_LIST_CHARS) {
    throw new Error(`Inline list of ${list.length} characters is longer than Excel's ${MAX_INLINE_LIST_CHARS}; use a source range`);
  }
  return list;
}

/** "12 345": the counts in the notes, as Swedes write them. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** The note that ends a text cut to fit its cell. */
function cutTextNote(leftOut: number): string {
  return ` … [avkortad: ${grouped(leftOut)} tecken till fick inte plats i cellen]`;
}

/** The note that ends a list cut to fit its cell. */
export function cutListNote(leftOut: number): string {
  return ` … och ${grouped(leftOut)} till som inte fick plats i cellen`;
}

/** Where to cut `text` at or before `at` without splitting a surrogate pair (an emoji). */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The text itself when it fits `limit`, else its start and a note of how many characters were left out. */
export function fitCellText(text: string, limit: number = MAX_CELL_CHARS): string {
  if (text.length <= limit) return text;
  // The note's own length depends on the count it states; one more digit at most moves the cut once more.
  let keep = limit - cutTextNote(text.length).length;
  keep = safeCut(text, Math.max(0, keep));
  return `${text.slice(0, keep)}${cutTextNote(text.length - keep)}`;
}

/** A cell's value within the limit: strings cut by `fitCellText`, every other value as it is. */
export function fitCellValue(value: Cell): Cell {
  return typeof value === "string" && value.length > MAX_CELL_CHARS ? fitCellText(value) : value;
}

/**
 * Items joined by `separator`, as many whole items as fit `limit` followed by
 * a note saying how many were left out ("… och 1 204 till som inte fick
 * plats i cellen"). An item longer than the cell on its own is cut too.
 */
export function joinWithin(items: readonly string[], separator: string, limit: number = MAX_CELL_CHARS): string {
  const whole = items.join(separator);
  if (whole.length <= limit) return whole;
  let length = 0;
  let kept = 0;
  for (const item of items) {
    const added = (kept > 0 ? separator.length : 0) + item.length;
    // Room for the longest note this list can need.
    if (length + added + cutListNote(items.length).length > limit) break;
    length += added;
    kept++;
  }
  if (kept === 0) return fitCellText(items[0] ?? "", limit - cutListNote(items.length - 1).length) + cutListNote(items.length - 1);
  return `${items.slice(0, kept).join(separator)}${cutListNote(items.length - kept)}`;
}

/** Cells of a plan past the limit, as "A1" addresses (for tests and checks). */
export function cellsOverLimit(plan: SheetPlan): string[] {
  const over: string[] = [];
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string" && v.length > MAX_CELL_CHARS) over.push(`R${r + 1}C${c + 1}`);
    }),
  );
  return over;
}

/**
 * The plan with every string cell within the limit and no row taller than
 * Excel allows (cut in place: plans are their builder's own).
 */
export function fitPlanToExcel(plan: SheetPlan): SheetPlan {
  for (let r = 0; r < plan.values.length; r++) {
    const row = plan.values[r]!;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.length > MAX_CELL_CHARS) row[c] = fitCellText(v);
    }
  }
  for (const r of plan.rows) if (r.height > MAX_ROW_HEIGHT) r.height = MAX_ROW_HEIGHT;
  return plan;
}
