/**
 * Acceptance, a formula counts as its stored result (DOMAIN): a register that openpyxl
 * loaded and saved again (as a script that "only adds a row" does) keeps its formulas but
 * loses their results. `pledge check` must not guess: exit 2, one Swedish line naming the
 * tab and the first such cell and saying to save it from Excel or LibreOffice. Doing what
 * it says (LibreOffice converts the file) gives the same JSON as the register with results.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Run } from "./cli-runner";
import { PYTHON, skipWithoutOpenpyxl, suiteSetup, writeRegister, type Written } from "./openpyxl-runner";
import { SOFFICE, spawnAsync } from "./outside-tools";

jest.setTimeout(180_000);

const TODAY = ["--today", "2025-02-10"];
const { dir, pledge } = suiteSetup("pledge-uncached-");
const resaved = join(dir, "uncached.xlsx");
const recalculated = join(dir, "lo", "uncached.xlsx");
let written: Written;
let original: Promise<Run[]>;
let uncached: Promise<Run>;
let converted: Promise<{ code: number } | null>;
let fixed: Promise<Run[] | null>;

beforeAll(() => {
  written = writeRegister("verdicts", dir);
  if (written.xlsx === null) return;
  // Load and save with openpyxl: the formulas stay, their stored results are gone.
  execFileSync(PYTHON!, ["-c", "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])", written.xlsx, resaved]);
  const both = (file: string) =>
    Promise.all([pledge("check", file, "--json", ...TODAY), pledge("trends", file, "--tertial", "T3 2024", "--json", ...TODAY)]);
  original = both(written.xlsx);
  uncached = pledge("check", resaved, "--json", ...TODAY);
  converted = (async () => {
    if (!SOFFICE) return null;
    mkdirSync(join(dir, "lo"));
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    const r = await spawnAsync(SOFFICE, [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      join(dir, "lo"),
      resaved,
    ]);
    rmSync(profile, { recursive: true, force: true });
    return r;
  })();
  fixed = converted.then((c) => (c === null ? null : both(recalculated)));
}, 180_000);

describe("a register whose formulas lost their stored results (saved again by openpyxl)", () => {
  it("pledge check refuses it: exit 2, one Swedish line naming the tab and the first cell, nothing on stdout", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await uncached;
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    // The first formula openpyxl left without a result: Deltagare =G5+H5 on Polisen Berga.
    expect(lines[0]).toContain("Polisen Berga");
    expect(lines[0]).toContain("F5");
    expect(lines[0]).toMatch(/Excel|LibreOffice/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError/);
  });

  it("saved again by LibreOffice, as the line says, it gives the same check and trends JSON as with its results", async () => {
    if (skipWithoutOpenpyxl()) return;
    const c = await converted;
    if (c === null) {
      console.warn("LibreOffice part skipped: soffice is not installed");
      return;
    }
    expect(c.code).toBe(0);
    const [want, got] = [await original, (await fixed)!];
    expect(got.map((r) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr }))).toEqual(
      want.map((r) => ({ code: r.code, stdout: r.stdout, stderr: r.stderr })),
    );
  });
});
