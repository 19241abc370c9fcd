/**
 * `pledge next`: the register for the next pledge, checked with the engine and
 * read by an independent reader (openpyxl); the old register is never written.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import { MemoryPort } from "../../src/app/memory-port";
import { makeNextPledge } from "../../src/app/next-pledge";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { checkRegister } from "../../src/core/check-register";
import { serialFromIso } from "../../src/core/date";
import { sheetByName } from "../../src/core/register/read-register";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "pledge-next-"));
const oldFile = join(dir, "gammalt.xlsx");
const serial = (iso: string) => serialFromIso(iso)!;

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date(2026, 0, 8, 9, 15) });
  return { code, out, err };
}

const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

beforeAll(async () => {
  writeFileSync(oldFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

describe("pledge next", () => {
  const newFile = join(dir, "nytt.xlsx");
  let before: { sha: string; mtime: number };
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    before = { sha: sha(oldFile), mtime: statSync(oldFile).mtimeMs };
    result = await run("next", oldFile, "--from", "2026-01-01", "--to", "2027-12-31", "--out", newFile);
  });

  it("writes the new register and leaves the old one as it was", () => {
    expect([result.code, result.err]).toEqual([0, ""]);
    expect({ sha: sha(oldFile), mtime: statSync(oldFile).mtimeMs }).toEqual(before);
    expect(result.out).toMatch(
      /^Skrev .*nytt\.xlsx: registret för nästa löfte, 2026-01-01–2027-12-31, med 20 parter \(20 tomma flikar\), 15 åtgärder och 10 indikatorer\.\n/,
    );
    expect(result.out).toContain("  I3 Anmälda brott i Skäggetorp: 172 (T3 2025)\n");
    expect(result.out).toContain("Obs: registret har 7 fel");
  });

  it("the engine reads it as a register for the new pledge: no errors, baselines the old pledge's latest values, no targets", async () => {
    const grids = await readWorkbook(readFileSync(newFile));
    const check = checkRegister(grids, { today: serial("2026-03-01") });
    expect(check.counts.error).toBe(0);
    const { pledge, indicators, partners, measures, activities, values } = check.register;
    expect([pledge?.validFrom, pledge?.validTo]).toEqual([serial("2026-01-01"), serial("2027-12-31")]);
    expect([partners.length, measures.length, indicators.length, activities.length, values.length]).toEqual([20, 15, 10, 0, 0]);
    const byId = new Map(indicators.map((i) => [i.id, i]));
    expect(byId.get("I3")).toMatchObject({ baseline: 172, baselinePeriod: { kind: "tertial", year: 2025, tertial: 3 }, target: null });
    expect(byId.get("I1")).toMatchObject({ baseline: 2.9, baselinePeriod: { kind: "year", year: 2025 }, target: null });
    expect(indicators.every((i) => i.target === null)).toBe(true);
    // Every partner keeps its tab, with the empty tables.
    for (const p of partners) expect(sheetByName(grids, p.tab)).toBeDefined();
  });

  it("an independent reader (openpyxl) sees the same dates, baselines and empty targets", () => {
    const python = openpyxlPythonOrNull();
    if (python === null) throw new Error("This test needs python3 with openpyxl (apt-get install python3-openpyxl).");
    const script = [
      "import json,sys,openpyxl",
      "wb=openpyxl.load_workbook(sys.argv[1])",
      "l={r[0]:r[1] for r in wb['Löfte'].iter_rows(min_row=2,values_only=True)}",
      "ind=[r for r in wb['Indikatorer'].iter_rows(min_row=2,values_only=True) if r[0]]",
      "print(json.dumps({'from':l['Giltig från'].date().isoformat(),'to':l['Giltig till'].date().isoformat(),",
      "'ind':[[r[0],r[7],r[8],r[9]] for r in ind],'sheets':len(wb.sheetnames)}))",
    ].join("\n");
    const seen = JSON.parse(execFileSync(python, ["-c", script, newFile], { encoding: "utf8" })) as {
      from: string;
      to: string;
      ind: [string, number, string, number | null][];
      sheets: number;
    };
    expect([seen.from, seen.to, seen.sheets]).toEqual(["2026-01-01", "2027-12-31", 24]);
    expect(seen.ind).toContainEqual(["I3", 172, "T3 2025", null]);
    expect(seen.ind.every((r) => r[3] === null)).toBe(true);
  });

  it("refuses dates that make no new pledge, with a line that says what to type", async () => {
    const cases: [string[], RegExp][] = [
      [
        ["--from", "2025-06-01", "--to", "2026-12-31"],
        /^Det nya löftet börjar 2025-06-01, innan det gamla slutar 2025-12-31\. Ange --from efter 2025-12-31\.\n$/,
      ],
      [
        ["--from", "2027-01-01", "--to", "2026-12-31"],
        /^Det nya löftet slutar 2026-12-31, inte efter att det börjar 2027-01-01\. Ange --to efter --from\.\n$/,
      ],
      [["--from", "2026-01-01", "--to", "2046-12-31"], /längre än 10 år/],
      [["--from", "1 januari", "--to", "2026-12-31"], /^--from "1 januari" är inget datum\. Skriv datumet som 2026-01-01\./],
      [["--from", "2026-01-01"], /^Ange det nya löftets första och sista dag: --from 2026-01-01 --to 2027-12-31\n/],
    ];
    for (const [flags, message] of cases) {
      const out = join(dir, `fel-${flags.join("")}.xlsx`.replace(/[^\w.-]/g, ""));
      const r = await run("next", oldFile, ...flags, "--out", out);
      expect([r.code, r.out]).toEqual([2, ""]);
      expect(r.err).toMatch(message);
      expect(() => statSync(out)).toThrow();
    }
  });

  it("never writes over the register it reads, nor an existing file without --force", async () => {
    const self = await run("next", oldFile, "--from", "2026-01-01", "--to", "2027-12-31", "--out", oldFile);
    expect(self.code).toBe(2);
    const again = await run("next", oldFile, "--from", "2026-01-01", "--to", "2027-12-31", "--out", newFile);
    expect(again.code).toBe(2);
    expect(sha(oldFile)).toBe(before.sha);
  });
});

describe("the next pledge's register, in the core", () => {
  it("copies partners, measures and indicators as typed; an indicator without a value in the old pledge keeps its baseline", async () => {
    const grids = demoRegister();
    const ind = sheetByName(grids, "Indikatorer")!;
    // A new indicator added late, never reported: its old baseline stays, its target goes.
    ind.values.push(["I99", "Nytt mått", "Antal", "POL", "Lägre är bättre", "Summa", "Tertial", 12, "T1 2024", 8, "Nej"]);
    const outcome = await makeNextPledge(new MemoryPort(grids), {
      today: serial("2026-01-08"),
      next: { validFrom: serial("2026-01-01"), validTo: serial("2027-12-31") },
    });
    expect(outcome.baselines.find((b) => b.id === "I99")).toEqual({
      id: "I99",
      name: "Nytt mått",
      value: 12,
      period: "T1 2024",
      source: "kept",
    });
    const parter = outcome.input.parter!;
    const oldParter = sheetByName(demoRegister(), "Parter")!.values;
    expect(parter.slice(1).map((r) => r[0])).toEqual(
      oldParter
        .slice(1)
        .filter((r) => r[0] !== null)
        .map((r) => r[0]),
    );
    expect(outcome.input.partners!.every((p) => p.values === undefined)).toBe(true);
    expect(outcome.input.periods!.slice(0, 3)).toEqual(["T1 2026", "T2 2026", "T3 2026"]);
  });
});
