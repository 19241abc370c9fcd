/** The `pledge` commands, testable without a process: output goes through `io`. */
import { runCheck } from "../app/check";
import { isoFromSerial, serialFromDate } from "../core/date";
import type { Finding } from "../core/findings";
import { SEVERITY_WORDS } from "../core/messages/severity-words";
import { periodLabel } from "../core/period";
import { redactPersonalData } from "../core/personal-data";
import { UnreadableWorkbookError } from "../xlsx/errors";
import { parseArgs, type Command, USAGE, UsageError } from "./args";
import { CliError, type CommandRunner, type Io } from "./io";
import { openRegister } from "./register-file";

const SEVERITY_SV = SEVERITY_WORDS.sv.one;

/** The JSON shape DOMAIN.md specifies for one finding. */
export function findingJson(f: Finding) {
  return { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
}

const runCheckCommand: CommandRunner<Extract<Command, { name: "check" }>> = async (cmd, io) => {
  const port = await openRegister(cmd.file);
  const today = cmd.today ?? serialFromDate(io.now);
  const result = await runCheck(port, { today, tertial: cmd.tertial ?? undefined });
  if (cmd.json) {
    io.stdout(`${JSON.stringify({ findings: result.findings.map(findingJson), counts: result.counts })}\n`);
  } else {
    const t = result.tertial ? periodLabel(result.tertial) : "–";
    io.stdout(`Kontroll av ${cmd.file} (tertial ${t}, dag ${isoFromSerial(today)})\n`);
    for (const f of result.findings) {
      // A tab named with an e-mail address or a phone number is not quoted back (as in Kontroll); JSON keeps the name, to find the sheet.
      const place = redactPersonalData(f.cell ? `${f.sheet}!${f.cell}` : f.sheet);
      io.stdout(`${SEVERITY_SV[f.severity].padEnd(8)} ${place.padEnd(26)} ${f.code.padEnd(22)} ${f.message}\n`);
    }
    const { error, warning, info } = result.counts;
    const r = result.register;
    io.stdout(
      `${error} fel, ${warning} varningar, ${info} info. ${r.excludedRows} av ${r.totalRows} rader på parternas flikar utelämnade på grund av fel.\n`,
    );
  }
  return result.counts.error > 0 ? 1 : 0;
};

const runHelp: CommandRunner<Command> = async (_cmd, io) => {
  io.stdout(`${USAGE}\n`);
  return 0;
};

/** Loads a command's runner: an `import()` of its module, or the runner itself for those in this module. */
type CommandLoader<N extends Command["name"]> = () => Promise<CommandRunner<Extract<Command, { name: N }>>>;

/**
 * Every command by name. `check` (and `help`) live in this module, which node loads at
 * start, so the check starts with only the reader and the core. Every other command is
 * loaded by `import()` when it runs; in the bundle it is a chunk of its own, and what only
 * it uses (excelts for the reports) is never loaded by `pledge check`. A new command is its
 * arguments in args.ts, a module that exports its runner, and one line here (the type
 * refuses a command without one):
 *
 *     publish: () => import("./publish").then((m) => m.runPublish),
 */
const COMMANDS: { [N in Command["name"]]: CommandLoader<N> } = {
  help: async () => runHelp,
  check: async () => runCheckCommand,
  trends: () => import("./trends").then((m) => m.runTrends),
  reminders: () => import("./reminders").then((m) => m.runReminders),
  report: () => import("./commands").then((m) => m.runReport),
  next: () => import("./next").then((m) => m.runNext),
  publish: () => import("./publish").then((m) => m.runPublish),
  init: () => import("./commands").then((m) => m.runInit),
  demo: () => import("./commands").then((m) => m.runDemo),
};

/** Runs a command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`${err.message}\n${USAGE}\n`);
      return 2;
    }
    // An --out that names no workbook (`.xls`, a folder): one line.
    if (err instanceof CliError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    // Each loader gives the runner of its own command (the type of COMMANDS says so).
    const run = (await COMMANDS[cmd.name]()) as CommandRunner<Command>;
    return await run(cmd, io);
  } catch (err) {
    if (err instanceof UnreadableWorkbookError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    if (err instanceof CliError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
