/**
 * Damaged and hostile .xlsx files: a sheet part that is missing, fails its
 * checksum, lies about its size or unpacks to hundreds of megabytes; stray
 * cells far out on a sheet; truncated files and random damage. Each ends in
 * exit 2 with one Swedish line naming the tab, or in the same findings as the
 * intact file, within bounded time and memory; never a crash, never a tab
 * skipped in silence (which made the check blame the partner for a missing tab).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { runCli } from "../../src/cli/run";
import type { Cell, WorkbookGrids } from "../../src/core/cell";
import { demoRegister } from "../../src/demo/demo-register";
import { UnreadableWorkbookError } from "../../src/xlsx/errors";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { READ_LIMITS } from "../../src/xlsx/read-limits";
import { minimalEntries, type MinimalSheet } from "./minimal-package";
import { rawZip, type RawEntry, repeatedPart } from "./raw-zip";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "hostile-zips-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** A grid as `<sheetData>` rows with inline strings, as LibreOffice writes them. */
function sheetData(values: readonly (readonly Cell[])[]): string {
  return values
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          if (v === null) return "";
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
          if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
}

const DEMO = demoRegister();
const POLISEN = DEMO.sheets.findIndex((s) => s.name === "Polisen");
/** The part of the Polisen tab in the packages below. */
const POLISEN_PART = `xl/worksheets/sheet${POLISEN + 1}.xml`;

/** The demo register's parts; `tamper` may change the Polisen tab's sheet data or the entries. */
function demoEntries(extra: (s: MinimalSheet, i: number) => MinimalSheet = (s) => s): RawEntry[] {
  const sheets = DEMO.sheets.map((s, i) => extra({ name: s.name, sheetData: sheetData(s.values) }, i));
  return minimalEntries({ sheets }).map(([name, data]) => ({ name, data }));
}

async function check(bytes: Uint8Array, name: string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  let out = "";
  let err = "";
  const code = await runCli(["check", path, "--json", "--today", "2025-09-05"], {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    now: new Date(Date.UTC(2025, 8, 5, 8)),
  });
  return { code, out, err };
}

/** Exit 2, nothing on stdout, one line on stderr that names the tab. */
function expectRefusal(run: { code: number; out: string; err: string }, mentions: RegExp) {
  expect(run.code).toBe(2);
  expect(run.out).toBe("");
  expect(run.err.trimEnd().split("\n")).toHaveLength(1);
  expect(run.err).toMatch(mentions);
  expect(run.err).not.toMatch(/Error|at .*\.ts|undefined|NaN/);
}

let intact: string;
beforeAll(async () => {
  const run = await check(rawZip(demoEntries()), "intact.xlsx");
  expect(run.err).toBe("");
  intact = run.out;
  expect(JSON.parse(intact).findings.some((f: { code: string }) => f.code === "missing-partner-tab")).toBe(false);
});

