/**
 * The demo's reports on paper, printed by LibreOffice: each prints on as many
 * pages as its plan says (every page ends at a planned break, so the footer's
 * "Sida n av N" is true) and within the limits of
 * tests/core/report/layout/demo-pages.ts. Made the way a user makes them:
 * `pledge demo`, `pledge report --tertial …`, `pledge final`.
 *
 * Needs soffice, pdftotext and the Carlito font (Calibri's metric twin): with
 * another font LibreOffice wraps text where Excel does not, so the counts would
 * say nothing about Excel. Without them the test says why and is skipped; the
 * plan test (page-fit.test.ts) is then the guard.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { SOFFICE } from "../acceptance/outside-tools";
import { DEMO_PAGE_LIMITS } from "../core/report/layout/demo-pages";

function has(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: "utf8" });
  } catch {
    return "";
  }
}

const pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find((p) => existsSync(p)) ?? null;
const carlito = has("fc-list", [":family=Carlito"]).trim() !== "";
const missing = [SOFFICE ? null : "soffice", pdftotext ? null : "pdftotext", carlito ? null : "the Carlito font (fonts-crosextra-carlito)"].filter(
  (x): x is string => x !== null,
);
if (missing.length > 0) console.warn(`LibreOffice page-fit test skipped: no ${missing.join(", no ")}; tests/core/report/layout/page-fit.test.ts guards the page counts.`);
const maybe = missing.length === 0 ? describe : describe.skip;

const NOW = new Date("2026-01-08T09:15:00Z");
/** The first and the last tertial report, and the Slutrapport: the full set takes a minute of LibreOffice. */
const CHECKED = DEMO_PAGE_LIMITS.filter((r) => ["Rapport T2 2024", "Rapport T3 2025", "Slutrapport"].includes(r.name));

maybe("the demo's reports printed by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "page-fit-"));
  const footers = new Map<string, string[]>();

  beforeAll(async () => {
    const quiet = { stdout: () => undefined, stderr: () => undefined, now: NOW };
    expect(await runCli(["demo", join(work, "demo")], quiet)).toBe(0);
    const register = join(work, "demo", "skaggetorp-register.xlsx");
    const files = [];
    for (const r of CHECKED) {
      const out = join(work, `${r.name.replace(/ /g, "-")}.xlsx`);
      const args = r.tertial === null ? ["final", register, "--out", out] : ["report", register, "--tertial", r.tertial, "--out", out, "--today", "2026-01-08"];
      expect(await runCli(args, quiet)).toBe(0);
      files.push(out);
    }
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...files], {
      stdio: "ignore",
      timeout: 240_000,
    });
    rmSync(profile, { recursive: true, force: true });
    for (const r of CHECKED) {
      const text = execFileSync(pdftotext!, ["-layout", join(work, `${r.name.replace(/ /g, "-")}.pdf`), "-"], { encoding: "utf8" });
      // One footer a page, form feed between pages; the report's own pages name it (Kontroll prints after them).
      const pages = text.split("\f").map((p) => /Sida (\d+) av (\d+) · ([^·]+) ·/.exec(p));
      footers.set(
        r.name,
        pages.filter((m): m is RegExpExecArray => m !== null && m[3]!.trim() === r.name).map((m) => `${m[1]}/${m[2]}`),
      );
    }
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CHECKED)("prints $name on the pages its plan says, within its limit", ({ name, pages: limit, plan }) => {
    const planned = (plan().print?.rowBreaks?.length ?? 0) + 1;
    expect(planned).toBeLessThanOrEqual(limit);
    // "Sida 1 av N" … "Sida N av N": LibreOffice broke no page of its own, so every footer is true.
    expect(footers.get(name)).toEqual(Array.from({ length: planned }, (_, i) => `${i + 1}/${planned}`));
  });
});
