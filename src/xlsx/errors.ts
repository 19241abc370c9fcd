/**
 * Errors the .xlsx adapter throws at people (as opposed to programming errors,
 * which are plain `Error`s). Each is one line in Swedish that says what to do;
 * the command line prints it and exits 2.
 */
import { megabytes } from "./read-limits";

/** Shown when the bytes are not a workbook we can read; one line, in Swedish. */
export const UNREADABLE_WORKBOOK_MESSAGE =
  "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.";

const RESAVE = "Öppna filen i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.";

/**
 * The file is not a readable .xlsx workbook: random bytes, a .csv or text file,
 * an empty file, an encrypted (password-protected) workbook, a zip without a
 * workbook, or a workbook with a part that cannot be read (the message then says
 * which tab). The library's own error, if any, is kept as `cause` for logs, never shown.
 */
export class UnreadableWorkbookError extends Error {
  constructor(options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? UNREADABLE_WORKBOOK_MESSAGE);
    this.name = "UnreadableWorkbookError";
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** Why one part of the package cannot be read. */
export type PartProblem =
  | { kind: "missing" }
  | { kind: "damaged"; detail: string }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "bomb"; bytes: number; packed: number }
  | { kind: "unsupported"; detail: string };

/** A part of the package that cannot be read; `readWorkbook` turns it into an `UnreadableWorkbookError` naming the tab. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly problem: PartProblem,
    options?: { cause?: unknown },
  ) {
    super(`${part}: ${problem.kind}${"detail" in problem ? ` (${problem.detail})` : ""}`);
    this.name = "PartError";
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The one line for a part that cannot be read: a tab by its name, other parts by what they hold. */
export function partMessage(problem: PartProblem, what: { tab: string } | { part: string; holds: string }): string {
  const subject = "tab" in what ? `Fliken ${what.tab}` : `Delen ${what.part} (${what.holds})`;
  switch (problem.kind) {
    case "missing":
      return `${subject} går inte att läsa: den saknas i filen, som alltså är skadad. ${RESAVE}`;
    case "damaged":
      return `${subject} går inte att läsa: filen är skadad där (${problem.detail}). ${RESAVE}`;
    case "unsupported":
      return `${subject} går inte att läsa: ${problem.detail}. ${RESAVE}`;
    case "too-large":
      return `${subject} är för stor att läsa: ${megabytes(problem.bytes)} uppackad, och pledge läser högst ${megabytes(problem.limit)} (se docs/limits.md). Dela upp registret på fler flikar eller filer.`;
    case "bomb":
      return `${subject} går inte att läsa: den packas upp till ${megabytes(problem.bytes)} ur ${megabytes(problem.packed)}, vilket ingen vanlig arbetsbok gör; filen är skadad eller gjord för att fylla minnet. ${RESAVE}`;
  }
}
