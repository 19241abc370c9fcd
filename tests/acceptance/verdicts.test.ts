/**
 * Acceptance, issue 12: the status at the pledge's end is a verdict. A register that is
 * not the demo (tests/acceptance/openpyxl/verdicts.json: Trygg i Berga 2023–2024), typed
 * as people type and written by openpyxl and by LibreOffice, whose last tertial holds an
 * indicator met, one improved but not met, one not met and values left out by errors;
 * `pledge trends` at the last tertial, its tertial report and the Slutrapport must each
 * give the verdict worked out by hand in the fixture (the arithmetic is in its `_why`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Run } from "./cli-runner";
import { differences } from "./fixture-spec";
import {
  indicatorTable,
  loadSpec,
  openpyxlJson,
  sheetRows,
  skipWithoutOpenpyxl,
  suiteSetup,
  writeRegister,
  type Written,
} from "./openpyxl-runner";

jest.setTimeout(180_000);

interface Verdict {
  id: string;
  name: string;
  /** At the last tertial (pledge trends and its tertial report) and in the Slutrapport. */
  status: "met" | "improved" | "not-met";
  words: string;
  value: number;
  /** The period of the value judged, when it is not the last tertial. */
  period?: string;
  leftOut: { period: string; tabs: string[]; rows: number; kept: boolean }[];
}

interface Spec {
  today: string;
  lastTertial: string;
  expectedErrors: { code: string; severity: string; sheet: string; cell: string }[];
  verdicts: Verdict[];
  forecasts: Record<string, Record<string, unknown>[]>;
  charts: { title: string; tone: "green" | "red" | "orange" | "blue"; values: number[]; target: number }[];
  promises: Record<string, { headers: string[]; rows: Record<string, (string | number)[]> }>;
  participants: Record<string, { participants: number; gendered: number; women: number; men: number; share: number }>;
}

const spec = loadSpec<Spec>("verdicts");
const { dir, pledge } = suiteSetup("pledge-verdicts-");
let written: Written;
const runs = new Map<string, Promise<Run>>();
const WRITERS = ["openpyxl", "libreoffice"] as const;
type Writer = (typeof WRITERS)[number];

const fileOf = (w: Writer): string | null => (w === "openpyxl" ? written.xlsx : written.lo);
const reportOut = (w: Writer) => join(dir, `rapport-${w}.xlsx`);
const finalOut = (w: Writer) => join(dir, `slutrapport-${w}.xlsx`);

function start(w: Writer): void {
  const file = fileOf(w);
  if (file === null) return;
  const today = ["--today", spec.today];
  runs.set(`check ${w}`, pledge("check", file, "--json", ...today));
  for (const t of [spec.lastTertial, ...Object.keys(spec.forecasts)])
    runs.set(`trends ${t} ${w}`, pledge("trends", file, "--tertial", t, "--json", ...today));
  runs.set(`report ${w}`, pledge("report", file, "--tertial", spec.lastTertial, "--out", reportOut(w), ...today));
  runs.set(`final ${w}`, pledge("report", file, "--final", "--out", finalOut(w), ...today));
}

beforeAll(() => {
  written = writeRegister("verdicts", dir, { fods: true });
  for (const w of WRITERS) start(w);
}, 180_000);

/** True (and says why) when the file of this writer is not there. */
function skip(w: Writer): boolean {
  if (skipWithoutOpenpyxl()) return true;
  if (w === "libreoffice" && written.lo === null) {
    console.warn(`LibreOffice part skipped: ${written.loProblem}`);
    return true;
  }
  return false;
}

const ok = (key: string): Promise<Run> => runs.get(key)!;

interface TrendJson {
  id: string;
  period: string;
  value: number | null;
  previous: { period: string; value: number } | null;
  status: string;
  leftOut: { period: string; tabs: string[] }[];
  [k: string]: unknown;
}

async function trends(t: string, w: Writer): Promise<Map<string, TrendJson>> {
  const r = await ok(`trends ${t} ${w}`);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  const json = JSON.parse(r.stdout) as { tertial: string; indicators: TrendJson[] };
  expect(json.tertial).toBe(t);
  return new Map(json.indicators.map((i) => [i.id, i]));
}

const leftOutNote = (l: { period: string; tabs: string[] }) => l.tabs.map((tab) => `${l.period}: utelämnat, fel på fliken ${tab}`);

