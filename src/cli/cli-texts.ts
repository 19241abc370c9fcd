/**
 * Every Swedish line the command line says about files: what happened and
 * what to do, with the paths as parameters. One place, so the texts can be
 * folded into the catalogue of error codes as they stand (each key is the
 * code, each function its Swedish rendering). No error code of the file
 * system (`ENOENT`, `EACCES`…) is ever shown.
 */

/** The parameters every file text takes: the path as the person typed it (a suffix added). */
export interface PathParams {
  path: string;
}

export const CLI_TEXTS = {
  /** `--out` is the register read (the same path, a symbolic link or a hard link to it). */
  "output-is-input": (p: PathParams & { input: string; example: string }) =>
    `${p.path} är registret ${p.input} (eller en länk till det), och det skrivs aldrig över. Spara till en ny fil, till exempel --out ${p.example}.`,
  /** The output exists and `--force` was not given. */
  "output-exists": (p: PathParams & { example: string }) =>
    `Filen ${p.path} finns redan och skrivs inte över. Välj ett nytt namn, till exempel ${p.example}, eller lägg till --force för att ersätta den.`,
  /** `pledge demo DIR` over demo files already in DIR. */
  "demo-files-exist": (p: PathParams & { first: string; more: number }) =>
    `Mappen ${p.path} har redan ${p.first}${p.more > 0 ? ` och ${p.more} till av demofilerna` : ""}, som inte skrivs över. Välj en tom mapp, eller lägg till --force för att ersätta demofilerna.`,
  /** `--out` ends in another file type (`.xls`, `.csv`…). */
  "wrong-suffix": (p: PathParams & { suffix: string; example: string }) =>
    `${p.path} slutar på ${p.suffix}, men pledge sparar Excel-arbetsböcker (.xlsx). Skriv filnamnet med .xlsx, till exempel ${p.example}.`,
  /** The output path is a folder. */
  "output-is-folder": (p: PathParams & { example: string }) => `${p.path} är en mapp. Ange ett filnamn i den, till exempel ${p.example}.`,
  /** The output path names no file ("" or a folder separator at the end). */
  "output-without-name": (p: PathParams) =>
    `${p.path === "" ? "Sökvägen" : p.path} saknar ett filnamn. Skriv ett namn som slutar på .xlsx, till exempel RAPPORT.xlsx.`,
  "folder-missing": (p: PathParams & { folder: string }) =>
    `Mappen ${p.folder} finns inte, så ${p.path} kunde inte sparas. Skapa mappen först, eller ange en mapp som finns.`,
  "folder-not-writable": (p: PathParams & { folder: string }) =>
    `Du har inte behörighet att skriva i mappen ${p.folder}, så ${p.path} sparades inte. Välj en mapp du kan skriva i.`,
  "folder-read-only": (p: PathParams & { folder: string }) =>
    `Mappen ${p.folder} går bara att läsa (skrivskyddad enhet), så ${p.path} sparades inte. Välj en annan mapp.`,
  "disk-full": (p: PathParams) =>
    `Det finns inte plats på disken för ${p.path}. Frigör utrymme eller välj en annan enhet och försök igen; ingen befintlig fil har ändrats.`,
  "file-locked": (p: PathParams) => `${p.path} går inte att ersätta just nu, den är kanske öppen i Excel. Stäng filen och försök igen.`,
  "path-through-file": (p: PathParams) => `En del av sökvägen ${p.path} är en fil, inte en mapp. Kontrollera sökvägen.`,
  "name-too-long": (p: PathParams) => `Filnamnet ${p.path} är för långt för filsystemet. Välj ett kortare namn.`,
  "write-failed": (p: PathParams) =>
    `${p.path} kunde inte sparas: filsystemet vägrade skriva. Kontrollera mappen och försök igen; ingen befintlig fil har ändrats.`,
  "folder-not-created": (p: PathParams) => `Mappen ${p.path} kunde inte skapas. Ange en mapp du kan skriva i.`,
  "input-missing": (p: PathParams) => `Filen ${p.path} finns inte. Kontrollera sökvägen och filnamnet.`,
  "input-not-readable": (p: PathParams) => `Filen ${p.path} går inte att öppna: du saknar behörighet att läsa den.`,
  "input-is-folder": (p: PathParams) => `${p.path} är en mapp. Ange registrets .xlsx-fil.`,
  "input-read-failed": (p: PathParams) =>
    `Filen ${p.path} gick inte att läsa från disken. Kontrollera att den finns och att enheten går att nå, och försök igen.`,
} as const;

export type CliTextCode = keyof typeof CLI_TEXTS;

/** The text of a code with its parameters. */
export function cliText<C extends CliTextCode>(code: C, params: Parameters<(typeof CLI_TEXTS)[C]>[0]): string {
  return (CLI_TEXTS[code] as (p: typeof params) => string)(params);
}

/** The file system's error code of an error (`ENOENT`…), or null. */
export function fsCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/** What a failed write says, by the file system's code: never the code itself. */
export function writeProblem(code: string | null, path: string, folder: string): string {
  switch (code) {
    case "ENOENT":
      return cliText("folder-missing", { path, folder });
    case "EACCES":
    case "EPERM":
      return cliText("folder-not-writable", { path, folder });
    case "EROFS":
      return cliText("folder-read-only", { path, folder });
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return cliText("disk-full", { path });
    case "EBUSY":
    case "ETXTBSY":
      return cliText("file-locked", { path });
    case "ENOTDIR":
      return cliText("path-through-file", { path });
    case "ENAMETOOLONG":
      return cliText("name-too-long", { path });
    case "EISDIR":
      return cliText("output-is-folder", { path, example: `${path}/RAPPORT.xlsx` });
    default:
      return cliText("write-failed", { path });
  }
}

/** What a failed read of the register says, by the file system's code. */
export function readProblem(code: string | null, path: string): string {
  switch (code) {
    case "ENOENT":
      return cliText("input-missing", { path });
    case "EACCES":
    case "EPERM":
      return cliText("input-not-readable", { path });
    case "EISDIR":
      return cliText("input-is-folder", { path });
    case "ENOTDIR":
      return cliText("path-through-file", { path });
    case "ENAMETOOLONG":
      return cliText("name-too-long", { path });
    default:
      return cliText("input-read-failed", { path });
  }
}
