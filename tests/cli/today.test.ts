/** `pledge` takes "today" from the machine's local clock, and `--today` keeps the local time of day. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";

const dir = mkdtempSync(join(tmpdir(), "pledge-today-"));
const file = join(dir, "demo.xlsx");

async function run(now: Date, ...argv: string[]) {
  let out = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: () => undefined, now });
  return { code, out };
}

beforeAll(async () => {
  writeFileSync(file, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

describe("today on the command line", () => {
  it("is the local day: at 00:30 on 6 September the check is made as of 6 September", async () => {
    const { out } = await run(new Date(2025, 8, 6, 0, 30), "check", file);
    expect(out.split("\n")[0]).toMatch(/\(tertial T3 2025, dag 2025-09-06\)$/);
  });

  it("--today dates the report that day, at the local time of day it was made", async () => {
    const out = join(dir, "r.xlsx");
    await run(new Date(2025, 8, 6, 0, 30), "report", file, "--tertial", "T2 2025", "--today", "2025-09-05", "--out", out);
    const grids = await readWorkbook(readFileSync(out));
    const created = grids.sheets[0]!.values.flat().find((v): v is string => typeof v === "string" && v.startsWith("Skapad "));
    expect(created).toMatch(/^Skapad 2025-09-05 00:30 · /);
    const kontroll = grids.sheets.find((s) => s.name === "Kontroll")!.values[0]![0];
    expect(kontroll).toMatch(/^Kontroll 2025-09-05 00:30 · /);
  }, 30_000);

  it("reports and trends on the latest ended tertial by default (T2 2025 on 2025-09-05), and checks completeness for today's (T3 2025)", async () => {
    const now = new Date(2025, 8, 5, 14, 32);
    const out = join(dir, "default.xlsx");
    await run(now, "report", file, "--out", out);
    const grids = await readWorkbook(readFileSync(out));
    expect(grids.sheets.map((s) => s.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg"]);
    expect(JSON.parse((await run(now, "trends", file, "--json")).out).tertial).toBe("T2 2025");
    expect((await run(now, "check", file)).out.split("\n")[0]).toMatch(/\(tertial T3 2025, dag 2025-09-05\)$/);
  }, 30_000);
});
