/**
 * Acceptance, faithful reading (DOMAIN: "a number counts as the cell shows it"): one
 * register (tests/acceptance/openpyxl/faithful.json) in two spellings, numbers and dates
 * typed as text ('57,5 %', '1 234' with a no-break space, '2025-03-04') or stored as
 * Excel stores them (0.575 shown as 57,5 %, 1234, date serials), each written by openpyxl
 * and by LibreOffice (.fods converted by soffice). All four files must give the same
 * JSON from `pledge check`, `trends`, `reminders` and `report`, and the figures worked
 * out by hand.
 */
import { join } from "node:path";
import type { Run } from "./cli-runner";
import { differences } from "./fixture-spec";
import { loadSpec, sheetRows, skipWithoutOpenpyxl, suiteSetup, writeRegister } from "./openpyxl-runner";

jest.setTimeout(180_000);

interface Spec {
  today: string;
  variants: string[];
  runs: string[][];
  expectedTrends: Record<string, Record<string, unknown>[]>;
}

const spec = loadSpec<Spec>("faithful");
const { dir, pledge } = suiteSetup("pledge-faithful-");
/** label → file: "text (openpyxl)", "number (LibreOffice)", … */
const files = new Map<string, string>();
const problems: string[] = [];
const runs = new Map<string, Promise<Run>>();
const reportOf = (label: string) => join(dir, `rapport-${label.replace(/\W+/g, "-")}.xlsx`);

beforeAll(() => {
  for (const variant of spec.variants) {
    const w = writeRegister("faithful", dir, { variant, fods: true });
    if (w.xlsx) files.set(`${variant} (openpyxl)`, w.xlsx);
    if (w.lo) files.set(`${variant} (LibreOffice)`, w.lo);
    else if (w.loProblem) problems.push(w.loProblem);
  }
  for (const [label, file] of files) {
    spec.runs.forEach(([cmd, ...args], i) => runs.set(`${i} ${label}`, pledge(cmd!, file, ...args, "--today", spec.today)));
    runs.set(`report ${label}`, pledge("report", file, "--tertial", "T2 2025", "--json", "--out", reportOf(label), "--today", spec.today));
  }
}, 180_000);

const labels = () => [...files.keys()];
const first = () => labels()[0]!;

function skip(): boolean {
  if (skipWithoutOpenpyxl()) return true;
  if (problems.length > 0) console.warn(`LibreOffice part skipped: ${problems[0]}`);
  return false;
}

describe("one register typed as text or stored as numbers and dates, by openpyxl and by LibreOffice", () => {
  it("is written four ways (two without soffice)", () => {
    if (skip()) return;
    expect(labels().length).toBe(problems.length > 0 ? 2 : 4);
  });

  it.each(spec.runs.map((r, i) => [r.join(" "), i] as const))("pledge %s gives byte-identical output for every file", async (_what, i) => {
    if (skip()) return;
    const outs = await Promise.all(labels().map((l) => runs.get(`${i} ${l}`)!));
    for (const o of outs) expect(o.stderr).toBe("");
    const byLabel = Object.fromEntries(labels().map((l, k) => [l, { code: outs[k]!.code, stdout: outs[k]!.stdout }]));
    const want = byLabel[first()]!;
    expect(byLabel).toEqual(Object.fromEntries(labels().map((l) => [l, want])));
  });

  it("pledge report gives the same fingerprint, counts and kortversion, and the same report sheet, for every file", async () => {
    if (skip()) return;
    const outs = await Promise.all(labels().map((l) => runs.get(`report ${l}`)!));
    const jsons = outs.map((o) => {
      expect({ code: o.code, stderr: o.stderr }).toEqual({ code: 0, stderr: "" });
      const { out: _out, ...rest } = JSON.parse(o.stdout) as Record<string, unknown>;
      return rest;
    });
    for (const j of jsons) expect(j).toEqual(jsons[0]);
    // The sheet itself, read by SheetJS; only the line saying when it was made may differ.
    const cells = labels().map((l) => sheetRows(reportOf(l), "Rapport T2 2025").filter((r) => !String(r[0]).startsWith("Skapad")));
    for (const c of cells) expect(c).toEqual(cells[0]);
  });

  it.each(Object.keys(spec.expectedTrends))("pledge trends %s gives the figures worked out by hand", async (t) => {
    if (skip()) return;
    const i = spec.runs.findIndex((r) => r[0] === "trends" && r[2] === t);
    for (const label of labels()) {
      const json = JSON.parse((await runs.get(`${i} ${label}`)!).stdout) as { indicators: Record<string, unknown>[] };
      const byId = new Map(json.indicators.map((x) => [x.id, x]));
      const diffs = spec.expectedTrends[t]!.flatMap((w) => differences(w, byId.get(w.id as string) ?? null, `${label} ${String(w.id)}`));
      expect(diffs).toEqual([]);
    }
  });

  it("reads '57,5 %' and 0.575 shown as 57,5 % as exactly 57.5, not 57.49999999999999", async () => {
    if (skip()) return;
    const i = spec.runs.findIndex((r) => r[0] === "trends" && r[2] === "T2 2025");
    for (const label of labels()) {
      const json = JSON.parse((await runs.get(`${i} ${label}`)!).stdout) as {
        indicators: { id: string; women: number; men: number; series: { value: number }[] }[];
      };
      const l1 = json.indicators.find((x) => x.id === "L1")!;
      // Exactly, not within 1e-9: 0.575 * 100 is 57.49999999999999 and 0.285 * 100 is 28.499999999999996 in binary.
      expect({ label, women: l1.women, men: l1.men, t1: l1.series[0]!.value }).toStrictEqual({ label, women: 28.5, men: 57.5, t1: 57.5 });
    }
  });
});
