/**
 * The `pledge` command line, parsed into a typed command. Bad usage gives a
 * Swedish message that says what to type instead (exit 2), never a stack trace.
 */
import { ShownError } from "../app/shown-error";
import { serialFromIso } from "../core/date";
import { parsePeriod, type TertialPeriod } from "../core/period";
import { xlsxPath } from "./safe-output";

export type Command =
  | { name: "check"; file: string; json: boolean; today: number | null; tertial: TertialPeriod | null }
  | { name: "trends"; file: string; json: boolean; today: number | null; tertial: TertialPeriod | null }
  | {
      name: "report";
      file: string;
      out: string;
      final: boolean;
      today: number | null;
      tertial: TertialPeriod | null;
      json: boolean;
      force: boolean;
    }
  | { name: "reminders"; file: string; json: boolean; today: number | null; tertial: TertialPeriod | null }
  | { name: "next"; file: string; from: number; to: number; out: string; force: boolean; today: number | null }
  | {
      name: "publish";
      file: string;
      out: string;
      final: boolean;
      tertial: TertialPeriod | null;
      today: number | null;
      force: boolean;
      /** The published page's address, shown on the images (`--address`); null: none. */
      address: string | null;
    }
  | { name: "init"; out: string; force: boolean }
  | { name: "demo"; dir: string; force: boolean }
  | { name: "help" };

/** Arguments the command line cannot run: the line, then the usage. */
export class UsageError extends ShownError {}

export const USAGE = `Användning:
  pledge check FIL.xlsx [--json] [--today ÅÅÅÅ-MM-DD] [--tertial "T2 2025"]
  pledge trends FIL.xlsx --tertial "T2 2025" [--json]
  pledge report FIL.xlsx --tertial "T2 2025" --out RAPPORT.xlsx [--final] [--today ÅÅÅÅ-MM-DD] [--force]
  pledge final FIL.xlsx --out SLUTRAPPORT.xlsx [--force]
  pledge reminders FIL.xlsx [--tertial "T2 2025"] [--json] [--today ÅÅÅÅ-MM-DD]
  pledge publish FIL.xlsx [--tertial "T2 2025" | --final] --out MAPP [--address kommunen.se/trygghet] [--today ÅÅÅÅ-MM-DD] [--force]
  pledge next FIL.xlsx --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out NYTT-REGISTER.xlsx [--force]
  pledge init NYTT-REGISTER.xlsx [--force]
  pledge demo [MAPP] [--force]
Ingen fil skrivs över: inte registret som läses, och inte en fil som finns (--force ersätter en sådan, aldrig registret).`;

function takeValue(args: string[], i: number, flag: string): string {
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new UsageError({ code: "usage-needs-value", params: { flag } });
  return v;
}

export function parseArgs(argv: readonly string[]): Command {
  const args = [...argv];
  const name = args.shift();
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return { name: "help" };
  const positional: string[] = [];
  let json = false;
  let final = name === "final";
  let today: number | null = null;
  let tertial: TertialPeriod | null = null;
  let out: string | null = null;
  let force = false;
  let address: string | null = null;
  const dates: { from: number | null; to: number | null } = { from: null, to: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--json") json = true;
    else if (a === "--final") final = true;
    else if (a === "--force") force = true;
    else if (a === "--today") {
      const v = takeValue(args, i++, a);
      today = serialFromIso(v);
      if (today === null) throw new UsageError({ code: "usage-not-a-date", params: { flag: a, typed: v, example: "2025-09-05" } });
    } else if (a === "--tertial") {
      const v = takeValue(args, i++, a);
      const p = parsePeriod(v);
      if (!p || p.kind !== "tertial") throw new UsageError({ code: "usage-not-a-tertial", params: { flag: a, typed: v } });
      tertial = p;
    } else if (a === "--from" || a === "--to") {
      const v = takeValue(args, i++, a);
      const serial = serialFromIso(v);
      if (serial === null) throw new UsageError({ code: "usage-not-a-date", params: { flag: a, typed: v, example: "2026-01-01" } });
      dates[a === "--from" ? "from" : "to"] = serial;
    } else if (a === "--out") out = takeValue(args, i++, a);
    else if (a === "--address") address = takeValue(args, i++, a).trim() || null;
    else if (a.startsWith("--")) throw new UsageError({ code: "usage-unknown-flag", params: { flag: a } });
    else positional.push(a);
  }
  const file = positional[0];
  switch (name) {
    case "check":
    case "trends":
    case "reminders":
      if (!file) throw new UsageError({ code: "usage-no-register", params: { command: name } });
      return { name, file, json, today, tertial };
    case "report":
    case "final":
      if (!file) throw new UsageError({ code: "usage-no-report-register" });
      if (!out) throw new UsageError({ code: "usage-no-report-out" });
      return { name: "report", file, out: xlsxPath(out, file), final, today, tertial, json, force };
    case "next":
      if (!file) throw new UsageError({ code: "usage-no-next-register" });
      if (dates.from === null || dates.to === null) throw new UsageError({ code: "usage-no-next-dates" });
      if (!out) throw new UsageError({ code: "usage-no-next-out" });
      return { name: "next", file, from: dates.from, to: dates.to, out: xlsxPath(out, file), force, today };
    case "publish":
      if (!file) throw new UsageError({ code: "usage-no-publish-register" });
      if (!out) throw new UsageError({ code: "usage-no-publish-out" });
      if (final && tertial) throw new UsageError({ code: "usage-publish-tertial-and-final" });
      return { name: "publish", file, out, final, tertial, today, force, address };
    case "init":
      if (!file) throw new UsageError({ code: "usage-no-init-file" });
      return { name: "init", out: xlsxPath(file), force };
    case "demo":
      return { name: "demo", dir: file ?? "demo", force };
    default:
      throw new UsageError({ code: "usage-unknown-command", params: { command: name } });
  }
}
