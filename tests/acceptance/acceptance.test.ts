/**
 * Acceptance: the real `pledge` command on registers written by another
 * program (tests/acceptance/write_register.py, and LibreOffice), compared
 * with findings and trends worked out by hand from DOMAIN.md.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { read as readXlsx, utils } from "@e965/xlsx";
import { BIN_PLEDGE, bundleCli, MAIN_TS, pledgeRunner, type Run, runOnce } from "./cli-runner";
import { BAD_FILES, sheetsAsCsv, spawnAsync } from "./outside-tools";
import { DOMAIN_SEVERITY, differences, FIXTURE_DIR, findingKey, type FixtureSpec, loadFixtures, multisetDiff } from "./fixture-spec";

jest.setTimeout(120_000);

const WRITER = join(__dirname, "write_register.py");
const fixtures = loadFixtures();
const dir = mkdtempSync(join(tmpdir(), "pledge-acceptance-"));
const cli = bundleCli();
const pledge = pledgeRunner(cli.script, 3);
const runs = new Map<string, Promise<Run>>();
let libreOfficeProblem: string | null = null;

const fileOf = (f: FixtureSpec, writer: string) => join(dir, writer === "python" ? `${f.name}.xlsx` : `${f.name}.lo.xlsx`);
const checkArgs = (f: FixtureSpec, file: string) => ["check", file, "--json", "--today", f.check.today, "--tertial", f.check.tertial];
const trendsArgs = (f: FixtureSpec, file: string, tertial: string) => [
  "trends",
  file,
  "--tertial",
  tertial,
  "--json",
  "--today",
  f.check.today,
];
const REPORT_OUT = join(dir, "rapport", "rapport.xlsx");

const checkCases = fixtures.flatMap((f) => f.writers.map((w) => [`${f.name} (${w})`, f, w] as const));
const trendCases = fixtures.flatMap((f) =>
  Object.keys(f.trends ?? {}).flatMap((t) => f.writers.map((w) => [`${f.name} ${t} (${w})`, f, w, t] as const)),
);
const reportFixture = fixtures.find((f) => f.trends && f.writers.includes("python"))!;

function run(key: string, args: string[]): Promise<Run> {
  let r = runs.get(key);
  if (!r) {
    r = pledge(...args);
    runs.set(key, r);
  }
  return r;
}

/** The report workbook converted by LibreOffice, every sheet to its own CSV file (null without soffice). */
let reportCsv: Promise<{ code: number; dir: string } | null>;
/** One check run through bin/pledge.js, as the command ships, and one from the sources through tsx. */
const shippedFixture = fixtures.find((x) => x.name === "partner-faults")!;
let shipped: Promise<Run>;
let fromSources: Promise<Run>;

beforeAll(() => {
  const specs = fixtures.map((f) => join(FIXTURE_DIR, `${f.name}.json`));
  const written = spawnSync("python3", ["-B", WRITER, "--out", dir, "--only", "python", ...specs], { encoding: "utf8" });
  if (written.status !== 0) throw new Error(`write_register.py failed: ${written.stderr}`);
  // LibreOffice converts its registers while the python-written ones are checked.
  const loWritten = spawnAsync("python3", ["-B", WRITER, "--out", dir, "--only", "libreoffice", ...specs]).then(({ stderr }) => {
    const missing = fixtures.filter((f) => f.writers.includes("libreoffice") && !existsSync(fileOf(f, "libreoffice")));
    if (missing.length > 0) libreOfficeProblem = stderr.trim() || "LibreOffice wrote no files";
  });
  const start = (w: string, key: string, args: string[]) => {
    if (w === "python") void run(key, args);
    else
      runs.set(
        key,
        loWritten.then(() => run(`lo ${key}`, args)),
      );
  };
  // The report first: LibreOffice then converts it while the checks run.
  mkdirSync(join(dir, "rapport"));
  const report = run("report", [
    "report",
    fileOf(reportFixture, "python"),
    "--tertial",
    "T2 2025",
    "--out",
    REPORT_OUT,
    "--today",
    reportFixture.check.today,
  ]);
  shipped = runOnce(BIN_PLEDGE, checkArgs(shippedFixture, fileOf(shippedFixture, "python")));
  fromSources = shipped.then(() => runOnce(MAIN_TS, checkArgs(shippedFixture, fileOf(shippedFixture, "python"))));
  for (const [label, f, w] of checkCases) start(w, `check ${label}`, checkArgs(f, fileOf(f, w)));
  for (const [label, f, w, t] of trendCases) start(w, `trends ${label}`, trendsArgs(f, fileOf(f, w), t));
  reportCsv = report.then(() => sheetsAsCsv(REPORT_OUT, join(dir, "csv")));
  for (const [what, make] of BAD_FILES) {
    const path = join(dir, `bad-${what.replace(/\W+/g, "-")}.xlsx`);
    make(path);
    void run(`bad ${what}`, ["check", path, "--json"]);
  }
}, 180_000);

