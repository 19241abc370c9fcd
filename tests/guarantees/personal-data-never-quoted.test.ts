/**
 * No personal data is ever quoted back: over registers with personnummer,
 * samordningsnummer, phone numbers and e-mail addresses planted in every
 * column (and in a tab's name), no finding's message (Swedish or English) or
 * parameter, no Kontroll cell, no cell or chart text of either report and no
 * kortversion holds anything the detector flags; every printed text that
 * holds some is a `personal-data` finding at its cell; the register is not
 * changed. Then the same through `pledge report` on a file.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { registerInputFromGrids } from "../../src/app/register";
import { runCli } from "../../src/cli/run";
import { a1 } from "../../src/core/address";
import type { Cell, WorkbookGrids } from "../../src/core/cell";
import { checkRegister } from "../../src/core/check-register";
import { translateFindings } from "../../src/core/messages/catalogue";
import { findPersonalData } from "../../src/core/personal-data";
import { luhnValid } from "../../src/core/personal-data/identity-number";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { finalReportPlan } from "../../src/core/report/layout/final-report-plan";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { tertialReportPlan } from "../../src/core/report/layout/tertial-report-plan";
import { registerPlans } from "../../src/core/template/register-plans";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { baseGrids, T2_2025, TODAY } from "../support/register-builder";

const SEED = 20261201;
const NOW = new Date(2025, 8, 5, 14, 32);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(""));

/** The Luhn check digit that makes nine digits a valid ten. */
function checkDigit(nine: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(nine + c)) return String(c);
  throw new Error("no check digit");
}

/** Personnummer and samordningsnummer in the spellings people use; the check digit computed. */
const identityNumber = fc
  .record({
    year: fc.integer({ min: 1930, max: 2015 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    coordination: fc.boolean(),
    serial: digits(3),
    form: fc.nat({ max: 4 }),
  })
  .map(({ year, month, day, coordination, serial, form }) => {
    const date = `${pad(year % 100)}${pad(month)}${pad(day + (coordination ? 60 : 0))}`;
    const last = `${serial}${checkDigit(date + serial)}`;
    const century = String(Math.floor(year / 100));
    return [`${date}-${last}`, `${century}${date}-${last}`, `${date}${last}`, `${century}${date}${last}`, `${date} ${last}`][form]!;
  });

const phoneNumber = fc.oneof(
  fc.tuple(fc.constantFrom("0", "2", "3", "6"), digits(7), fc.nat({ max: 3 })).map(([m, d, form]) => {
    const [a, b, c] = [d.slice(0, 3), d.slice(3, 5), d.slice(5)];
    return [`07${m}-${a} ${b} ${c}`, `07${m}${d}`, `+46 7${m} ${a} ${b} ${c}`, `07${m} ${a} ${b} ${c}`][form]!;
  }),
  digits(6).map((d) => `013-${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`),
  digits(8).map((d) => `08-${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`),
);

const word = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzåäö"), minLength: 2, maxLength: 8 });
const emailAddress = fc
  .tuple(word, fc.option(word), word, fc.constantFrom("se", "nu", "com"))
  .map(([a, b, domain, tld]) => `${a}${b ? `.${b}` : ""}@${domain}.${tld}`);

/** Personal data alone, in a sentence, or (a bare identity number) as a number cell. */
const personalDataCell: fc.Arbitrary<Cell> = fc
  .tuple(fc.oneof(identityNumber, phoneNumber, emailAddress), fc.nat({ max: 4 }))
  .map(([pd, how]): Cell => {
    if (how === 4 && /^[1-9]\d{9,11}$/.test(pd)) return Number(pd);
    return [pd, `Ring ${pd}`, `${pd} (kontakt)`, `Anna Svensson, ${pd}, efter 17`, pd][how]!;
  })
  .filter((v) => findPersonalData(String(v)).length > 0);

interface Slot {
  sheet: string;
  /** 0-based data rows the value may go to. */
  rows: number[];
  col: number;
  /** A text a report prints or free text: the check must flag it. */
  printed: boolean;
}

/** Every column of every table of the base register, and each Löfte setting's value. */
const SLOTS: Slot[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((r) => ({ sheet: "Löfte", rows: [r], col: 1, printed: [1, 2, 3, 4, 7].includes(r) })),
  ...[0, 1, 2, 3].map((c) => ({ sheet: "Parter", rows: [1, 2], col: c, printed: c !== 2 })),
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ sheet: "Åtgärder", rows: [1, 2], col: c, printed: c <= 1 })),
  ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => ({ sheet: "Indikatorer", rows: [1, 2, 3], col: c, printed: c <= 1 })),
  ...["Polisen", "Stångåstaden"].flatMap((sheet) => [
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8].map((c) => ({ sheet, rows: [3, 4], col: c, printed: c === 2 || c === 8 })),
    ...[10, 11, 12, 13, 14, 15].map((c) => ({ sheet, rows: [3, 4], col: c, printed: c === 15 })),
  ]),
];

