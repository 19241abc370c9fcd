/**
 * What the acceptance tests need from outside the project: files that are no
 * workbook (as a judge might hand them over), and LibreOffice as an
 * independent reader of the report.
 */
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Files a judge might hand the command that are no workbook. */
export const BAD_FILES: [string, (path: string) => void][] = [
  ["a missing file", () => undefined],
  ["a text file renamed .xlsx", (p) => writeFileSync(p, "Datum;Aktivitet\n2025-03-14;Trygghetsvandring\n")],
  ["an empty file", (p) => writeFileSync(p, Buffer.alloc(0))],
  ["random bytes", (p) => writeFileSync(p, Buffer.from([7, 1, 200, 3, 9, 0, 0, 44, 18, 99]))],
  ["a zip that is no workbook", (p) => zip(p, { "hej.txt": "hej" })],
  ["a Word document renamed .xlsx", (p) => zip(p, { "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', "word/document.xml": "<w:document/>" })],
  ["a folder", (p) => mkdirSync(p)],
];

function zip(path: string, files: Record<string, string>): void {
  const script = "import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1],'w')\nfor k,v in json.loads(sys.argv[2]).items(): z.writestr(k,v)\nz.close()";
  execFileSync("python3", ["-c", script, path, JSON.stringify(files)]);
}

export const SOFFICE = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p)) ?? null;

/** Runs a program; resolves with its exit code and stderr (never rejects). */
export function spawnAsync(cmd: string, args: string[], timeout = 120_000): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout, encoding: "utf8" }, (err, _stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stderr }),
    );
  });
}

/**
 * Every sheet of a workbook converted to CSV by LibreOffice (OUT/<name>-<sheet>.csv),
 * in a profile of its own so it never meets another soffice; null without soffice.
 */
export async function sheetsAsCsv(workbook: string, outDir: string): Promise<{ code: number; dir: string } | null> {
  if (!SOFFICE) return null;
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  // Filter options: comma, quote, UTF-8, …, and -1 = every sheet to its own file.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const { code } = await spawnAsync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, workbook]);
  rmSync(profile, { recursive: true, force: true });
  return { code, dir: outDir };
}
