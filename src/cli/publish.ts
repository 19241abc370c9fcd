/**
 * `pledge publish FILE --tertial T --out DIR` (or `--final`): what the public reads,
 * written to DIR: the page `index.html`, the images for social media
 * (`bild-1080x1080.png`, `bild-1200x675.png`) and their text alternative `bildtext.txt`. DIR is created when it is not there. Only these
 * files are written: anything else in DIR is left as it is, and a file of the
 * same name is replaced only with --force (never the register itself).
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { makePublication } from "../app/publish";
import { NoPledgeError } from "../app/report";
import { dateOnDay } from "../core/date";
import type { Command } from "./args";
import { CliError, type Io } from "./io";
import { SOCIAL_FILES, socialImages } from "./social-png";
import { openRegister } from "./register-file";
import { ensureFolder, planOutput, type PlannedOutput, writeOutput } from "./safe-output";

/** The files `pledge publish` writes into its folder, in the order it writes them. */
export const PUBLISHED_FILES = ["index.html", SOCIAL_FILES.square, SOCIAL_FILES.wide, SOCIAL_FILES.bildtext] as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Every file is checked before the register is read: files already in the folder stop the run unless --force. */
async function planFiles(dir: string, inputs: readonly string[], force: boolean): Promise<PlannedOutput[]> {
  if (await isFile(dir)) throw new CliError({ code: "publish-out-is-file", params: { path: dir, example: "publicerat" } });
  const planned: PlannedOutput[] = [];
  for (const name of PUBLISHED_FILES) planned.push({ ...(await planOutput(join(dir, name), { inputs, force: true })), force });
  const there = planned.filter((p) => p.replaces);
  if (there.length > 0 && !force) {
    const first = PUBLISHED_FILES[planned.indexOf(there[0]!)]!;
    throw new CliError({ code: "publish-files-exist", params: { path: dir, first, more: there.length - 1 } });
  }
  return planned;
}

export async function runPublish(cmd: Extract<Command, { name: "publish" }>, io: Io): Promise<number> {
  const [page, square, wide, bildtext] = await planFiles(cmd.out, [cmd.file], cmd.force);
  const port = await openRegister(cmd.file);
  const now = cmd.today === null ? io.now : dateOnDay(cmd.today, io.now);
  let outcome;
  try {
    outcome = await makePublication(port, { now, tertial: cmd.tertial ?? undefined, final: cmd.final });
  } catch (err) {
    if (err instanceof NoPledgeError) throw new CliError(err.shown ?? err.message);
    throw err;
  }
  const { model } = outcome;
  const images = await socialImages({ model: outcome.report, minCount: model.minCount, address: cmd.address });
  await ensureFolder(cmd.out);
  await writeOutput(page!, new TextEncoder().encode(outcome.html));
  await writeOutput(square!, images.square);
  await writeOutput(wide!, images.wide);
  await writeOutput(bildtext!, new TextEncoder().encode(images.bildtext));
  const hidden = model.notes.length > 1 ? " Siffror som annars skulle avslöja ett litet antal visas inte." : "";
  io.stdout(
    [
      `Skrev sidan för ${outcome.period === "Hela löftet" ? "hela löftet" : outcome.period} till ${page!.path} (data ${outcome.fingerprint}).`,
      `Bilder för sociala medier: ${square!.path} och ${wide!.path}, med bildtexten i ${bildtext!.path}.`,
      `Antal under ${model.minCount} visas som "färre än ${model.minCount}".${hidden} Sidan är fristående: lägg upp den som den är, den hämtar inget utifrån.`,
      "",
      model.title,
      ...model.summary,
      "",
    ].join("\n"),
  );
  return 0;
}
