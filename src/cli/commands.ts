/** `pledge report`, `init` and `demo`, the commands that write workbooks (and so load excelts): thin calls into the use cases. */
import { basename, join } from "node:path";
import { MemoryPort } from "../app/memory-port";
import { makeFinalReport, makeTertialReport, NoPledgeError } from "../app/report";
import { reportChangeText } from "../core/messages/report-log-sv";
import { WHOLE_PLEDGE } from "../core/report/log/log-layout";
import { registerInputFromGrids } from "../app/register";
import { dateOnDay } from "../core/date";
import { periodLabel } from "../core/period";
import { rowsExcluded } from "../core/swedish-format";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { registerPlans } from "../core/template/register-plans";
import { demoRegister } from "../demo/demo-register";
import { renderWorkbook } from "../xlsx/render-plan";
import type { Command } from "./args";
import { CliError, type Io } from "./io";
import { openRegister } from "./register-file";
import { ensureFolder, planOutput, type PlannedOutput, writeOutput } from "./safe-output";

async function writePlans(target: PlannedOutput, plans: SheetPlan[]): Promise<void> {
  await writeOutput(target, await renderWorkbook(plans));
}

/**
 * `pledge report`: the output is checked before the register is read (a report never
 * goes over its input, nor over another file without --force) and again as it is written.
 */
export async function runReport(cmd: Extract<Command, { name: "report" }>, io: Io): Promise<number> {
  const target = await planOutput(cmd.out, { inputs: [cmd.file], force: cmd.force });
  const port = await openRegister(cmd.file);
  try {
    // `--today`: that day at the present time of day, so the report is dated and checked as if made then.
    const now = cmd.today === null ? io.now : dateOnDay(cmd.today, io.now);
    const outcome = cmd.final
      ? await makeFinalReport(port, { now, newWorkbook: true })
      : await makeTertialReport(port, { now, tertial: cmd.tertial ?? undefined, newWorkbook: true });
    await writePlans(target, outcome.plans);
    if (cmd.json) {
      io.stdout(
        `${JSON.stringify({ out: cmd.out, sheet: outcome.sheet, kontrollSheet: outcome.kontrollSheet, kortversion: outcome.kortversion, fingerprint: outcome.fingerprint, counts: outcome.check.counts, changedSince: outcome.change ? { data: outcome.change.previous.data, sheet: outcome.change.previous.sheet, tabs: outcome.change.tabs } : null })}\n`,
      );
    } else {
      const names = outcome.plans.map((p) => p.name);
      const sheets = `${names.slice(0, -1).join(", ")} och ${names[names.length - 1]}`;
      // The register's Rapportlogg says the period was reported before on other data: say what changed.
      const change = outcome.change
        ? `\n${reportChangeText(outcome.change, cmd.final ? WHOLE_PLEDGE : periodLabel(outcome.check.tertial!))} Rapporten som skickades då finns kvar i registret; rapportloggen i ${cmd.out} har båda gångerna.\n`
        : "";
      io.stdout(`Skrev ${cmd.out} med flikarna ${sheets} (data ${outcome.fingerprint}).\n${change}\n${outcome.kortversion}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof NoPledgeError) throw new CliError(err.shown ?? err.message);
    throw err;
  }
}

export async function runInit(cmd: Extract<Command, { name: "init" }>, io: Io): Promise<number> {
  const target = await planOutput(cmd.out, { force: cmd.force });
  await writePlans(target, registerPlans());
  io.stdout(
    `Skrev ett tomt register till ${cmd.out}: flikarna Löfte, Parter, Åtgärder och Indikatorer. Fyll i dem och lägg till en flik per part.\n`,
  );
  return 0;
}

/** Each demo file is checked before any is written: files already in the folder stop the run unless --force. */
async function planDemoOutputs(dir: string, paths: string[], force: boolean): Promise<PlannedOutput[]> {
  const planned: PlannedOutput[] = [];
  for (const path of paths) planned.push({ ...(await planOutput(path, { force: true })), force });
  const there = planned.filter((p) => p.replaces);
  if (there.length > 0 && !force) {
    throw new CliError({ code: "demo-files-exist", params: { path: dir, first: basename(there[0]!.path), more: there.length - 1 } });
  }
  return planned;
}

/** The demo register for Skäggetorp, its check and its reports, written to `dir`. */
export async function runDemo(cmd: Extract<Command, { name: "demo" }>, io: Io): Promise<number> {
  const { dir } = cmd;
  const grids = demoRegister();
  // The reports go to files of their own: nothing is written back into the register.
  const port = new MemoryPort(grids);
  const report = await makeTertialReport(port, { now: io.now, newWorkbook: true });
  const final = await makeFinalReport(port, { now: io.now, withKontroll: false, newWorkbook: true });
  const registerPath = join(dir, "skaggetorp-register.xlsx");
  const reportPath = join(dir, `skaggetorp-rapport-${periodLabel(report.check.tertial!).replace(" ", "-")}.xlsx`);
  const finalPath = join(dir, "skaggetorp-slutrapport.xlsx");
  await ensureFolder(dir);
  const [registerOut, reportOut, finalOut] = await planDemoOutputs(dir, [registerPath, reportPath, finalPath], cmd.force);
  await writePlans(registerOut!, registerPlans(registerInputFromGrids(grids)));
  await writePlans(reportOut!, report.plans);
  await writePlans(finalOut!, final.plans);
  const { error, warning, info } = report.check.counts;
  io.stdout(
    [
      `Demoregistret för Skäggetorp: ${registerPath}`,
      `Kontroll: ${error} fel, ${warning} varningar, ${info} info (${rowsExcluded(report.check.register.excludedRows)}).`,
      `Tertialrapport: ${reportPath} (fliken ${report.sheet}, data ${report.fingerprint})`,
      `Slutrapport: ${finalPath}`,
      "",
      "Kortversion:",
      report.kortversion,
      "",
    ].join("\n"),
  );
  return 0;
}
