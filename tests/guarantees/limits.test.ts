/**
 * Limits stated: what the add-in says at the edges of what Excel allows. Each
 * case ends in a Swedish message that says what to do, never an exception.
 * Timings and memory of very large registers are measured, not asserted
 * (`scripts/limits.ts`, figures in docs/limits.md).
 */
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryPort } from "../../src/app/memory-port";
import { addPartnerTabs, InvalidTabNameError } from "../../src/app/register";
import { makeFinalReport, makeTertialReport } from "../../src/app/report";
import { runCli } from "../../src/cli/run";
import type { WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import type { Finding } from "../../src/core/findings";
import { emptyPlan } from "../../src/core/plan/sheet-plan";
import { createExcelPort } from "../../src/excel/excel-port";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { syntheticRegister } from "../../scripts/bench/synthetic-register";
import { createStrictFake } from "../excel/strict-fake";
import { sheetByName } from "../support/memory-workbook";
import { baseGrids, d } from "../support/register-builder";
import { NOW } from "./support/person-sheets";

const today = d(2025, 9, 5);
const check = (g: WorkbookGrids) => checkRegister(g, { today });
const tabFindings = (g: WorkbookGrids): Finding[] => check(g).findings.filter((f) => f.code === "missing-partner-tab");

/** The base register with Stångåstaden's Flik (Parter!D3) set to `flik`, and its sheet renamed to `sheet` (or left). */
function withTab(flik: string, sheet?: string): WorkbookGrids {
  const g = baseGrids();
  g.sheets.find((s) => s.name === "Parter")!.values[2]![3] = flik;
  if (sheet !== undefined) g.sheets.find((s) => s.name === "Stångåstaden")!.name = sheet;
  return g;
}

/** The base register with one partner (KOM) listed whose tab does not exist yet. */
function withNewPartner(flik: string): WorkbookGrids {
  const g = baseGrids();
  g.sheets.find((s) => s.name === "Parter")!.values.push(["KOM", "Linköpings kommun", "Kommun", flik]);
  return g;
}

describe("a sheet name of 31 characters with Å", () => {
  const name = "Åtgärdsgruppen för Skäggetorp Å";

  it("is a partner tab like any other", () => {
    expect(name).toHaveLength(31);
    expect(tabFindings(withTab(name, name))).toEqual([]);
  });

  it("is found whichever way the Å was typed (one character or A and a ring)", () => {
    const decomposed = name.normalize("NFD");
    expect(decomposed).not.toBe(name);
    expect(tabFindings(withTab(decomposed, name))).toEqual([]);
  });

  it("is created by Lägg till flikar in Excel and then read", async () => {
    const fake = createStrictFake(withNewPartner(name));
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    expect(await addPartnerTabs(port)).toEqual([name]);
    expect(sheetByName(fake.wb, name)).toBeDefined();
    expect(tabFindings(await port.readAll())).toEqual([]);
  });

  it("survives the .xlsx path: written, read back and checked", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pledge-limits-"));
    const file = join(dir, "register.xlsx");
    const plans = withTab(name, name).sheets.map((s) => ({ ...emptyPlan(s.name, "register" as const), values: s.values }));
    writeFileSync(file, await renderWorkbook(plans));
    let out = "";
    const code = await runCli(["check", file, "--json", "--today", "2025-09-05"], {
      stdout: (s) => (out += s),
      stderr: () => {},
      now: NOW,
    });
    expect(code).toBeLessThan(2);
    const json = JSON.parse(out) as { findings: Finding[] };
    expect(json.findings.filter((f) => f.code === "missing-partner-tab")).toEqual([]);
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});

describe("a Flik Excel could never have as a sheet name", () => {
  const long = "Östergötlands stadsmission i Linköping";

  it("longer than 31 characters: says so, with the count, and what to do", () => {
    const [f] = tabFindings(withTab(long));
    expect(f).toMatchObject({ sheet: "Parter", cell: "D3", severity: "error" });
    expect(f!.message).toBe(
      `Ett fliknamn får vara högst 31 tecken; "${long}" har ${long.length}. Rätta namnet i kolumnen Flik för STG och ge fliken samma namn.`,
    );
  });

  it.each(["[", "]", ":", "*", "?", "/", "\\"])("with %s: names the characters Excel refuses", (ch) => {
    const [f] = tabFindings(withTab(`Polisen ${ch} Skäggetorp`));
    expect(f!.message).toBe(
      "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\. Rätta namnet i kolumnen Flik för STG och ge fliken samma namn.",
    );
  });

  it("History, which Excel keeps for itself: says so", () => {
    expect(tabFindings(withTab("History"))[0]!.message).toBe(
      "Excel använder namnet History själv och tillåter det inte som fliknamn. Rätta namnet i kolumnen Flik för STG och ge fliken samma namn.",
    );
  });

  it("Lägg till flikar refuses before writing anything, and says which partner and why", async () => {
    const fake = createStrictFake(withNewPartner("Linköpings kommun: Säkerhetsenheten"));
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    const sheetsBefore = fake.wb.sheets.map((s) => s.name);
    const error = await addPartnerTabs(port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTabNameError);
    expect((error as Error).message).toBe(
      'Fliken för Linköpings kommun kan inte skapas: Ett fliknamn får vara högst 31 tecken; "Linköpings kommun: Säkerhetsenheten" har 35. ' +
        "Rätta namnet i kolumnen Flik på fliken Parter och försök igen. Inga flikar har lagts till.",
    );
    expect(fake.wb.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });
});

describe("a partner tab renamed after it was listed", () => {
  it("names the sheet it was probably renamed to", () => {
    const [f] = tabFindings(withTab("Stångåstaden", "Stångåstaden AB"));
    expect(f).toMatchObject({ sheet: "Parter", cell: "D3" });
    expect(f!.message).toBe(
      'Fliken Stångåstaden för STG finns inte. Har den bytt namn till "Stångåstaden AB"? Skriv i så fall det nya namnet i kolumnen Flik, eller byt tillbaka flikens namn till Stångåstaden.',
    );
  });

  it("finds a misspelling and a name without its Swedish letters", () => {
    expect(tabFindings(withTab("Stångåstaden", "Stangastaden"))[0]!.message).toContain('"Stangastaden"');
    expect(tabFindings(withTab("Stångåstaden", "Stångåsdaten"))[0]!.message).toContain('"Stångåsdaten"');
  });

  it("never suggests another partner's tab, a register sheet or a sheet the add-in wrote", () => {
    const g = withTab("Polis", "Något helt annat");
    g.sheets.push({ name: "Kontroll", values: [["x"]], generated: true }, { name: "Polis (2)", values: [["y"]], generated: true });
    const messages = tabFindings(g).map((f) => f.message);
    expect(messages).toHaveLength(1);
    // "Polis" is close to "Polisen", but Polisen is POL's own tab.
    expect(messages.join(" ")).not.toMatch(/"Polisen"|"Kontroll"|"Polis \(2\)"|"Parter"/);
    expect(messages[0]).toContain("Om fliken har bytt namn, skriv det nya namnet i kolumnen Flik");
  });

  it("gives the suggestion in English too", async () => {
    const { translateFindings } = await import("../../src/core/messages/catalogue");
    const [f] = translateFindings(tabFindings(withTab("Stångåstaden", "Stångåstaden AB")), "en");
    expect(f!.message).toContain('Was it renamed to "Stångåstaden AB"?');
  });
});

describe("300 partner tabs", () => {
  it("are checked, and the reports and the Kontroll sheet are made, without an exception", async () => {
    const grids = syntheticRegister(300, 3);
    const result = check(grids);
    expect(result.register.partners).toHaveLength(300);
    expect(result.findings.filter((f) => f.severity === "error" && f.code.startsWith("missing"))).toEqual([]);
    const tertial = await makeTertialReport(new MemoryPort(grids), { now: NOW });
    const final = await makeFinalReport(new MemoryPort(grids), { now: NOW, withKontroll: false });
    expect(tertial.plans.map((p) => p.name)).toEqual([tertial.sheet, "Kontroll", "Rapportlogg"]);
    expect(final.sheet).toBe("Slutrapport");
    // Every partner has its place in RAPPORTERING PER PART (two partners to a row: 150 rows).
    const values = tertial.plans[0]!.values;
    const from = values.findIndex((r) => r[0] === "RAPPORTERING PER PART");
    const to = values.findIndex((r, i) => i > from && r[0] === "UTVECKLING FÖR NYCKELINDIKATORER");
    const partnerCells = values
      .slice(from, to < 0 ? undefined : to)
      .flat()
      .filter((v) => typeof v === "string" && /^Part P\d{3}/.test(v));
    expect(partnerCells.length).toBe(300);
    expect(new Set(partnerCells).size).toBe(300);
  });
});
