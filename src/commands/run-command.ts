/**
 * What the ribbon buttons do, apart from Office: "Kontrollera" writes the
 * Kontroll sheet; "Tertialrapport" writes the report of the latest tertial that
 * has ended. Never throws: the caller must always signal Office that it is done,
 * and the outcome says what the person should be told (see `command-notice.ts`).
 */
import type { WorkbookPort } from "../app/port";
import { NotRegisterError } from "../app/not-register";
import { makeTertialReport, NoPledgeError, writeKontroll } from "../app/report";
import { ShownError } from "../app/shown-error";
import type { ShownMessage } from "../core/messages/errors";

export type CommandName = "checkRegister" | "makeCurrentReport";

/** A sheet that got another name because a person's sheet had the wanted one. */
export interface Renamed {
  wanted: string;
  sheet: string;
}

export type CommandOutcome =
  /** The sheet was written (and activated); `renamed` lists names that were taken. */
  | { kind: "written"; sheet: string; renamed: Renamed[] }
  /** None of the register's own sheets is there: nothing was written. */
  | { kind: "not-register" }
  /** The Löfte sheet lacks a readable name or validity, so no tertial can be picked. */
  | { kind: "no-pledge" }
  /** Excel stayed in cell-edit mode through every retry. */
  | { kind: "excel-busy" }
  /** Any other error written for the person (what happened, what to do): `message` in Swedish, `error` its code to show in the notice's language. */
  | { kind: "shown"; message: string; error?: ShownMessage }
  /** Anything else; `detail` is the error's first line, never a stack. */
  | { kind: "failed"; detail: string };

type Written = Extract<CommandOutcome, { kind: "written" }>;

export interface CommandLog {
  info(message: string): void;
  error(message: string): void;
}

export interface CommandOptions {
  log?: CommandLog;
  /** Excel's "busy editing a cell" error (ExcelBusyError in Excel), told apart from other failures. */
  isExcelBusy?: (error: unknown) => boolean;
}

// The use cases read the workbook once and, in a workbook with none of the register's sheets,
// write nothing (`onlyInRegister`): the ribbon only wires them to Office.
export async function checkCommand(port: WorkbookPort, now: Date): Promise<Written> {
  const out = await writeKontroll(port, { now, onlyInRegister: true });
  return { kind: "written", sheet: out.sheet, renamed: out.wantedName ? [{ wanted: out.wantedName, sheet: out.sheet }] : [] };
}

export async function reportCommand(port: WorkbookPort, now: Date): Promise<Written> {
  // The report's default tertial: the latest that has ended (src/app/default-tertial.ts).
  const out = await makeTertialReport(port, { now, onlyInRegister: true });
  const renamed: Renamed[] = [];
  if (out.wantedName) renamed.push({ wanted: out.wantedName, sheet: out.sheet });
  if (out.kontrollWantedName && out.kontrollSheet) renamed.push({ wanted: out.kontrollWantedName, sheet: out.kontrollSheet });
  return { kind: "written", sheet: out.sheet, renamed };
}

const COMMANDS: Record<CommandName, (port: WorkbookPort, now: Date) => Promise<Written>> = {
  checkRegister: checkCommand,
  makeCurrentReport: reportCommand,
};

function failure(error: unknown, options: CommandOptions): CommandOutcome {
  if (error instanceof NotRegisterError) return { kind: "not-register" };
  if (error instanceof NoPledgeError) return { kind: "no-pledge" };
  if (options.isExcelBusy?.(error)) return { kind: "excel-busy" };
  if (error instanceof ShownError) {
    return error.shown ? { kind: "shown", message: error.message, error: error.shown } : { kind: "shown", message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "failed", detail: (message.split("\n")[0] ?? "").trim() };
}

export async function runCommand(name: CommandName, port: WorkbookPort, now: Date, options: CommandOptions = {}): Promise<CommandOutcome> {
  const log = options.log ?? console;
  try {
    const outcome = await COMMANDS[name](port, now);
    log.info(`${name}: fliken ${outcome.sheet} är skriven.`);
    return outcome;
  } catch (error) {
    const outcome = failure(error, options);
    log.error(`${name}: ${outcome.kind}${outcome.kind === "failed" ? `: ${outcome.detail}` : ""}`);
    return outcome;
  }
}