interface Plant {
  slot: number;
  row: number;
  value: Cell;
}

const plants = fc.uniqueArray(fc.record({ slot: fc.nat({ max: SLOTS.length - 1 }), row: fc.nat({ max: 2 }), value: personalDataCell }), {
  minLength: 1,
  maxLength: 8,
  selector: (p) => p.slot,
});

/** The base register with the plants in, and (sometimes) the Polisen tab renamed to carry a phone number. */
function planted(list: readonly Plant[], renameTab: string | null): WorkbookGrids {
  const grids = baseGrids();
  for (const p of list) {
    const slot = SLOTS[p.slot]!;
    const sheet = grids.sheets.find((s) => s.name === slot.sheet)!;
    const r = slot.rows[p.row % slot.rows.length]!;
    while (sheet.values.length <= r) sheet.values.push([]);
    const row = sheet.values[r]!;
    while (row.length <= slot.col) row.push(null);
    row[slot.col] = p.value;
  }
  if (renameTab !== null) {
    grids.sheets.find((s) => s.name === "Polisen")!.name = renameTab;
    grids.sheets.find((s) => s.name === "Parter")!.values[1]![3] = renameTab;
  }
  return grids;
}

/** Every text a plan writes: its cells (numbers as their digits), chart texts, footer, link targets. */
function planTexts(plan: SheetPlan): string[] {
  return [
    ...plan.values
      .flat()
      .filter((v) => v !== null)
      .map(String),
    ...plan.charts.flatMap((c) => [c.title, c.altText, c.yAxisTitle ?? "", ...c.series.map((s) => s.name)]),
    ...Object.values(plan.print?.footer ?? {}),
    ...plan.links.map((l) => l.sheet),
    ...plan.conditionalFormats.map((cf) => (cf.kind === "textEquals" ? cf.text : "")),
  ];
}

function flagged(texts: readonly string[]): string[] {
  return texts.filter((t) => findPersonalData(t).length > 0);
}

