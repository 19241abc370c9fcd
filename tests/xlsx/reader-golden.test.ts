/**
 * Golden grids for each reading rule, from files written by openpyxl and by
 * LibreOffice (which recalculates openpyxl's formulas and writes its own
 * package): a number counts as the cell shows it (percent formats ×100, text
 * "38 %" left to the core), a date with a time is a serial with its fraction
 * (the core counts its day), the 1904 date system, text as typed (wrapped
 * headers, no-break spaces, decomposed letters, characters XML escapes),
 * booleans, errors, formulas' stored results, and a formula without one refused.
 * Then end to end: a register typed the way people type it gives the same
 * check and trends as the same register typed plainly.
 *
 * Needs python3 with openpyxl and soffice (`.ci/run` installs both); without
 * them the tests say so and are skipped, except under CI, where they fail.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCheck } from "../../src/app/check";
import { MemoryPort } from "../../src/app/memory-port";
import { runTrends } from "../../src/app/trends";
import { findingJson, runCli } from "../../src/cli/run";
import type { Cell, Grid, WorkbookGrids } from "../../src/core/cell";
import { isoFromSerial, serialFromYMD } from "../../src/core/date";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import { SOFFICE } from "../acceptance/outside-tools";

jest.setTimeout(180_000);

const dir = mkdtempSync(join(tmpdir(), "reader-golden-"));
const python = openpyxlPythonOrNull();
const missing = [python === null ? "python3 with openpyxl" : null, SOFFICE === null ? "soffice" : null].filter((x) => x !== null);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts files with LibreOffice, in a profile of its own, into `out`. */
function libreOffice(filter: string, out: string, files: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", out, ...files],
      {
        stdio: "ignore",
        timeout: 170_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const read = async (path: string) => readWorkbook(new Uint8Array(readFileSync(path)));
const sheet = (g: WorkbookGrids, name: string): Grid => g.sheets.find((s) => s.name === name)!.values;

const ready = missing.length === 0;
if (!ready) {
  if (process.env.CI)
    throw new Error(`The reader's golden tests need ${missing.join(" and ")} (apt-get install python3-openpyxl libreoffice-calc-nogui).`);
  console.warn(`Reader golden tests skipped: no ${missing.join(", no ")}.`);
}
const maybe = ready ? describe : describe.skip;

const MARCH_14 = serialFromYMD(2025, 3, 14)!;

maybe("golden grids from openpyxl and LibreOffice", () => {
  beforeAll(() => {
    execFileSync(python!, [join(__dirname, "golden/write_golden.py"), dir]);
    libreOffice(
      "xlsx:Calc MS Excel 2007 XML",
      join(dir, "lo"),
      ["golden.xlsx", "golden-formula.xlsx", "golden-1904.xlsx"].map((f) => join(dir, f)),
    );
    libreOffice("ods", join(dir, "lo"), [join(dir, "golden.xlsx")]);
    libreOffice("xls:MS Excel 97", join(dir, "lo"), [join(dir, "golden.xlsx")]);
    libreOffice("xlsm:Calc MS Excel 2007 VBA XML", join(dir, "lo"), [join(dir, "golden.xlsx")]);
  });

  it("the same workbook saved as .xlsm (macro-enabled) reads as the .xlsx", async () => {
    expect(await read(join(dir, "lo", "golden.xlsm"))).toEqual(await read(join(dir, "lo", "golden.xlsx")));
  });
  const writers = [
    ["openpyxl", ""],
    ["LibreOffice", "lo"],
  ] as const;

  describe.each(writers)("written by %s", (_writer, sub) => {
    const file = (name: string) => join(dir, sub, name);

    it("numbers count as the cell shows them: percent formats ×100, exactly; other formats as stored; text as typed", async () => {
      expect(sheet(await read(file("golden.xlsx")), "Tal")).toEqual([[41.5, 38, "38 %", 0.415, 0.5, 12.34, -12.5, 1200, "1\u00a0200,5"]]);
    });

    it("a date with a time of day is its serial with the time as the fraction; ISO text stays text", async () => {
      const [row] = sheet(await read(file("golden.xlsx")), "Datum") as Cell[][];
      expect(row![0]).toBe(MARCH_14 + 10.5 / 24);
      expect(row![1]).toBe(MARCH_14);
      expect(row![2]).toBe("2025-03-14 10:30");
      expect(Math.floor(row![3] as number)).toBe(serialFromYMD(2024, 12, 31));
      expect(row![3] as number).toBeCloseTo(serialFromYMD(2024, 12, 31)! + 86399 / 86400, 8);
    });

    it("text as typed: wrapped headers, no-break spaces, decomposed letters, escaped characters; booleans and errors", async () => {
      expect(sheet(await read(file("golden.xlsx")), "Text")).toEqual([
        [
          "Varav kvinnor/\nflickor",
          "Varav\u00a0män/pojkar",
          "Varav\nkvinnor/flickor",
          true,
          false,
          "#N/A",
          "A\u030a1",
          "<&>\"' på svenska: åäö ÅÄÖ",
          "007",
        ],
      ]);
    });

    it("formulas count as their stored result; a formula without one is refused, naming the tab and cell", async () => {
      if (sub === "lo") {
        // LibreOffice computes them when it opens the file, and stores the results.
        expect(sheet(await read(file("golden-formula.xlsx")), "Formler")).toEqual([[2, 6, "x2"]]);
        return;
      }
      await expect(read(file("golden-formula.xlsx"))).rejects.toThrow(
        /^Fliken Formler har formler utan sparat resultat \(den första i B1\)/,
      );
    });

    it("a 1904 workbook's dates are 1900 serials, its other numbers as they are", async () => {
      expect(sheet(await read(file("golden-1904.xlsx")), "Blad1")).toEqual([[MARCH_14, 5, MARCH_14 + 0.5, 25]]);
    });
  });

  it("the same workbook as .ods or .xls is exit 2 with a line that says to save it as .xlsx", async () => {
    for (const [name, says] of [
      ["golden.ods", /^Filen är ett OpenDocument-kalkylark \(\.ods\).*Spara den som Excel-arbetsbok \(\.xlsx\)/],
      ["golden.xls", /^Filen går inte att läsa som en Excel-arbetsbok \(\.xlsx\)\. Spara den som Excel-arbetsbok/],
    ] as const) {
      expect(existsSync(join(dir, "lo", name))).toBe(true);
      let err = "";
      const code = await runCli(["check", join(dir, "lo", name)], { stdout: () => undefined, stderr: (s) => (err += s), now: new Date() });
      expect(code).toBe(2);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
      expect(err).toMatch(says);
    }
  });
});

/**
 * The demo register as people type it: headers wrapped with Alt+Enter and joined
 * with no-break spaces, percentages as percent-formatted cells and as "44 %",
 * dates with a time of day; cells as openpyxl_register.py takes them.
 */
function asPeopleTypeIt(grids: WorkbookGrids): { sheets: { name: string; values: unknown[][] }[] } {
  const percentIds = new Set(
    sheet(grids, "Indikatorer")
      .filter((r) => r[2] === "Procent")
      .map((r) => r[0]),
  );
  let k = 0;
  const percent = (v: Cell): unknown => {
    if (typeof v !== "number") return v;
    k++;
    return k % 2 === 0 ? `${String(v).replace(".", ",")} %` : { v: v / 100, fmt: Number.isInteger(v) ? "0%" : "0.0%" };
  };
  return {
    sheets: grids.sheets.map((s) => {
      const values: unknown[][] = s.values.map((r) => [...r]);
      if (s.name === "Indikatorer") {
        for (const row of values.slice(1)) if (percentIds.has(row[0] as Cell)) for (const c of [7, 9]) row[c] = percent(row[c] as Cell);
      }
      const header = values.findIndex((r) => r.includes("Varav kvinnor/flickor"));
      if (header >= 0) {
        const head = values[header]!;
        const datum = head.indexOf("Datum");
        const id = head.indexOf("Indikator-ID");
        head[head.indexOf("Varav kvinnor/flickor")] = "Varav\nkvinnor/flickor";
        head[head.indexOf("Varav män/pojkar")] = "Varav\u00a0män/pojkar";
        head[datum] = "Datum\n";
        for (const [i, row] of values.slice(header + 1).entries()) {
          const d = row[datum];
          if (typeof d === "number" && i % 3 === 0)
            row[datum] = { datetime: `${isoFromSerial(d)}T${String(8 + (i % 12)).padStart(2, "0")}:30:00` };
          if (id >= 0 && percentIds.has(row[id] as Cell)) for (const c of [id + 1, id + 2, id + 3]) row[c] = percent(row[c] as Cell);
        }
      }
      return { name: s.name, values };
    }),
  };
}

maybe("a register typed as people type it reads as the same register typed plainly", () => {
  const plain = demoRegister();
  const typed = asPeopleTypeIt(plain);
  const files: Record<string, string> = { openpyxl: join(dir, "typed.xlsx"), LibreOffice: join(dir, "lo-typed", "typed.xlsx") };
  const today = serialFromYMD(2025, 9, 5)!;

  beforeAll(() => {
    execFileSync(python!, [join(__dirname, "../../scripts/bench/openpyxl_register.py"), files.openpyxl!], { input: JSON.stringify(typed) });
    libreOffice("xlsx:Calc MS Excel 2007 XML", join(dir, "lo-typed"), [files.openpyxl!]);
  });

  it("the typed register really is typed that way", () => {
    const cells = JSON.stringify(typed);
    expect(cells).toContain('"fmt":"0%"');
    expect(cells).toContain(' %"');
    expect(cells).toContain('"datetime"');
    expect(cells).toContain("Varav\\nkvinnor/flickor");
  });

  it.each(Object.keys(files))("written by %s: the same findings and trends, the headers recognised", async (writer) => {
    const grids = await read(files[writer]!);
    const mine = await runCheck(new MemoryPort(grids), { today });
    const theirs = await runCheck(new MemoryPort(plain), { today });
    expect(mine.findings.filter((f) => f.code === "missing-column")).toEqual([]);
    expect(mine.findings.map(findingJson)).toEqual(theirs.findings.map(findingJson));
    expect(mine.counts).toEqual(theirs.counts);
    const tertial = theirs.tertial ?? undefined;
    const [a, b] = [await runTrends(new MemoryPort(grids), { today, tertial }), await runTrends(new MemoryPort(plain), { today, tertial })];
    expect(a?.trends).toEqual(b?.trends);
    expect(JSON.stringify(a?.trends)).toMatch(/"value":\d/);
  });
});
