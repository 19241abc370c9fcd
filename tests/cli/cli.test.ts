import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { PLANTED_FAULTS } from "../../src/demo/planted-faults";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const dir = mkdtempSync(join(tmpdir(), "pledge-cli-"));
const demoFile = join(dir, "demo.xlsx");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date(2025, 8, 5, 14, 32) });
  return { code, out, err };
}

beforeAll(async () => {
  writeFileSync(demoFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

describe("pledge check", () => {
  it("finds every planted fault of the demo register at its cell, and no other error or warning", async () => {
    const { code, out } = await run("check", demoFile, "--json", "--today", "2026-11-25");
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      findings: { code: string; severity: string; sheet: string; cell: string | null; message: string }[];
      counts: Record<string, number>;
    };
    const key = (f: { code: string; sheet: string; cell: string | null }) => `${f.code}|${f.sheet}|${f.cell}`;
    const got = json.findings
      .filter((f) => f.severity !== "info")
      .map(key)
      .sort();
    // A year after the pledge, every activity the demo still has as Planerad (all in December 2025) is past its day.
    const planned = demoRegister().sheets.flatMap((sheet) =>
      sheet.values.flatMap((row, r) => (row[3] === "Planerad" ? [`planned-in-past|${sheet.name}|D${r + 1}`] : [])),
    );
    expect(planned.length).toBeGreaterThan(0);
    expect(got).toEqual([...PLANTED_FAULTS.map(key), ...planned].sort());
    expect(Object.keys(json.findings[0]!).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
    expect(json.counts).toEqual({
      error: json.findings.filter((f) => f.severity === "error").length,
      warning: json.findings.filter((f) => f.severity === "warning").length,
      info: json.findings.filter((f) => f.severity === "info").length,
    });
  });

  it("does not print a tab name that is personal data in its text output (the JSON keeps it, to find the sheet)", async () => {
    const grids = demoRegister();
    const email = "anna.svensson@example.se";
    const parter = grids.sheets.find((s) => s.name === "Parter")!;
    const row = parter.values.find((r) => r[3] === "Polisen")!;
    row[3] = email;
    grids.sheets.find((s) => s.name === "Polisen")!.name = email;
    const file = join(dir, "tab-named-by-email.xlsx");
    writeFileSync(file, await renderWorkbook(registerPlans(registerInputFromGrids(grids))));
    const text = await run("check", file, "--today", "2026-11-25");
    expect(text.out).toContain("[personuppgift]!");
    expect(text.out).not.toContain(email);
    const json = JSON.parse((await run("check", file, "--json", "--today", "2026-11-25")).out) as { findings: { sheet: string }[] };
    expect(json.findings.some((f) => f.sheet === email)).toBe(true);
  });

  it("never writes the input file", async () => {
    const before = createHash("sha256").update(readFileSync(demoFile)).digest("hex");
    await run("check", demoFile, "--json");
    await run("report", demoFile, "--tertial", "T2 2025", "--out", join(dir, "r.xlsx"));
    expect(createHash("sha256").update(readFileSync(demoFile)).digest("hex")).toBe(before);
  });

  it.each([
    ["random bytes", Buffer.from([1, 2, 3, 4, 5, 6, 7, 8])],
    ["a text file", Buffer.from("Datum;Aktivitet\n2025-03-14;Vandring\n")],
    ["an empty file", Buffer.alloc(0)],
  ])("answers %s with one Swedish line and exit 2", async (_what, bytes) => {
    const file = join(dir, `bad-${_what.replace(/ /g, "-")}.xlsx`);
    writeFileSync(file, bytes);
    const { code, out, err } = await run("check", file, "--json");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/Excel/);
    expect(err).not.toMatch(/\bat \w+ \(|Error:/);
  });

  it("answers a missing file with exit 2", async () => {
    const { code, err } = await run("check", join(dir, "finns-inte.xlsx"));
    expect(code).toBe(2);
    expect(err).toMatch(/finns inte|hittas inte|går inte/i);
  });

  it("explains bad usage in Swedish with exit 2", async () => {
    expect((await run("check")).code).toBe(2);
    const bad = await run("check", demoFile, "--tertial", "T5 2025");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"T2 2025"');
    expect((await run("check", demoFile, "--today", "5/9")).err).toContain("2025-09-05");
  });
});

describe("pledge init", () => {
  it("writes an empty register that, filled in through the xlsx library, reads back and checks clean", async () => {
    const file = join(dir, "init.xlsx");
    expect((await run("init", file)).code).toBe(0);
    const { Workbook } = await import("@cj-tech-master/excelts");
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(file));
    const set = (sheet: string, address: string, value: string | number | Date) => {
      wb.getWorksheet(sheet)!.getCell(address).value = value;
    };
    set("Löfte", "B2", "Lokalt medborgarlöfte för Ryd 2026");
    set("Löfte", "B6", new Date(Date.UTC(2026, 0, 1)));
    set("Löfte", "B7", new Date(Date.UTC(2026, 11, 31)));
    ["RYD", "Rydsbo", "Fastighetsägare", "Rydsbo"].forEach((v, i) => set("Parter", `${"ABCD"[i]}2`, v));
    ["Å1", "Trygghetsvandringar", "Kvinnors trygghet", "RYD", "", "", "", "", "Pågår"].forEach(
      (v, i) => v && set("Åtgärder", `${"ABCDEFGHI"[i]}2`, v),
    );
    ["I1", "Skadegörelse", "Antal", "RYD", "Lägre är bättre", "Summa", "Tertial", 40, "2025", 20, "Nej"].forEach((v, i) =>
      set("Indikatorer", `${"ABCDEFGHIJK"[i]}2`, v),
    );
    const tab = wb.addWorksheet("Rydsbo");
    tab.getRow(1).values = [
      "Datum",
      "Åtgärd-ID",
      "Aktivitet",
      "Status",
      "Tillfällen",
      "Deltagare",
      "Varav kvinnor/flickor",
      "Varav män/pojkar",
      "Kommentar",
      null,
      "Period",
      "Indikator-ID",
      "Värde",
    ];
    tab.getRow(2).values = [new Date(Date.UTC(2026, 2, 14)), "Å1", "Vandring", "Genomförd", 1, 12, 7, 5, null, null, "T1 2026", "I1", 31];
    const filled = join(dir, "filled.xlsx");
    writeFileSync(filled, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { code, out } = await run("check", filled, "--json", "--today", "2026-04-30");
    const json = JSON.parse(out) as { findings: { code: string; cell: string }[] };
    expect(json.findings).toEqual([]);
    expect(code).toBe(0);
    const grids = await readWorkbook(new Uint8Array(readFileSync(filled)));
    expect(grids.sheets.map((s) => s.name)).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer", "Rydsbo"]);
  });
});

describe("the installed command", () => {
  it("prints only JSON on stdout with --json (npm run --silent pledge)", async () => {
    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "pledge", "--", "check", demoFile, "--json"], {
      cwd: join(__dirname, "../.."),
      maxBuffer: 1 << 24,
    }).catch((e: { stdout: string; code: number }) => ({ stdout: e.stdout, code: e.code }));
    expect(() => JSON.parse(stdout)).not.toThrow();
  }, 60_000);
});