describe("personal data planted in every column", () => {
  it("is never quoted in a message, the Kontroll sheet, a report or the kortversion, and every printed text with it is flagged", () => {
    const covered = new Set<number>();
    let reports = 0;
    fc.assert(
      fc.property(
        plants,
        fc.option(
          phoneNumber.map((p) => `Polisen ${p}`.slice(0, 31)),
          { freq: 4 },
        ),
        (list, rename) => {
          const grids = planted(list, rename);
          const before = JSON.stringify(grids);
          const check = checkRegister(grids, { today: TODAY, tertial: T2_2025 });
          const findings = [...check.findings, ...translateFindings(check.findings, "en")];
          expect(flagged(findings.map((f) => f.message))).toEqual([]);
          expect(flagged(findings.flatMap((f) => Object.values(f.params).map(String)))).toEqual([]);
          expect(flagged(planTexts(kontrollPlan(check.findings, NOW, "Kontroll")))).toEqual([]);
          if (check.register.pledge) {
            reports++;
            const ctx = { register: check.register, findings: check.findings, createdAt: NOW };
            const tertial = tertialReportModel(ctx, T2_2025);
            const final = finalReportModel(ctx);
            expect(flagged(planTexts(tertialReportPlan(tertial, "Rapport T2 2025")))).toEqual([]);
            expect(flagged(planTexts(finalReportPlan(final, "Slutrapport")))).toEqual([]);
            expect(flagged([tertial.kortversion, final.kortversion, ...tertial.kortversionSentences])).toEqual([]);
          }
          // Each printed text holding personal data is a personal-data finding at its cell (a partner tab's
          // free text when the tab is still found: the plants on Parter may hide it).
          const parterPlanted = rename !== null || list.some((p) => SLOTS[p.slot]!.sheet === "Parter");
          for (const p of list) {
            const slot = SLOTS[p.slot]!;
            covered.add(p.slot);
            if (!slot.printed || (parterPlanted && !["Löfte", "Parter", "Åtgärder", "Indikatorer"].includes(slot.sheet))) continue;
            const cell = a1(slot.rows[p.row % slot.rows.length]!, slot.col);
            expect(check.findings.filter((f) => f.code === "personal-data" && f.sheet === slot.sheet && f.cell === cell)).toHaveLength(1);
          }
          expect(JSON.stringify(grids)).toBe(before);
        },
      ),
      { seed: SEED, numRuns: 250 },
    );
    expect(covered.size).toBe(SLOTS.length);
    expect(reports).toBeGreaterThan(150);
  }, 120_000);
});

describe("pledge report on a file with personal data in every printed text", () => {
  it("writes a report and a Kontroll sheet without any, and leaves the register's bytes as they were", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pledge-pd-"));
    const grids = baseGrids();
    const set = (sheet: string, r: number, c: number, v: Cell) => (grids.sheets.find((s) => s.name === sheet)!.values[r]![c] = v);
    set("Löfte", 1, 1, "Medborgarlöfte, frågor till anna.svensson@example.se");
    set("Löfte", 2, 1, "Skäggetorp 070-123 45 67");
    set("Löfte", 7, 1, "Trygghetsrådet, 19121212-1212");
    set("Parter", 1, 1, "Polisen, kontakt 013-20 60 00");
    set("Åtgärder", 1, 1, "Trygghetsvandringar, anmälan till kalle@abf.se");
    set("Indikatorer", 1, 1, "Anmälda brott (0701234567)");
    set("Polisen", 3, 2, "Möte med Anna 850709-2388");
    set("Polisen", 3, 3, "Ring 073-765 43 21");
    set("Polisen", 3, 8, "Kontakta kalle@abf.se");
    set("Polisen", 4, 10, "070-1234567");
    const input = join(dir, "register.xlsx");
    writeFileSync(input, await renderWorkbook(registerPlans(registerInputFromGrids(grids))));
    const sha = () => createHash("sha256").update(readFileSync(input)).digest("hex");
    const before = sha();
    const io = { stdout: () => undefined, stderr: () => undefined, now: NOW };
    let out = "";
    expect(await runCli(["check", input, "--json"], { ...io, stdout: (s) => (out += s) })).toBe(1);
    expect(flagged([out])).toEqual([]);
    const report = join(dir, "rapport.xlsx");
    let stdout = "";
    expect(await runCli(["report", input, "--tertial", "T2 2025", "--out", report], { ...io, stdout: (s) => (stdout += s) })).toBe(0);
    expect(flagged([stdout])).toEqual([]);
    const written = await readWorkbook(new Uint8Array(readFileSync(report)));
    expect(written.sheets.map((s) => s.name)).toEqual(["Rapport T2 2025", "Kontroll", "Rapportlogg"]);
    const cells = written.sheets.flatMap((s) =>
      s.values
        .flat()
        .filter((v) => v !== null)
        .map(String),
    );
    expect(flagged(cells)).toEqual([]);
    expect(cells.some((t) => t.includes("[personuppgift]"))).toBe(true);
    expect(sha()).toBe(before);
  }, 60_000);
});
