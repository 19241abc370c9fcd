/**
 * Errors the .xlsx adapter throws at people (as opposed to programming errors,
 * which are plain `Error`s): codes of the catalogue (`src/core/messages/errors.ts`)
 * with their parameters, so the text comes from one catalogue per language. The
 * command line prints the Swedish line and exits 2.
 */
import { ShownError } from "../app/shown-error";
import type { ErrorParamsOf, PartProblem, ShownMessage } from "../core/messages/errors";

export type { PartProblem } from "../core/messages/errors";

/** The codes an unreadable file is shown with. */
type UnreadableMessage = Extract<
  ShownMessage,
  {
    code:
      | "unreadable-workbook"
      | "workbook-is-ods"
      | "workbook-is-xlsb"
      | "input-not-a-file"
      | "input-too-large"
      | "part-unreadable"
      | "uncached-formulas"
      | "too-many-cells";
  }
>;

/**
 * The file is not a readable .xlsx workbook: random bytes, a .csv or text file,
 * an empty file, an encrypted (password-protected) workbook, a zip without a
 * workbook, or a workbook with a part that cannot be read (the message then says
 * which tab). The library's own error, if any, is kept as `cause` for logs, never shown.
 */
export class UnreadableWorkbookError extends ShownError {
  constructor(message: UnreadableMessage = { code: "unreadable-workbook" }, options?: { cause?: unknown }) {
    super(message);
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** A part of the package that cannot be read; `readWorkbook` turns it into an `UnreadableWorkbookError` naming the tab. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly problem: PartProblem,
    options?: { cause?: unknown },
  ) {
    super(`${part}: ${problem.kind}${problem.kind === "damaged" ? ` (${problem.damage.kind})` : ""}`);
    this.name = "PartError";
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The error for a part that cannot be read: a tab by its name, other parts by what they hold. */
export function unreadablePart(params: ErrorParamsOf["part-unreadable"], cause?: unknown): UnreadableWorkbookError {
  return new UnreadableWorkbookError({ code: "part-unreadable", params }, cause === undefined ? undefined : { cause });
}
