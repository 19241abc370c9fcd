/** `pledge trends`: each indicator's latest value, direction and status. */
import { runTrends as trendsUseCase } from "../app/trends";
import { serialFromDate } from "../core/date";
import { periodLabel } from "../core/period";
import { trendsJson } from "../core/trends/trends-json";
import type { Command } from "./args";
import { CliError, type Io } from "./io";
import { openRegister } from "./register-file";

export async function runTrends(cmd: Extract<Command, { name: "trends" }>, io: Io): Promise<number> {
  const port = await openRegister(cmd.file);
  const today = cmd.today ?? serialFromDate(io.now);
  const outcome = await trendsUseCase(port, { today, tertial: cmd.tertial ?? undefined });
  if (!outcome) throw new CliError({ code: "cli-no-pledge" });
  const { trends } = outcome;
  if (cmd.json) {
    io.stdout(`${JSON.stringify(trendsJson(trends))}\n`);
    return 0;
  }
  io.stdout(`Indikatorer ${periodLabel(trends.tertial)}\n`);
  for (const t of trends.indicators) {
    const v = t.value === null ? "–" : String(t.value).replace(".", ",");
    io.stdout(
      `${t.id.padEnd(6)} ${t.name.slice(0, 44).padEnd(45)} ${periodLabel(t.period).padEnd(8)} ${v.padStart(8)}  ${t.direction.padEnd(10)} ${t.status}\n`,
    );
  }
  return 0;
}
