/**
 * The Rapportlogg on the .xlsx path: `pledge report` puts the log into the report
 * workbook, and a register whose Rapportlogg another program wrote from the
 * contract's headers (openpyxl here) reads: its rows are kept, the new report's
 * row added, and the output says that the tertial was reported before on other data.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { checkRegister } from "../../src/core/check-register";
import { readReportLog } from "../../src/core/report/log/read-log";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { excludedInScope, tertialScope } from "../../src/core/report/model/report-scope";
import { renderWorkbook } from "../../src/xlsx/render-plan";

const dir = mkdtempSync(join(tmpdir(), "pledge-log-"));
const registerFile = join(dir, "register.xlsx");
const foreignFile = join(dir, "register-med-logg.xlsx");
const NOW = new Date(2025, 8, 5, 14, 32);

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: NOW });
  return { code, out, err };
}

// Another program's log, from the contract's headers only: no Flikar column, dates as real datetimes.
const FOREIGN_LOG = `
import sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ind = wb["Indikatorer"]
rows = [r for r in ind.iter_rows(min_row=2, values_only=True) if r[0]]
ws = wb.create_sheet("Rapportlogg")
ws["A1"] = "Rapportlogg"
ws.append([])
ws.append(["Skapad", "Flik", "Period", "Data", "Rader", "Utelämnade", None, "Indikator-ID", "Enhet", "Källa", "Riktning",
           "Sammanvägning", "Frekvens", "Utgångsvärde", "Utgångsperiod", "Målvärde", "Könsuppdelad", "Låst"])
ws.append([datetime.datetime(2025, 9, 1, 8, 0), "Rapport T2 2025", "T2 2025", "000000", 300, 2, None]
          + [rows[0][0], *rows[0][2:7], rows[0][7], rows[0][8], (rows[0][9] or 0) + 5, rows[0][10], datetime.date(2025, 9, 1)])
wb.save(sys.argv[2])
`;

beforeAll(async () => {
  writeFileSync(registerFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

describe("pledge report and the Rapportlogg", () => {
  it("puts the log with the report's row into the report workbook, read back by the engine", async () => {
    const out = join(dir, "rapport.xlsx");
    const r = await run("report", registerFile, "--tertial", "T2 2025", "--out", out);
    expect(r.code).toBe(0);
    const log = readReportLog(await readWorkbook(readFileSync(out)))!;
    const register = checkRegister(await readWorkbook(readFileSync(registerFile)), {
      today: 45905,
      tertial: { kind: "tertial", year: 2025, tertial: 2 },
    }).register;
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      sheet: "Rapport T2 2025",
      period: "T2 2025",
      // The figures the report's head shows: T2's own rows, and the rows with errors T2 would have read.
      rows: 77,
      excluded: excludedInScope(register, tertialScope({ kind: "tertial", year: 2025, tertial: 2 })),
    });
    expect(register.excludedRows).toBe(7);
    expect(log.entries[0]!.excluded).toBe(5);
    expect(r.out).toContain(`data ${log.entries[0]!.data}`);
    expect(log.entries[0]!.tabs.length).toBe(4 + register.partners.length);
    expect(log.locked.map((l) => l.id)).toEqual(register.indicators.map((i) => i.id));
    expect(r.out).not.toMatch(/gjordes/);
  });

  it("reads a Rapportlogg openpyxl wrote from the contract, keeps its row and says the tertial was reported on other data", async () => {
    const python = openpyxlPythonOrNull();
    if (python === null) throw new Error("This test needs python3 with openpyxl (apt-get install python3-openpyxl).");
    execFileSync(python, ["-c", FOREIGN_LOG, registerFile, foreignFile]);
    const foreign = readReportLog(await readWorkbook(readFileSync(foreignFile)))!;
    expect(foreign.entries).toEqual([
      {
        created: expect.closeTo(45901 + 8 / 24, 6),
        sheet: "Rapport T2 2025",
        period: "T2 2025",
        data: "000000",
        rows: 300,
        excluded: 2,
        tabs: [],
        scope: null,
      },
    ]);
    expect(foreign.locked).toHaveLength(1);
    expect(foreign.locked[0]!.locked).toBe(45901);

    const out = join(dir, "rapport-igen.xlsx");
    const r = await run("report", foreignFile, "--tertial", "T2 2025", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Rapporten för T2 2025 gjordes 2025-09-01 08:00 (data 000000, fliken Rapport T2 2025)");
    const log = readReportLog(await readWorkbook(readFileSync(out)))!;
    expect(log.entries.map((e) => [e.period, e.data])).toEqual([
      ["T2 2025", "000000"],
      ["T2 2025", expect.stringMatching(/^[0-9a-f]{6}$/)],
    ]);
    // The indicator the other program locked stays as it locked it; the rest are locked now.
    expect(log.locked[0]).toEqual(foreign.locked[0]);
    expect(log.locked).toHaveLength(10);
  });

  it("lists, in the report, the target the other program's log locked and the register has changed since", async () => {
    const python = openpyxlPythonOrNull();
    if (python === null) throw new Error("This test needs python3 with openpyxl (apt-get install python3-openpyxl).");
    const foreign = join(dir, "register-med-logg-2.xlsx");
    execFileSync(python, ["-c", FOREIGN_LOG, registerFile, foreign]);
    const out = join(dir, "rapport-med-andring.xlsx");
    expect((await run("report", foreign, "--tertial", "T2 2025", "--out", out)).code).toBe(0);
    const report = (await readWorkbook(readFileSync(out))).sheets[0]!;
    const rows = report.values.map((r) => r.filter((v) => v !== null));
    const title = rows.findIndex((r) => r[0] === "ÄNDRADE INDIKATORER");
    const target = demoRegister().sheets.find((sh) => sh.name === "Indikatorer")!.values[1]![9] as number;
    expect(rows.slice(title + 2, title + 4)).toEqual([
      ["Indikator", "Kolumn", "Låst värde", "Nu", "Låst sedan"],
      [
        expect.any(String),
        "Målvärde",
        String(target + 5).replace(".", ","),
        String(target).replace(".", ","),
        "Rapport T2 2025 (2025-09-01)",
      ],
    ]);
  });
});
