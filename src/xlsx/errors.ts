/**
 * Errors the .xlsx adapter throws at people (as opposed to programming errors,
 * which are plain `Error`s).
 */

/** Shown when the bytes are not a workbook we can read; one line, in Swedish. */
export const UNREADABLE_WORKBOOK_MESSAGE =
  "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.";

/**
 * The file is not a readable .xlsx workbook: random bytes, a .csv or text file,
 * an empty file, an encrypted (password-protected) workbook, a zip without a workbook.
 * The library's own error, if any, is kept as `cause` for logs, never shown.
 */
export class UnreadableWorkbookError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(UNREADABLE_WORKBOOK_MESSAGE);
    this.name = "UnreadableWorkbookError";
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
