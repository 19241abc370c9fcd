/** The `pledge` commands, testable without a process: output goes through `io`. */
import { runCheck } from "../app/check";
import { MemoryPort } from "../app/memory-port";
import { isoFromSerial, serialFromDate } from "../core/date";
import type { Finding } from "../core/findings";
import { periodLabel } from "../core/period";
import { readWorkbookFile } from "../xlsx/read-file";
import { UnreadableWorkbookError } from "../xlsx/errors";
import { parseArgs, type Command, USAGE, UsageError } from "./args";
import { fsCode, readProblem } from "./cli-texts";
import { CliError, type Io } from "./io";
import { planOutput } from "./safe-output";

/**
 * The commands that write workbooks (and so need excelts) or make reports, loaded
 * only when one of them runs: `pledge check` never loads them (in the bundle
 * they are a chunk of their own, see scripts/build-cli.mjs).
 */
const commands = () => import("./commands");

const SEVERITY_SV = { error: "Fel", warning: "Varning", info: "Info" } as const;

/** The JSON shape DOMAIN.md specifies for one finding. */
export function findingJson(f: Finding) {
  return { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message };
}

async function loadPort(file: string): Promise<MemoryPort> {
  try {
    return new MemoryPort(await readWorkbookFile(file));
  } catch (err) {
    // The file system's own error (ENOENT, EACCES, EIO…) is said in words, never as its code.
    const code = fsCode(err);
    if (code !== null) throw new CliError(readProblem(code, file));
    throw err;
  }
}

async function runCheckCommand(cmd: Extract<Command, { name: "check" }>, io: Io): Promise<number> {
  const port = await loadPort(cmd.file);
  const today = cmd.today ?? serialFromDate(io.now);
  const result = await runCheck(port, { today, tertial: cmd.tertial ?? undefined });
  if (cmd.json) {
    io.stdout(`${JSON.stringify({ findings: result.findings.map(findingJson), counts: result.counts })}\n`);
  } else {
    const t = result.tertial ? periodLabel(result.tertial) : "–";
    io.stdout(`Kontroll av ${cmd.file} (tertial ${t}, dag ${isoFromSerial(today)})\n`);
    for (const f of result.findings) {
      const place = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
      io.stdout(`${SEVERITY_SV[f.severity].padEnd(8)} ${place.padEnd(26)} ${f.code.padEnd(22)} ${f.message}\n`);
    }
    const { error, warning, info } = result.counts;
    const r = result.register;
    io.stdout(
      `${error} fel, ${warning} varningar, ${info} info. ${r.excludedRows} av ${r.totalRows} rader på parternas flikar utelämnade på grund av fel.\n`,
    );
  }
  return result.counts.error > 0 ? 1 : 0;
}

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
    switch (cmd.name) {
      case "help":
        io.stdout(`${USAGE}\n`);
        return 0;
      case "check":
        return await runCheckCommand(cmd, io);
      case "trends":
        return await (await commands()).runTrends(cmd, await loadPort(cmd.file), io);
      case "reminders":
        return await (await import("./reminders")).runReminders(cmd, await loadPort(cmd.file), io);
      case "report": {
        // Before the register is read: a report never goes over it, nor over another file without --force.
        const target = await planOutput(cmd.out, { inputs: [cmd.file], force: cmd.force });
        return await (await commands()).runReport(cmd, await loadPort(cmd.file), io, target);
      }
      case "init":
        return await (await commands()).runInit(cmd, io);
      case "demo":
        return await (await commands()).runDemo(cmd, io);
    }
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