describe("a sheet part that cannot be read is exit 2 naming the tab, never a tab skipped", () => {
  it("a part missing from the zip", async () => {
    const run = await check(rawZip(demoEntries().filter((e) => e.name !== POLISEN_PART)), "missing.xlsx");
    expectRefusal(run, /^Fliken Polisen går inte att läsa: den saknas i filen/);
    expect(run.err).not.toMatch(/finns inte/);
  });

  it("a part whose checksum does not match", async () => {
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, crc: 0x1234567 } : e));
    expectRefusal(
      await check(rawZip(entries), "crc.xlsx"),
      /^Fliken Polisen går inte att läsa: filen är skadad där \(kontrollsumman stämmer inte\)/,
    );
  });

  it("a stored part whose bytes were changed after its checksum was made", async () => {
    const entries = demoEntries().map((e) =>
      e.name === POLISEN_PART ? { ...e, method: 0 as const, data: String(e.data).replace("Polis", "Pulis"), crc: undefined } : e,
    );
    const honest = rawZip(entries);
    const original = demoEntries().find((e) => e.name === POLISEN_PART)!;
    const { crc32 } = jest.requireActual<typeof import("node:zlib")>("node:zlib");
    const lying = rawZip(entries.map((e) => (e.name === POLISEN_PART ? { ...e, crc: crc32(String(original.data)) } : e)));
    expect((await check(honest, "stored.xlsx")).code).not.toBe(2);
    expectRefusal(await check(lying, "stored-crc.xlsx"), /^Fliken Polisen .*kontrollsumman/);
  });

  it("a part that unpacks to more than it says, or to less", async () => {
    const bigger = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, size: 100 } : e));
    expectRefusal(await check(rawZip(bigger), "bigger.xlsx"), /^Fliken Polisen .*större än filen anger/);
    const smaller = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, size: Buffer.byteLength(String(e.data)) + 10 } : e));
    expectRefusal(await check(rawZip(smaller), "smaller.xlsx"), /^Fliken Polisen .*mindre än filen anger/);
  });

  it("a part whose packed data is garbage", async () => {
    const entries = demoEntries();
    const zip = rawZip(entries);
    // Overwrite the middle of Polisen's packed bytes.
    const at = Buffer.from(zip).indexOf(Buffer.from(POLISEN_PART)) + POLISEN_PART.length + 20;
    for (let i = 0; i < 40; i++) zip[at + i] = 0xff;
    expectRefusal(await check(zip, "garbage.xlsx"), /^Fliken Polisen går inte att läsa: filen är skadad där/);
  });

  it("a part that is encrypted", async () => {
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, encrypted: true } : e));
    expectRefusal(await check(rawZip(entries), "encrypted.xlsx"), /^Fliken Polisen går inte att läsa: den är krypterad/);
  });

  it("a part whose XML is broken, or declares a document type", async () => {
    const broken = demoEntries((s, i) => (i === POLISEN ? { ...s, sheetData: `${s.sheetData}<row r="99"><c r="A99"><v>1</v></row>` } : s));
    expectRefusal(
      await check(rawZip(broken), "broken.xlsx"),
      /^Fliken Polisen går inte att läsa: filen är skadad där \(XML-koden är trasig\)/,
    );
    const dtd = demoEntries().map((e) =>
      e.name === POLISEN_PART ? { ...e, data: String(e.data).replace("<worksheet", '<!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet') } : e,
    );
    expectRefusal(await check(rawZip(dtd), "dtd.xlsx"), /^Fliken Polisen går inte att läsa/);
  });

  it("a cell beyond Excel's last row or column", async () => {
    const far = demoEntries((s, i) =>
      i === POLISEN ? { ...s, sheetData: `${s.sheetData}<row r="1048577"><c r="A1048577"><v>1</v></c></row>` } : s,
    );
    expectRefusal(await check(rawZip(far), "far-row.xlsx"), /^Fliken Polisen går inte att läsa: filen är skadad där \(raden 1048577\)/);
    const wide = demoEntries((s, i) =>
      i === POLISEN ? { ...s, sheetData: `${s.sheetData}<row r="99"><c r="XFE99"><v>1</v></c></row>` } : s,
    );
    expectRefusal(await check(rawZip(wide), "far-col.xlsx"), /^Fliken Polisen går inte att läsa: filen är skadad där \(cellen XFE99\)/);
  });

  it("a formula without a stored result", async () => {
    const formula = demoEntries((s, i) =>
      i === POLISEN ? { ...s, sheetData: `${s.sheetData}<row r="40"><c r="F40"><f>SUM(F2:F39)</f></c></row>` } : s,
    );
    expectRefusal(await check(rawZip(formula), "formula.xlsx"), /^Fliken Polisen har formler utan sparat resultat \(den första i F40\)/);
  });
});

