/** Output and user-fixable failures of the command line. */
import { mkdir, writeFile } from "node:fs/promises";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  now: Date;
}

/** A problem the user can fix (a file that cannot be written, a missing pledge…): one line, exit 2. */
export class CliError extends Error {}

export async function writeOut(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (err) {
    throw new CliError(
      `Kunde inte spara ${path}: ${(err as NodeJS.ErrnoException).code ?? "okänt fel"}. Kontrollera mappen och att filen inte är öppen i Excel.`,
    );
  }
}

export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch {
    throw new CliError(`Kunde inte skapa mappen ${dir}. Ange en mapp du kan skriva i.`);
  }
}
