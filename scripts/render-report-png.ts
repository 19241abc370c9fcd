/**
 * Renders the demo's report sheets to PNG pictures for docs/images, the way a
 * reader sees them printed: `pledge demo` into a temporary folder, LibreOffice
 * to PDF, pdftoppm to PNG.
 *
 *   npx tsx scripts/render-report-png.ts [OUT_DIR] [--dpi 110]
 *
 * Needs soffice (LibreOffice), pdftoppm (poppler-utils) and, for Excel's
 * column widths and line breaks, the Carlito font (metric twin of Calibri:
 * `apt-get install fonts-crosextra-carlito`). LibreOffice runs with a private
 * profile set to Swedish, so numbers show as Excel in Sweden shows them
 * (1 230, 3,4). The reports are dated with a fixed time so the pictures only
 * change when the report does.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../src/cli/run";

const NOW = new Date("2026-01-08T09:15:00Z");
const args = process.argv.slice(2);
const dpiAt = args.indexOf("--dpi");
const dpi = dpiAt >= 0 ? Number(args[dpiAt + 1]) : 110;
const outDir = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--dpi") ?? "docs/images");

/**
 * Every printed page of the report sheets, found by their footers ("Sida n av N · SHEET · …"):
 * workbook file, the sheet the pages belong to, and the picture name of each page (1-based).
 * The report's last page holds the charts ("diagram"); Kontroll prints after it. The names the
 * README links (sida1, sida2, diagram, kontroll, slutrapport-indikatorer) stay.
 */
const SHEETS = [
  {
    file: "skaggetorp-rapport-T3-2025",
    sheet: "Rapport T3 2025",
    name: (n: number, of: number) => (n === of ? "rapport-T3-2025-diagram" : `rapport-T3-2025-sida${n}`),
  },
  { file: "skaggetorp-rapport-T3-2025", sheet: "Kontroll", name: (n: number) => (n === 1 ? "kontroll" : `kontroll-sida${n}`) },
  {
    file: "skaggetorp-slutrapport",
    sheet: "Slutrapport",
    name: (n: number) => (n === 1 ? "slutrapport-indikatorer" : `slutrapport-sida${n}`),
  },
] as const;

/** 1-based PDF pages whose footer names `sheet`, in order. */
function pagesOf(pdf: string, sheet: string): number[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return text.split("\f").flatMap((page, i) => (new RegExp(`Sida \\d+ av \\d+ · ${sheet} ·`).test(page) ? [i + 1] : []));
}

function swedishProfile(dir: string): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

function hasCarlito(): boolean {
  try {
    return execFileSync("fc-list", [":family=Carlito"], { encoding: "utf8" }).trim() !== "";
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  if (!hasCarlito()) {
    process.stderr.write(
      "Varning: typsnittet Carlito saknas; bredder och radbrytningar blir inte som i Excel (apt-get install fonts-crosextra-carlito).\n",
    );
  }
  const work = mkdtempSync(join(tmpdir(), "render-report-"));
  try {
    const quiet = { stdout: () => undefined, stderr: (s: string) => process.stderr.write(s), now: NOW };
    const code = await runCli(["demo", join(work, "demo")], quiet);
    if (code !== 0) throw new Error(`pledge demo ended with ${code}`);
    const profile = swedishProfile(join(work, "lo-profile"));
    mkdirSync(outDir, { recursive: true });
    for (const file of new Set(SHEETS.map((p) => p.file))) {
      execFileSync(
        "soffice",
        [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, join(work, "demo", `${file}.xlsx`)],
        {
          stdio: "ignore",
          timeout: 180_000,
        },
      );
      const pdf = join(work, `${file}.pdf`);
      for (const s of SHEETS.filter((x) => x.file === file)) {
        const pages = pagesOf(pdf, s.sheet);
        if (pages.length === 0) throw new Error(`no printed page of ${s.sheet} in ${file}`);
        pages.forEach((page, i) => {
          const name = s.name(i + 1, pages.length);
          const prefix = join(work, name);
          execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix]);
          const target = join(outDir, `${name}.png`);
          copyFileSync(`${prefix}.png`, target);
          process.stdout.write(`${target} (${Math.round(statSync(target).size / 1024)} kB)\n`);
        });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
