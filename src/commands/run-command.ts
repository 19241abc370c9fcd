/**
 * What the ribbon buttons do, apart from Office: "Kontrollera" writes the
 * Kontroll sheet; "Tertialrapport" writes the report of the latest tertial that
 * has ended. Never throws: the caller must always signal Office that it is done.
 */
import type { WorkbookPort } from "../app/port";
import { makeTertialReport, NoPledgeError, writeKontroll } from "../app/report";
import { serialFromDate } from "../core/date";
import { SHEET_NAMES } from "../core/register/layout";
import { readRegister } from "../core/register/read-register";
import { latestEndedTertial } from "../taskpane/ended-tertial";

export type CommandName = "checkRegister" | "makeCurrentReport";

export interface CommandOutcome {
  ok: boolean;
  /** The sheet written, when it went well. */
  sheet: string | null;
  /** One line for the log: what was done, or the error's message. */
  message: string;
}

export interface CommandLog {
  info(message: string): void;
  error(message: string): void;
}

export async function checkCommand(port: WorkbookPort, now: Date): Promise<string> {
  return (await writeKontroll(port, { now })).sheet;
}

export async function reportCommand(port: WorkbookPort, now: Date): Promise<string> {
  // Only the pledge sheet is needed to pick the tertial; the report reads everything itself.
  const pledge = readRegister(await port.readSheets([SHEET_NAMES.lofte])).pledge;
  const tertial = pledge ? latestEndedTertial(pledge, serialFromDate(now)) : null;
  if (!tertial) throw new NoPledgeError();
  return (await makeTertialReport(port, { tertial, now })).sheet;
}

const COMMANDS: Record<CommandName, (port: WorkbookPort, now: Date) => Promise<string>> = {
  checkRegister: checkCommand,
  makeCurrentReport: reportCommand,
};

export async function runCommand(name: CommandName, port: WorkbookPort, now: Date, log: CommandLog = console): Promise<CommandOutcome> {
  try {
    const sheet = await COMMANDS[name](port, now);
    const message = `${name}: fliken ${sheet} är skriven.`;
    log.info(message);
    return { ok: true, sheet, message };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(`${name}: ${message}`);
    return { ok: false, sheet: null, message };
  }
}
