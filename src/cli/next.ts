/** `pledge next`: the register for the next pledge, written to a new file; the old register is only read. */
import { makeNextPledge, NextPledgeError } from "../app/next-pledge";
import { isoFromSerial, serialFromDate } from "../core/date";
import type { Cell } from "../core/cell";
import { formatAutoSv } from "../core/swedish-format";
import { renderWorkbook } from "../xlsx/render-plan";
import type { Command } from "./args";
import { CliError, type Io } from "./io";
import { openRegister } from "./register-file";
import { planOutput, writeOutput } from "./safe-output";

const shown = (v: Cell): string => (typeof v === "number" ? formatAutoSv(v) : v === null ? "–" : String(v));

export async function runNext(cmd: Extract<Command, { name: "next" }>, io: Io): Promise<number> {
  // The output is judged before the register is read: never the input, never an existing file without --force.
  const target = await planOutput(cmd.out, { inputs: [cmd.file], force: cmd.force });
  const port = await openRegister(cmd.file);
  let outcome;
  try {
    outcome = await makeNextPledge(port, { today: cmd.today ?? serialFromDate(io.now), next: { validFrom: cmd.from, validTo: cmd.to } });
  } catch (err) {
    if (err instanceof NextPledgeError) throw new CliError(err.shown ?? err.message);
    throw err;
  }
  await writeOutput(target, await renderWorkbook(outcome.plans));
  const { counts, baselines } = outcome;
  const lines = [
    `Skrev ${cmd.out}: registret för nästa löfte, ${isoFromSerial(cmd.from)}–${isoFromSerial(cmd.to)}, med ${counts.partners} parter (${counts.tabs} tomma flikar), ${counts.measures} åtgärder och ${counts.indicators} indikatorer.`,
    `Utgångsvärden (senaste värdet i löftet ${isoFromSerial(outcome.old.validFrom)}–${isoFromSerial(outcome.old.validTo)}); målvärdena är tomma och sätts på nytt:`,
    ...baselines.map(
      (b) =>
        `  ${b.id} ${b.name}: ${shown(b.value)}${b.period ? ` (${b.period})` : ""}${b.source === "kept" ? " – inget värde i löftet, det gamla utgångsvärdet står kvar" : ""}`,
    ),
  ];
  if (outcome.errors > 0) {
    lines.push(
      `Obs: registret har ${outcome.errors} fel; rader med fel räknades inte in i utgångsvärdena. Kör pledge check ${cmd.file} för att se dem.`,
    );
  }
  lines.push("Kontrollera Namn, Diarienummer och åtgärdernas status på flikarna Löfte och Åtgärder innan arbetet börjar.");
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}
