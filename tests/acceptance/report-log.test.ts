/**
 * Acceptance, issue 14 item 3: indicators fixed in advance, against a `Rapportlogg` that
 * another program wrote from the contract (tests/acceptance/openpyxl/rapportlogg.json:
 * Trygg i Berga with a log typed by openpyxl, its tables in another column order than the
 * add-in's, dates and numbers in other spellings). `pledge check --json` gives
 * `indicator-changed` at exactly the cells that differ from what table 2 locked, in the
 * contract's JSON shape, and nothing for fields that only read differently; `pledge
 * report` lists the same changes and writes the log with every row it had and the new one.
 */
import { join } from "node:path";
import type { Run } from "./cli-runner";
import { DOMAIN_SEVERITY } from "./fixture-spec";
import {
  dumpXlsx,
  loadSpec,
  openpyxlJson,
  sheetRows,
  skipWithoutOpenpyxl,
  suiteSetup,
  tableUnder,
  writeRegister,
  type Written,
} from "./openpyxl-runner";

jest.setTimeout(180_000);

interface Expected {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
  /** The Indikatorer header of the cell. */
  column: string;
  old: string;
  new: string;
  locked: string;
}

interface Spec {
  today: string;
  tertial: string;
  expectedWarnings: Expected[];
  sameAsLocked: Record<string, string>;
  lockedSince: string;
  reportedBefore: { data: string; sheet: string; tabs: string[] };
}

interface CheckJson {
  findings: { code: string; severity: string; sheet: string; cell: string | null; message: string }[];
  counts: { error: number; warning: number; info: number };
}

const spec = loadSpec<Spec>("rapportlogg");
const base = loadSpec<{ expectedErrors: { code: string; severity: string; sheet: string; cell: string }[] }>("verdicts");
const { dir, pledge } = suiteSetup("pledge-report-log-");
let written: Written;
let check: Promise<Run>;
let report: Promise<Run>;
let final: Promise<Run>;
const reportOut = () => join(dir, "rapport.xlsx");
const finalOut = () => join(dir, "slutrapport.xlsx");

beforeAll(() => {
  written = writeRegister("rapportlogg", dir);
  if (written.xlsx === null) return;
  check = pledge("check", written.xlsx, "--json", "--today", spec.today, "--tertial", spec.tertial);
  report = pledge("report", written.xlsx, "--tertial", spec.tertial, "--json", "--out", reportOut(), "--today", spec.today);
  final = pledge("report", written.xlsx, "--final", "--json", "--out", finalOut(), "--today", spec.today);
}, 180_000);

const key = (f: { code: string; severity: string; sheet: string; cell: string | null }) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe("pledge check on a register whose Rapportlogg another program wrote", () => {
  it("writes one line of JSON in the contract's shape", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await check;
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const json = JSON.parse(r.stdout) as CheckJson;
    expect(Object.keys(json).sort()).toEqual(["counts", "findings"]);
    expect(Object.keys(json.counts).sort()).toEqual(["error", "info", "warning"]);
    for (const f of json.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
      expect(DOMAIN_SEVERITY[f.code]).toBe(f.severity);
    }
    const tally = (s: string) => json.findings.filter((f) => f.severity === s).length;
    expect(json.counts).toEqual({ error: tally("error"), warning: tally("warning"), info: tally("info") });
  });

  it("gives indicator-changed at exactly the cells that differ from table 2, and no other warning", async () => {
    if (skipWithoutOpenpyxl()) return;
    const json = JSON.parse((await check).stdout) as CheckJson;
    const got = json.findings
      .filter((f) => f.severity !== "info")
      .map(key)
      .sort();
    expect(got).toEqual([...spec.expectedWarnings, ...base.expectedErrors].map(key).sort());
  });

  it("says in each message the old value, the new one and the day it was locked", async () => {
    if (skipWithoutOpenpyxl()) return;
    const json = JSON.parse((await check).stdout) as CheckJson;
    for (const want of spec.expectedWarnings) {
      const f = json.findings.find((x) => key(x) === key(want))!;
      const says = {
        cell: want.cell,
        old: f.message.includes(want.old),
        new: f.message.includes(want.new),
        locked: f.message.includes(want.locked),
      };
      expect(says).toEqual({ cell: want.cell, old: true, new: true, locked: true });
    }
  });
});

