/**
 * Nothing the user typed is changed, on the .xlsx path: `pledge report` on a
 * register file that holds a person's own Kontroll, Rapport T2 2025 and
 * Slutrapport sheets. The input file keeps every byte; the output holds only
 * the add-in's own sheets, under names of their own, and the command says in
 * Swedish which names it changed and why.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { NOW, personSheets } from "./support/person-sheets";

// Each test runs a report through the xlsx writer: seconds on a loaded machine.
jest.setTimeout(30_000);

const dir = mkdtempSync(join(tmpdir(), "pledge-guarantees-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A person's sheet as a plan with no add-in marker, values placed where the grid says. */
function personPlan(sheet: SheetGrid): SheetPlan {
  const plan = emptyPlan(sheet.name, "register");
  const top = sheet.top ?? 0;
  const left = sheet.left ?? 0;
  const width = left + Math.max(...sheet.values.map((r) => r.length));
  const rows: Cell[][] = Array.from({ length: top + sheet.values.length }, () => new Array<Cell>(width).fill(null));
  sheet.values.forEach((r, i) => r.forEach((v, j) => (rows[top + i]![left + j] = v)));
  plan.values = rows;
  return plan;
}

async function writeRegister(file: string, extra: SheetPlan[]): Promise<void> {
  const plans = registerPlans(registerInputFromGrids(demoRegister()));
  writeFileSync(file, await renderWorkbook([...plans, ...extra]));
}

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: NOW });
  return { code, out, err };
}

describe("pledge report on a register with a person's Kontroll, Rapport T2 2025 and Slutrapport", () => {
  const input = join(dir, "register.xlsx");
  let before: string;
  let personGrids: SheetGrid[];

  beforeAll(async () => {
    await writeRegister(input, personSheets().map(personPlan));
    before = sha(input);
    personGrids = (await readWorkbook(readFileSync(input))).sheets.filter((s) => personSheets().some((p) => p.name === s.name));
  });

  it("reads the person's sheets as theirs, not the add-in's", () => {
    expect(personGrids.map((s) => s.name)).toEqual(["Kontroll", "Rapport T2 2025", "Slutrapport", "Anteckningar"]);
    expect(personGrids.every((s) => s.generated !== true)).toBe(true);
  });

  // `--out` is a new workbook holding only the report and Kontroll: nothing there has
  // their names, so they keep them; the person's sheets of the same names stay in the input.
  it("writes the tertial report to a new workbook under its own names and leaves the input file byte for byte", async () => {
    const out = join(dir, "rapport.xlsx");
    const { code, out: stdout, err } = await run("report", input, "--tertial", "T2 2025", "--out", out);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    const written = await readWorkbook(readFileSync(out));
    expect(written.sheets.map((s) => s.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg"]);
    expect(written.sheets.every((s) => s.generated)).toBe(true);
    expect(stdout).toContain("med flikarna Rapport T2 2025, Kontroll och Rapportlogg");
  });

  it("the same for the final report, in --json", async () => {
    const out = join(dir, "slut.xlsx");
    const { code, out: stdout } = await run("report", input, "--final", "--out", out, "--json");
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    const json = JSON.parse(stdout) as { sheet: string; kontrollSheet: string };
    expect([json.sheet, json.kontrollSheet]).toEqual(["Slutrapport", "Kontroll"]);
    expect((await readWorkbook(readFileSync(out))).sheets.map((s) => s.name)).toEqual(["Slutrapport", "Kontroll", "Rapportlogg"]);
  });

  it("the person's sheets read back exactly as they were written", async () => {
    const again = (await readWorkbook(readFileSync(input))).sheets.filter((s) => personSheets().some((p) => p.name === s.name));
    expect(again).toEqual(personGrids);
    // Every value the person typed is there, at its place.
    for (const sheet of personSheets()) {
      const read = again.find((s) => s.name === sheet.name)!;
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => expect(read.values[(sheet.top ?? 0) + r]?.[(sheet.left ?? 0) + c] ?? null).toBe(v)),
      );
    }
  });
});

describe("pledge report --today", () => {
  it("dates the report and judges dates as on that day", async () => {
    const input = join(dir, "today.xlsx");
    await writeRegister(input, []);
    const out = join(dir, "today-rapport.xlsx");
    const { code } = await run("report", input, "--tertial", "T2 2025", "--today", "2025-06-30", "--out", out);
    expect(code).toBe(0);
    const [report] = (await readWorkbook(readFileSync(out))).sheets;
    const created = report!.values.flat().find((v) => typeof v === "string" && v.startsWith("Skapad "));
    expect(created).toMatch(/^Skapad 2025-06-30 /);
  }, 30_000);
});

describe("pledge report on a register whose Kontroll the add-in wrote earlier", () => {
  it("keeps the wanted names and says nothing about renaming", async () => {
    const input = join(dir, "own-kontroll.xlsx");
    const ownKontroll = emptyPlan("Kontroll", "kontroll");
    ownKontroll.values = [["Kontroll 2025-05-01 09:00 · 0 fel · 0 varningar · 0 info"]];
    await writeRegister(input, [ownKontroll]);
    const out = join(dir, "own-rapport.xlsx");
    const { code, out: stdout } = await run("report", input, "--tertial", "T2 2025", "--out", out);
    expect(code).toBe(0);
    expect(stdout).not.toContain("egen flik");
    expect((await readWorkbook(readFileSync(out))).sheets.map((s) => s.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg"]);
  }, 30_000);
});