describe.each(WRITERS)("Trygg i Berga written by %s", (w) => {
  it("pledge check finds exactly the two planted errors (the values left out) and no warning", async () => {
    if (skip(w)) return;
    const r = await ok(`check ${w}`);
    const json = JSON.parse(r.stdout) as { findings: { code: string; severity: string; sheet: string; cell: string | null }[] };
    const got = json.findings
      .filter((f) => f.severity !== "info")
      .map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }));
    expect(got).toEqual(spec.expectedErrors.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell })));
    expect(r.code).toBe(1);
  });

  it.each(spec.verdicts.map((v) => [v.id, v] as const))(
    "pledge trends at the last tertial gives %s the hand-computed verdict",
    async (_id, v) => {
      if (skip(w)) return;
      const got = (await trends(spec.lastTertial, w)).get(v.id)!;
      expect({ id: v.id, status: got.status, leftOut: got.leftOut }).toEqual({ id: v.id, status: v.status, leftOut: v.leftOut });
      if (v.period === undefined) expect({ period: got.period, value: got.value }).toEqual({ period: spec.lastTertial, value: v.value });
      else if (/^\d{4}$/.test(v.period)) expect({ period: got.period, value: got.value }).toEqual({ period: v.period, value: v.value });
      // A tertial indicator whose last value was left out: no value for the tertial, the older one only as previous.
      else
        expect({ period: got.period, value: got.value, previous: got.previous }).toEqual({
          period: spec.lastTertial,
          value: null,
          previous: { period: v.period, value: v.value },
        });
    },
  );

  /** Each indicator's Kommentar marks every value left out by hand, and says nothing is left out where none was. */
  function expectLeftOutMarked(table: ReturnType<typeof indicatorTable>): void {
    for (const v of spec.verdicts) {
      const note = String(table.get(v.name)!.Kommentar);
      for (const mark of v.leftOut.flatMap(leftOutNote))
        expect({ name: v.name, note: note.includes(mark) }).toEqual({ name: v.name, note: true });
      if (v.leftOut.length === 0) expect(note).not.toContain("utelämnat");
    }
  }

  it("the tertial report for the last tertial shows each verdict in words and marks the values left out", async () => {
    if (skip(w)) return;
    const r = await ok(`report ${w}`);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const table = indicatorTable(sheetRows(reportOut(w), `Rapport ${spec.lastTertial}`), "Status");
    const got = spec.verdicts.map((v) => ({ name: v.name, status: table.get(v.name)?.Status }));
    expect(got).toEqual(spec.verdicts.map((v) => ({ name: v.name, status: v.words })));
    expectLeftOutMarked(table);
  });

  it("the Slutrapport gives each indicator the same verdict and marks the values left out", async () => {
    if (skip(w)) return;
    const r = await ok(`final ${w}`);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const table = indicatorTable(sheetRows(finalOut(w), "Slutrapport"), "Slutstatus");
    const got = spec.verdicts.map((v) => ({ name: v.name, status: table.get(v.name)?.Slutstatus }));
    expect(got).toEqual(spec.verdicts.map((v) => ({ name: v.name, status: v.words })));
    expectLeftOutMarked(table);
  });

  it("both kortversioner count the verdicts as worked out by hand", async () => {
    if (skip(w)) return;
    await Promise.all([ok(`report ${w}`), ok(`final ${w}`)]);
    // "Av 7 indikatorer med mål och utgångsvärde nådde 2 målet, 2 förbättrades utan att nå det, 2 blev inte bättre än utgångsvärdet och 1 saknar värde."
    const sentence =
      /Av (\d+) indikatorer med mål och utgångsvärde nådde (\d+) målet, (\d+) förbättrades utan att nå det(?:,| och) (\d+) blev inte bättre än utgångsvärdet(?: och (\d+) saknar värde)?/;
    const counts = (file: string, sheet: string) => {
      const summary = sheetRows(file, sheet).find((r) => typeof r[0] === "string" && sentence.test(r[0]));
      const m = sentence.exec(String(summary?.[0] ?? ""));
      return m ? { all: +m[1]!, met: +m[2]!, improved: +m[3]!, notMet: +m[4]!, noData: +(m[5] ?? 0) } : null;
    };
    const tally = (statuses: string[]) => ({
      all: statuses.length,
      met: statuses.filter((s) => s === "met").length,
      improved: statuses.filter((s) => s === "improved").length,
      notMet: statuses.filter((s) => s === "not-met").length,
      noData: statuses.filter((s) => s === "no-data").length,
    });
    expect(counts(reportOut(w), `Rapport ${spec.lastTertial}`)).toEqual(tally(spec.verdicts.map((v) => v.status)));
    expect(counts(finalOut(w), "Slutrapport")).toEqual(tally(spec.verdicts.map((v) => v.status)));
  });

  it.each(Object.keys(spec.promises))(
    "%s says per measure whether the promise is kept, with what was done, as counted by hand",
    async (sheet) => {
      if (skip(w)) return;
      await Promise.all([ok(`report ${w}`), ok(`final ${w}`)]);
      const rows = sheetRows(sheet === "Slutrapport" ? finalOut(w) : reportOut(w), sheet);
      const want = spec.promises[sheet]!;
      const at = rows.findIndex((r) => r[0] === "Åtgärd" && want.headers.every((h) => r.includes(h)));
      expect(at).toBeGreaterThan(0);
      const got = Object.fromEntries(
        Object.keys(want.rows).map((name) => {
          const row = rows.slice(at + 1).find((r) => r[0] === name);
          return [name, row ? want.headers.map((h) => row[rows[at]!.indexOf(h)]) : "no row"];
        }),
      );
      expect(got).toEqual(want.rows);
    },
  );

  it.each(Object.keys(spec.participants))(
    "%s gives the women's share of those whose gender was given, and names that base",
    async (sheet) => {
      if (skip(w)) return;
      await Promise.all([ok(`report ${w}`), ok(`final ${w}`)]);
      const rows = sheetRows(sheet === "Slutrapport" ? finalOut(w) : reportOut(w), sheet);
      const want = spec.participants[sheet]!;
      const int = (t: string) => Number(t.replace(/[\s\u00a0\u202f]/g, ""));
      // "… med sammanlagt 1 381 deltagare; av de 1 341 vars kön angavs var 45 % kvinnor och flickor."
      const said =
        /med sammanlagt ([\d\s\u00a0\u202f]+) deltagare; av de ([\d\s\u00a0\u202f]+) vars kön angavs var (\d+) % kvinnor och flickor/;
      const m = rows.map((r) => said.exec(String(r[0]))).find((x) => x !== null);
      expect(m ? { participants: int(m[1]!), gendered: int(m[2]!), share: +m[3]! } : null).toEqual({
        participants: want.participants,
        gendered: want.gendered,
        share: want.share,
      });
      expect(Math.round((100 * want.women) / want.gendered)).toBe(want.share);
      // The key figures give the base as a row of its own: the number right of each label.
      const figure = (label: string) => {
        for (const r of rows) {
          const at = r.indexOf(label);
          if (at >= 0) return r.slice(at + 1).find((v) => v !== "");
        }
        return undefined;
      };
      const figures = {
        participants: figure("Deltagare"),
        gendered: figure("med kön angivet"),
        women: figure("varav kvinnor/flickor"),
        men: figure("varav män/pojkar"),
      };
      expect(figures).toEqual({ participants: want.participants, gendered: want.gendered, women: want.women, men: want.men });
    },
  );

  it.each([
    ["the tertial report", "report"],
    ["the Slutrapport", "final"],
  ] as const)(
    "%s draws each key indicator's line in the colour of better or worse as its verdict says, with its values and target",
    async (_what, which) => {
      if (skip(w)) return;
      await ok(`${which} ${w}`);
      // Each chart part of the workbook: its title, and per series its name, line colour and cached values.
      const charts = openpyxlJson<{ title: string; series: { name: string; colour: string; values: number[] }[] }[]>(
        readFileSync(join(__dirname, "chart_series.py"), "utf8"),
        which === "report" ? reportOut(w) : finalOut(w),
      );
      const tone = (hex: string) => {
        const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
        if (g > r && g > b) return "green";
        if (b > r && b > g) return "blue";
        if (r > b && g >= 0x60 && r > g) return "orange";
        return r > g && r > b ? "red" : `unclear ${hex}`;
      };
      const got = charts.map((c) => {
        const value = c.series.find((s) => s.name === "Värde")!;
        const target = c.series.find((s) => s.name === "Mål")!;
        return { title: c.title, tone: tone(value.colour), values: value.values, target: [...new Set(target.values)] };
      });
      expect(got).toEqual(spec.charts.map((c) => ({ title: c.title, tone: c.tone, values: c.values, target: [c.target] })));
    },
  );

  it.each(Object.keys(spec.forecasts))("before the end (%s) the same indicators get a forecast, not a verdict", async (t) => {
    if (skip(w)) return;
    const byId = await trends(t, w);
    const problems = spec.forecasts[t]!.flatMap((want) => differences(want, byId.get(want.id as string) ?? null, String(want.id)));
    expect(problems).toEqual([]);
  });
});

describe("the LibreOffice copy", () => {
  it("gives pledge trends the same JSON as the openpyxl file, at the last tertial and before", async () => {
    if (skip("libreoffice")) return;
    for (const t of [spec.lastTertial, ...Object.keys(spec.forecasts)]) {
      const [a, b] = await Promise.all([ok(`trends ${t} openpyxl`), ok(`trends ${t} libreoffice`)]);
      expect(b.stdout).toBe(a.stdout);
    }
  });
});