describe("pledge report on that register", () => {
  it("lists the same changes under ÄNDRADE INDIKATORER, by name, since the first report", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await report;
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const rows = sheetRows(reportOut(), `Rapport ${spec.tertial}`);
    const at = rows.findIndex((row) => row[0] === "ÄNDRADE INDIKATORER");
    expect(at).toBeGreaterThan(0);
    const header = rows.findIndex((row, i) => i > at && row[0] === "Indikator");
    const cols = (h: string) => rows[header]!.indexOf(h);
    const listed: string[][] = [];
    for (const row of rows.slice(header + 1)) {
      if (row[0] === "") break;
      listed.push([String(row[cols("Kolumn")]), String(row[cols("Låst värde")]), String(row[cols("Nu")]), String(row[cols("Låst sedan")])]);
    }
    expect(listed).toEqual(spec.expectedWarnings.map((w) => [w.column, w.old, w.new, spec.lockedSince]));
  });

  it("writes the log with every row the register's log had, read by openpyxl, and one new report row", async () => {
    if (skipWithoutOpenpyxl()) return;
    expect((await report).code).toBe(0);
    // Table 2 rows (Indikator-ID, Målvärde) and table 1 rows (Flik) of a log, found by their headers.
    const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)["Rapportlogg"]
cells = [[c.value for c in row] for row in ws.iter_rows()]
def table(first):
    for r, row in enumerate(cells):
        if first in row:
            c = row.index(first)
            heads = row[c:]
            out = []
            for below in cells[r + 1:]:
                if below[c] in (None, ""):
                    continue
                out.append({str(h): (str(v) if v is not None else None) for h, v in zip(heads, below[c:]) if h})
            return out
    return []
print(json.dumps({"reports": [r["Flik"] for r in table("Flik")], "locked": [[r["Indikator-ID"], r["Målvärde"]] for r in table("Indikator-ID")]}))
`;
    const before = openpyxlJson<{ reports: string[]; locked: string[][] }>(script, written.xlsx!);
    const after = openpyxlJson<{ reports: string[]; locked: string[][] }>(script, reportOut());
    expect(after.reports).toEqual([...before.reports, `Rapport ${spec.tertial}`]);
    // Every locked row kept (B1 twice, as the other program wrote it), the indicator not locked yet (B7) added.
    const num = (rows: string[][]) => rows.map(([id, target]) => [id, Number(String(target).replace(",", "."))]);
    expect(num(after.locked)).toEqual([...num(before.locked), ["B7", 8]]);
  });
});

describe("a tertial the log says was reported before", () => {
  it("pledge report --json says it was reported on other data: when, which sheet, and that the log cannot name the tabs", async () => {
    if (skipWithoutOpenpyxl()) return;
    const out = JSON.parse((await report).stdout) as { sheet: string; fingerprint: string; changedSince: unknown };
    expect(out.sheet).toBe(`Rapport ${spec.tertial}`);
    const { _why, ...want } = spec.reportedBefore as typeof spec.reportedBefore & { _why?: string };
    expect(out.changedSince).toEqual(want);
    expect(out.fingerprint).not.toBe(want.data);
  });

  it("the Slutrapport adds its row for the whole pledge (Hela löftet) with its fingerprint, after every row the log had", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await final;
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const out = JSON.parse(r.stdout) as { sheet: string; fingerprint: string; changedSince: unknown };
    expect({ sheet: out.sheet, changedSince: out.changedSince }).toEqual({ sheet: "Slutrapport", changedSince: null });
    const before = tableUnder(dumpXlsx(written.xlsx!).cells["Rapportlogg"]!, ["Flik", "Period", "Data"])!.rows;
    const after = tableUnder(dumpXlsx(finalOut()).cells["Rapportlogg"]!, ["Flik", "Period", "Data"])!.rows;
    const norm = (rows: Record<string, unknown>[]) =>
      rows.map((x) => [x.Flik, String(x.Period).toUpperCase(), String(x.Data).toLowerCase()]);
    expect(norm(after)).toEqual([...norm(before), ["Slutrapport", "HELA LÖFTET", out.fingerprint]]);
  });
});

describe("what reads the same is not a change", () => {
  it.each(Object.entries(spec.sameAsLocked))("%s: %s", async (id) => {
    if (skipWithoutOpenpyxl()) return;
    const json = JSON.parse((await check).stdout) as CheckJson;
    const about = json.findings.filter((f) => f.code === "indicator-changed" && f.message.startsWith(`${id} `));
    expect(about.filter((f) => !spec.expectedWarnings.some((w) => w.cell === f.cell)).map(key)).toEqual([]);
  });
});