/** True (and says why) when a LibreOffice-written file is not there to test. */
function skipLibreOffice(writer: string): boolean {
  if (writer !== "libreoffice" || libreOfficeProblem === null) return false;
  console.warn(`LibreOffice part skipped: ${libreOfficeProblem}`);
  return true;
}

interface CheckJson {
  findings: { code: string; severity: string; sheet: string; cell: string | null; message: string }[];
  counts: { error: number; warning: number; info: number };
}

describe.each(checkCases)("pledge check %s", (label, fixture, writer) => {
  const result = async (): Promise<{ run: Run; json: CheckJson }> => {
    const r = await run(`check ${label}`, checkArgs(fixture, fileOf(fixture, writer)));
    return { run: r, json: JSON.parse(r.stdout) as CheckJson };
  };

  it("writes one line of JSON in DOMAIN.md's shape on stdout and nothing on stderr", async () => {
    if (skipLibreOffice(writer)) return;
    const { run: r, json } = await result();
    expect(r.stderr).toBe("");
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(Object.keys(json).sort()).toEqual(["counts", "findings"]);
    expect(Object.keys(json.counts).sort()).toEqual(["error", "info", "warning"]);
    for (const f of json.findings) {
      expect(Object.keys(f).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
      expect(DOMAIN_SEVERITY[f.code]).toBe(f.severity);
      expect(f.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)).toBe(true);
      expect(f.message).toMatch(/^\S.{15,}/);
      expect(f.message).not.toMatch(/undefined|NaN|null|\[object/);
    }
    const tally = (s: string) => json.findings.filter((f) => f.severity === s).length;
    expect(json.counts).toEqual({ error: tally("error"), warning: tally("warning"), info: tally("info") });
  });

  it("gives every planted finding at its exact cell and no other error or warning", async () => {
    if (skipLibreOffice(writer)) return;
    const { json } = await result();
    const exact = (s: string) => s !== "info" || fixture.exactInfo;
    const diff = multisetDiff(
      fixture.expected.filter((f) => exact(f.severity)).map(findingKey),
      json.findings.filter((f) => exact(f.severity)).map(findingKey),
    );
    const infos = multisetDiff(
      fixture.expected.filter((f) => !exact(f.severity)).map(findingKey),
      json.findings.filter((f) => !exact(f.severity)).map(findingKey),
    );
    expect({ ...diff, missingInfo: infos.missing }).toEqual({ missing: [], unexpected: [], missingInfo: [] });
  });

  it("exits 1 when there are errors, else 0", async () => {
    if (skipLibreOffice(writer)) return;
    const { run: r, json } = await result();
    expect(r.code).toBe(json.counts.error > 0 ? 1 : 0);
    expect(r.code).toBe(fixture.expected.some((f) => f.severity === "error") ? 1 : 0);
  });
});

describe.each(trendCases)("pledge trends %s", (label, fixture, writer, tertial) => {
  it("gives the figures worked out by hand, field by field", async () => {
    if (skipLibreOffice(writer)) return;
    const r = await run(`trends ${label}`, trendsArgs(fixture, fileOf(fixture, writer), tertial));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const json = JSON.parse(r.stdout) as { tertial: string; indicators: Record<string, unknown>[] };
    expect(json.tertial).toBe(tertial);
    const byId = new Map(json.indicators.map((i) => [i.id, i]));
    const wanted = fixture.trends![tertial]!;
    if (tertial === fixture.check.tertial) expect([...byId.keys()].sort()).toEqual(wanted.map((w) => w.id).sort());
    const problems = wanted.flatMap((w) => differences(w, byId.get(w.id as string) ?? null, String(w.id)));
    expect(problems).toEqual([]);
  });

  it("has every field DOMAIN.md names, with {period,value} or null for previous and sameLastYear", async () => {
    if (skipLibreOffice(writer)) return;
    const r = await run(`trends ${label}`, trendsArgs(fixture, fileOf(fixture, writer), tertial));
    const json = JSON.parse(r.stdout) as { indicators: Record<string, unknown>[] };
    const fields = [
      "id",
      "period",
      "value",
      "previous",
      "sameLastYear",
      "baseline",
      "target",
      "changeFromPrevious",
      "changeFromBaseline",
      "direction",
      "noise",
      "slopePerTertial",
      "progress",
      "status",
      "series",
    ];
    for (const ind of json.indicators) {
      for (const k of fields) expect(ind).toHaveProperty(k);
      for (const k of ["previous", "sameLastYear"]) {
        const v = ind[k] as Record<string, unknown> | null;
        if (v !== null) expect(Object.keys(v).sort()).toEqual(["period", "value"]);
      }
      for (const p of ind.series as Record<string, unknown>[])
        expect(Object.keys(p).sort()).toEqual(["men", "period", "reports", "value", "women"]);
    }
  });
});

describe("the command as shipped", () => {
  it("bin/pledge.js and the sources run through tsx print exactly what the tested build prints", async () => {
    const args = checkArgs(shippedFixture, fileOf(shippedFixture, "python"));
    const [asShipped, sources, tested] = await Promise.all([shipped, fromSources, run(`check partner-faults (python)`, args)]);
    console.info(`pledge under test: ${cli.why}`);
    expect(asShipped).toEqual({ ...tested, args });
    expect(sources).toEqual({ ...tested, args });
  });
});

describe("pledge check on files that are no workbook", () => {
  it.each(BAD_FILES.map(([what]) => what))("answers %s with exit 2 and one Swedish line on stderr", async (what) => {
    const r = await run(`bad ${what}`, []);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/[åäöÅÄÖ]/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|TypeError|ENOENT|EISDIR/);
  });
});

