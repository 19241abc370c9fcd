import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { renderWorkbook } from "../../src/xlsx/render-plan";

const dir = mkdtempSync(join(tmpdir(), "pledge-reminders-"));
const demoFile = join(dir, "demo.xlsx");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date(2026, 0, 8, 9, 15) });
  return { code, out, err };
}

beforeAll(async () => {
  writeFileSync(demoFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
});

describe("pledge reminders", () => {
  it("prints the contract's JSON: the tertial, its due day, one reminder per partner with something missing", async () => {
    const { code, out, err } = await run("reminders", demoFile, "--tertial", "T3 2025", "--json");
    expect([code, err]).toEqual([0, ""]);
    const json = JSON.parse(out) as { tertial: string; due: string; reminders: Record<string, unknown>[] };
    expect(json).toMatchObject({ tertial: "T3 2025", due: "2026-01-14" });
    expect(json.reminders.map((r) => [r.partner, r.contact, r.missingActivities, r.missingIndicators])).toEqual([
      ["ATK", "aktivitetshuset.taekwondo@skaggetorp.example", true, []],
      ["IKEA", null, true, []],
    ]);
    for (const r of json.reminders) {
      expect(Object.keys(r)).toEqual(["partner", "name", "contact", "missingActivities", "missingIndicators", "text"]);
      expect(r.text).toMatch(/^Hej .+!\n/);
      expect(r.text).toContain("senast onsdag 14 januari 2026");
    }
  });

  it("takes the report's default tertial without --tertial: the latest that has ended", async () => {
    const { out } = await run("reminders", demoFile, "--json", "--today", "2025-09-20");
    expect(JSON.parse(out)).toMatchObject({ tertial: "T2 2025", due: "2025-09-14" });
  });

  it("prints for people without --json: who, where to send, what is missing and the text", async () => {
    const { code, out } = await run("reminders", demoFile, "--tertial", "T3 2025");
    expect(code).toBe(0);
    expect(out).toMatch(/^Påminnelser för T3 2025, att rapportera senast 2026-01-14: 2 parter saknar något\.\n/);
    expect(out).toContain(
      "1. Aktivitetshuset Taekwondo (ATK) – aktivitetshuset.taekwondo@skaggetorp.example\n   Saknas: aktiviteter under tertialen\n",
    );
    expect(out).toContain("2. IKEA Linköping (IKEA) – ingen e-postadress (fyll i kolumnen Kontakt på fliken Parter)");
    expect(out).toContain("   Hej IKEA Linköping!");
  });

  it("says so when nothing is missing", async () => {
    const { code, out } = await run("reminders", demoFile, "--tertial", "T2 2025");
    expect(code).toBe(0);
    expect(out).toBe("Alla parter har rapporterat allt som behövs för T2 2025. Ingen påminnelse behövs.\n");
  });

  it("answers a register without a readable pledge and bad usage with one Swedish line, exit 2", async () => {
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, await renderWorkbook(registerPlans()));
    const none = await run("reminders", empty, "--tertial", "T2 2025");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^Registret saknar ett läsbart löfte/);
    expect((await run("reminders")).code).toBe(2);
    expect((await run("reminders", demoFile, "--tertial", "hösten")).err).toContain('"T2 2025"');
  });
});