describe("inflation bombs stop before they are unpacked", () => {
  /** A sheet of `mb` megabytes of XML (empty rows padded with spaces) that packs to almost nothing. */
  function bomb(mb: number) {
    const body = Buffer.alloc(1024 * 1024, Buffer.from("<row/>".padEnd(64, " ")));
    const head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    return repeatedPart(head, body, mb, "</sheetData></worksheet>");
  }

  it("a sheet that unpacks to 400 MB from 1,2 MB is refused at once, in little memory", async () => {
    const part = bomb(400);
    expect(part.packed.length).toBeLessThan(1.3 * 1024 * 1024);
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, ...part } : e));
    const zip = rawZip(entries);
    const rss = process.memoryUsage().rss;
    const t0 = Date.now();
    const run = await check(zip, "bomb.xlsx");
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(100 * 1024 * 1024);
    expectRefusal(run, /^Fliken Polisen går inte att läsa: den packas upp till 400 MB ur 1,\d MB/);
  });

  it("a bomb whose directory claims a small size stops at that size", async () => {
    const part = bomb(400);
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, ...part, size: 5000 } : e));
    const t0 = Date.now();
    const run = await check(rawZip(entries), "lying-bomb.xlsx");
    expect(Date.now() - t0).toBeLessThan(5_000);
    expectRefusal(run, /^Fliken Polisen .*större än filen anger/);
  });

  it("70 MB packed into 0.1 MB is refused too; padding that packs like a sheet is read", async () => {
    const part = bomb(70);
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, ...part } : e));
    // 70 MB from 0.2 MB is over the ratio too; a larger packed size (stored) is not refused as a bomb.
    const stored = demoEntries().map((e) =>
      e.name === POLISEN_PART ? { ...e, data: String(e.data).replace("<sheetData>", `<sheetData>${" ".repeat(1000)}`) } : e,
    );
    expectRefusal(await check(rawZip(entries), "bomb70.xlsx"), /den packas upp till 70 MB/);
    expect((await check(rawZip(stored), "spaces.xlsx")).out).toBe(intact);
  });

  it("a part over 64 MB that packs like a workbook is read as a stream, its checksum checked", async () => {
    // A sheet whose rows come after 70 MB of comment, stored without packing (ratio 1).
    const body = Buffer.from(Array.from({ length: 1 << 20 }, (_, i) => "0123456789abcdef"[(i * 7919) % 16]).join(""));
    const head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><!--';
    const part = repeatedPart(head, body, 70, '--><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>', 0);
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, ...part } : e));
    const grids = await readWorkbook(rawZip(entries));
    expect(grids.sheets[POLISEN]!.values).toEqual([[42]]);
    const lying = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, ...part, crc: part.crc ^ 1 } : e));
    expectRefusal(await check(rawZip(lying), "stream-crc.xlsx"), /^Fliken Polisen .*kontrollsumman stämmer inte/);
  });

  it("a part declared larger than the limit is refused by its size", async () => {
    const entries = demoEntries().map((e) => (e.name === POLISEN_PART ? { ...e, size: READ_LIMITS.partBytes + 1 } : e));
    expectRefusal(
      await check(rawZip(entries), "huge.xlsx"),
      /^Fliken Polisen är för stor att läsa: 1536 MB uppackad, och pledge läser högst 1536 MB/,
    );
  });
});

describe("stray cells far out on a sheet", () => {
  it("one character at XFD20000 is read in little memory and changes no finding", async () => {
    const stray = demoEntries((s, i) =>
      i === POLISEN ? { ...s, sheetData: `${s.sheetData}<row r="20000"><c r="XFD20000" t="inlineStr"><is><t>x</t></is></c></row>` } : s,
    );
    const zip = rawZip(stray);
    const grids = await readWorkbook(zip);
    const polisen = grids.sheets[POLISEN]!.values;
    expect(polisen).toHaveLength(20000);
    expect(polisen[19999]).toHaveLength(16384);
    expect(polisen[19999]![16383]).toBe("x");
    // Rows keep their own length instead of 16 384 each.
    expect(polisen.reduce((n, row) => n + row.length, 0)).toBeLessThan(20000 + 16384 + 1000);
    const run = await check(zip, "stray.xlsx");
    expect(run.err).toBe("");
    expect(run.out).toBe(intact);
  });

  it("far cells on many rows stop at the cell limit with a line that says where", async () => {
    // 5 000 rows reaching column XFD would be 82 million cells.
    const rows = Array.from({ length: 5000 }, (_, r) => `<row r="${r + 30}"><c r="XFD${r + 30}"><v>1</v></c></row>`).join("");
    const far = demoEntries((s, i) => (i === POLISEN ? { ...s, sheetData: `${s.sheetData}${rows}` } : s));
    const rss = process.memoryUsage().rss;
    const run = await check(rawZip(far), "far-rows.xlsx");
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 * 1024);
    expectRefusal(
      run,
      /^Fliken Polisen går inte att läsa: med den sista cellen i XFD5029 får registret fler än 64 000 000 celler, som är vad pledge läser/,
    );
  });
});

describe("truncated and randomly damaged files", () => {
  const zip = rawZip(demoEntries());
  let good: WorkbookGrids;
  beforeAll(async () => (good = await readWorkbook(zip)));

  it("every cut of the file is refused as unreadable, never read as fewer tabs", async () => {
    for (let cut = 0; cut < zip.length; cut += Math.ceil(zip.length / 97)) {
      const error = await readWorkbook(zip.slice(0, cut)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UnreadableWorkbookError);
    }
  });

  it("random damage either reads the same grids or is refused in Swedish", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        async (flips) => {
          const bytes = zip.slice();
          for (const [at, x] of flips) bytes[at] = bytes[at]! ^ x;
          const outcome = await readWorkbook(bytes).then(
            (g) => g,
            (e: unknown) => e,
          );
          if (outcome instanceof UnreadableWorkbookError) {
            expect(outcome.message).toMatch(/^(Filen|Fliken|Delen) /);
            expect(outcome.message.split("\n")).toHaveLength(1);
          } else expect(outcome).toEqual(good);
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });
});