describe("pledge report", () => {
  const input = () => fileOf(reportFixture, "python");

  it("writes a workbook with the report and Kontroll sheets that SheetJS opens", async () => {
    const before = createHash("sha256").update(readFileSync(input())).digest("hex");
    const r = await run("report", []);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const wb = readXlsx(readFileSync(REPORT_OUT), { type: "buffer" });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(["Rapport T2 2025", "Kontroll"]));
    const text = (name: string) => JSON.stringify(utils.sheet_to_json(wb.Sheets[name]!, { header: 1, raw: false }));
    const report = text("Rapport T2 2025");
    expect(report).toContain("Medborgarlöfte Skäggetorp (provregister)");
    for (const name of ["Anmälda brott", "Trygghetsindex", "Unga i föreningslivet"]) expect(report).toContain(name);
    // The input is read, never written.
    expect(createHash("sha256").update(readFileSync(input())).digest("hex")).toBe(before);
  });

  it("lists the check's findings on Kontroll", async () => {
    await run("report", []);
    const wb = readXlsx(readFileSync(REPORT_OUT), { type: "buffer" });
    const kontroll = JSON.stringify(utils.sheet_to_json(wb.Sheets["Kontroll"]!, { header: 1, raw: false }));
    for (const cell of ["L5", "M9", "M5", "K11"]) expect(kontroll).toContain(cell);
  });

  it("opens in LibreOffice, every sheet converted to CSV", async () => {
    const converted = await reportCsv;
    if (converted === null) {
      console.warn("LibreOffice part skipped: soffice is not installed");
      return;
    }
    expect(converted.code).toBe(0);
    const files = readdirSync(converted.dir);
    expect(files).toEqual(expect.arrayContaining(["rapport-Rapport T2 2025.csv", "rapport-Kontroll.csv"]));
    expect(readFileSync(join(converted.dir, "rapport-Rapport T2 2025.csv"), "utf8")).toContain("Anmälda brott");
  });
});
