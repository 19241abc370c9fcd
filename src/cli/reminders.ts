/** `pledge reminders`: who has something missing for a tertial, and the text to send each of them. */
import { makeReminders } from "../app/reminders";
import { isoFromSerial, serialFromDate } from "../core/date";
import { periodLabel } from "../core/period";
import { type Reminder, remindersJson } from "../core/reminders/reminders";
import type { Command } from "./args";
import { CliError, type Io } from "./io";
import { openRegister } from "./register-file";

const indent = (text: string, by: string) =>
  text
    .split("\n")
    .map((line) => (line === "" ? "" : by + line))
    .join("\n");

function missingWords(r: Reminder): string {
  return [
    ...(r.missingActivities ? ["aktiviteter under tertialen"] : []),
    ...r.missingIndicators.map((i) => `${i.name} för ${periodLabel(i.period)}`),
  ].join(", ");
}

export async function runReminders(cmd: Extract<Command, { name: "reminders" }>, io: Io): Promise<number> {
  const port = await openRegister(cmd.file);
  const today = cmd.today ?? serialFromDate(io.now);
  const result = await makeReminders(port, { today, tertial: cmd.tertial ?? undefined });
  if (!result) throw new CliError({ code: "cli-no-pledge" });
  if (cmd.json) {
    io.stdout(`${JSON.stringify(remindersJson(result))}\n`);
    return 0;
  }
  const t = periodLabel(result.tertial);
  if (result.reminders.length === 0) {
    io.stdout(`Alla parter har rapporterat allt som behövs för ${t}. Ingen påminnelse behövs.\n`);
    return 0;
  }
  io.stdout(`Påminnelser för ${t}, att rapportera senast ${isoFromSerial(result.due)}: ${result.reminders.length} parter saknar något.\n`);
  result.reminders.forEach((r, i) => {
    const to = r.contact ?? "ingen e-postadress (fyll i kolumnen Kontakt på fliken Parter)";
    io.stdout(`\n${i + 1}. ${r.name} (${r.partner}) – ${to}\n`);
    io.stdout(`   Saknas: ${missingWords(r)}\n`);
    if (!r.tabExists) io.stdout(`   Fliken ${r.tab} finns inte i registret: lägg till den innan påminnelsen skickas.\n`);
    io.stdout(`   Ämne: ${r.subject}\n\n${indent(r.text, "   ")}\n`);
  });
  return 0;
}
