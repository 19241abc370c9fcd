/**
 * Messages never quote personal data: where a finding's message would quote
 * a cell's value and the value holds a personnummer, phone number or e-mail
 * address, the message names the cell and says what belongs there instead.
 * `personal-data` covers every text a report prints, and reports print it as
 * `[personuppgift]`; the register is not changed.
 */
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { checkRegister } from "../../../src/core/check-register";
import type { Finding, FindingCode } from "../../../src/core/findings";
import { translateFindings } from "../../../src/core/messages/catalogue";
import { findPersonalData } from "../../../src/core/personal-data";
import { kontrollPlan } from "../../../src/core/report/layout/kontroll-plan";
import { finalReportModel } from "../../../src/core/report/model/final-report-model";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { finalReportPlan } from "../../../src/core/report/layout/final-report-plan";
import { tertialReportPlan } from "../../../src/core/report/layout/tertial-report-plan";
import { baseGrids, T2_2025, TODAY, withCell, withRow } from "../../support/register-builder";

const PHONE = "070-123 45 67";
const PNR = "19121212-1212";
const MAIL = "anna.svensson@example.se";

function check(grids: WorkbookGrids) {
  return checkRegister(grids, { today: TODAY, tertial: T2_2025 });
}

function at(findings: readonly Finding[], sheet: string, cell: string, code: FindingCode): Finding {
  const f = findings.find((x) => x.sheet === sheet && x.cell === cell && x.code === code);
  if (!f) throw new Error(`no ${code} at ${sheet}!${cell}: ${JSON.stringify(findings.map((x) => [x.code, x.sheet, x.cell]))}`);
  return f;
}

/** No message in either language, and no parameter, holds anything the detector flags. */
function expectNoPersonalData(findings: readonly Finding[]): void {
  for (const f of [...findings, ...translateFindings(findings, "en")]) {
    expect(findPersonalData(f.message)).toEqual([]);
    for (const v of Object.values(f.params)) expect(findPersonalData(String(v))).toEqual([]);
  }
}

describe("a cell's value that holds personal data is not quoted", () => {
  it.each<[string, string, string, Cell, FindingCode, RegExp]>([
    ["Status", "Polisen", "D4", `Ring ${PHONE}`, "unknown-value", /välj ett av: Planerad, Genomförd, Inställd/],
    ["Datum", "Polisen", "A4", PNR, "not-a-date", /skriv datumet som 2025-03-14/],
    ["Tillfällen", "Polisen", "E4", MAIL, "not-a-number", /skriv bara siffror/],
    ["Åtgärd-ID", "Polisen", "B4", PHONE, "unknown-measure", /Åtgärd-ID från fliken Åtgärder, till exempel Å1/],
    ["Period", "Polisen", "K4", PNR, "invalid-period", /tertialen som T2 2025 eller året som 2025/],
    ["Indikator-ID", "Polisen", "L4", MAIL, "unknown-indicator", /Indikator-ID från fliken Indikatorer, till exempel I1/],
    ["Värde", "Polisen", "M4", PHONE, "not-a-number", /skriv bara siffror/],
    ["Ansvarig", "Åtgärder", "D2", PHONE, "unknown-partner", /Part-ID från fliken Parter, till exempel POL/],
    ["Källa", "Indikatorer", "D2", `POL, ${MAIL}`, "unknown-partner", /till exempel POL/],
    ["Indikatorer", "Åtgärder", "H2", PNR, "unknown-indicator", /^Cellen H2 \(Indikatorer\).*till exempel I1/],
    ["Typ", "Parter", "C2", MAIL, "unknown-value", /välj ett av: Kommun, Polis/],
    ["Start", "Åtgärder", "F2", PHONE, "not-a-date", /2025-03-14/],
    ["Utgångsvärde", "Indikatorer", "H2", `${PHONE} (Kalle)`, "not-a-number", /siffror/],
    ["Utgångsperiod", "Indikatorer", "I2", MAIL, "invalid-period", /T2 2025/],
  ])("%s: %s!%s", (_column, sheet, cell, value, code, instead) => {
    const f = at(check(withCell(baseGrids(), sheet, cell, value)).findings, sheet, cell, code);
    expect(f.message).toContain(`Cellen ${cell}`);
    expect(f.message).toMatch(/verkar innehålla (ett personnummer|ett telefonnummer|en e-postadress), så värdet visas inte här/);
    expect(f.message).toMatch(instead);
    const [english] = translateFindings([f], "en");
    expect(english!.message).toContain(`Cell ${cell}`);
    expect(english!.message).toContain("is not shown here");
    expectNoPersonalData([f]);
  });

  it("a repeated ID and a Flik naming no tab", () => {
    let g = withRow(baseGrids(), "Parter", ["KAL", "Kalle", "Annan", `Anna ${PHONE}`]);
    g = withRow(g, "Parter", [PHONE, "Kalle", "Annan", "Kalles flik"]);
    g = withRow(g, "Parter", [PHONE, "Kalle igen", "Annan", "Kalles andra flik"]);
    const { findings } = check(g);
    expect(at(findings, "Parter", "A6", "duplicate-id").message).toMatch(
      /^Cellen A6 \(Part-ID\) verkar innehålla ett telefonnummer.*eget Part-ID/,
    );
    const tab = at(findings, "Parter", "D4", "missing-partner-tab");
    expect(tab.message).toMatch(/^Cellen D4 \(Flik\) verkar .* kolumnen Flik/);
    expectNoPersonalData(findings);
  });

  it("a personnummer typed as a number into Deltagare is not repeated by parts-exceed-total", () => {
    const { findings } = check(withCell(baseGrids(), "Polisen", "F4", 1212121212));
    // 22 + 18 women and men are not more than the total: no finding; a small total is.
    expect(findings.filter((f) => f.code === "parts-exceed-total")).toEqual([]);
    const small = check(withCell(withCell(baseGrids(), "Polisen", "G4", 1212121212), "Polisen", "F4", 3)).findings;
    const f = at(small, "Polisen", "F4", "parts-exceed-total");
    expect(f.message).toContain("[personuppgift]");
    expectNoPersonalData(small);
  });
});

describe("names with personal data in them", () => {
  const grids = () => {
    let g = withCell(baseGrids(), "Parter", "B2", `Polisen, kontakt ${PHONE}`);
    g = withCell(g, "Åtgärder", "B2", `Trygghetsvandringar (anmälan till ${MAIL})`);
    g = withCell(g, "Indikatorer", "B2", `Anmälda brott enligt ${PNR}`);
    g = withCell(g, "Löfte", "B2", `Medborgarlöfte, frågor till ${MAIL}`);
    g = withCell(g, "Löfte", "B3", `Skäggetorp ${PHONE}`);
    g = withCell(g, "Löfte", "B4", `Linköping ${PNR}`);
    g = withCell(g, "Löfte", "B5", `KS 2024-498 ${MAIL}`);
    g = withCell(g, "Löfte", "B8", `Trygghetsrådet via ${PHONE}`);
    return g;
  };

  it("are personal-data findings at their cells: partner, measure and indicator names and the Löfte texts", () => {
    const { findings } = check(grids());
    const pd = findings.filter((f) => f.code === "personal-data").map((f) => `${f.sheet}!${f.cell}`);
    expect(pd).toEqual(
      expect.arrayContaining(["Parter!B2", "Åtgärder!B2", "Indikatorer!B2", "Löfte!B2", "Löfte!B3", "Löfte!B4", "Löfte!B5", "Löfte!B8"]),
    );
    expect(at(findings, "Löfte", "B3", "personal-data").message).toBe(
      "Område verkar innehålla ett telefonnummer. Ta bort det; skriv inga personuppgifter i registret.",
    );
    expectNoPersonalData(findings);
  });

  it("are printed with the personal data replaced by [personuppgift] on both reports, Kontroll and the kortversion", () => {
    const g = grids();
    const before = JSON.stringify(g);
    const result = check(g);
    const ctx = { register: result.register, findings: result.findings, createdAt: new Date(2025, 8, 5, 14, 32) };
    const tertial = tertialReportModel(ctx, T2_2025);
    const final = finalReportModel(ctx);
    const plans = [
      tertialReportPlan(tertial, "Rapport T2 2025"),
      finalReportPlan(final, "Slutrapport"),
      kontrollPlan(result.findings, ctx.createdAt, "Kontroll"),
    ];
    const texts = plans.flatMap((p) => [
      ...p.values.flat().map(String),
      ...p.charts.flatMap((c) => [c.title, c.altText, ...c.series.map((s) => s.name)]),
      ...Object.values(p.print?.footer ?? {}),
    ]);
    for (const t of [...texts, tertial.kortversion, final.kortversion]) expect(findPersonalData(t)).toEqual([]);
    const report = plans[0]!.values.flat().map(String);
    expect(report).toContain("Medborgarlöfte, frågor till [personuppgift]");
    expect(report.some((t) => t.includes("Polisen, kontakt [personuppgift]"))).toBe(true);
    expect(report.some((t) => t.includes("Trygghetsvandringar (anmälan till [personuppgift])"))).toBe(true);
    expect(report.some((t) => t.includes("Anmälda brott enligt [personuppgift]"))).toBe(true);
    expect(report.some((t) => t.includes("dnr KS 2024-498 [personuppgift]"))).toBe(true);
    // The register itself is as it was.
    expect(JSON.stringify(g)).toBe(before);
    expect(result.register.partners[0]!.name).toBe(`Polisen, kontakt ${PHONE}`);
  });

  it("a partner tab named with a phone number in it: Kontroll shows the name without it and links nothing there", () => {
    let g = withCell(baseGrids(), "Parter", "D2", `Polisen ${PHONE}`);
    g = { sheets: g.sheets.map((s) => (s.name === "Polisen" ? { ...s, name: `Polisen ${PHONE}` } : s)) };
    g = withCell(g, `Polisen ${PHONE}`, "D4", "Klar");
    const result = check(g);
    expect(at(result.findings, "Parter", "D2", "personal-data")).toBeDefined();
    const plan = kontrollPlan(result.findings, new Date(2025, 8, 5), "Kontroll");
    expect(
      plan.values
        .flat()
        .map(String)
        .some((t) => t === "Polisen [personuppgift]"),
    ).toBe(true);
    for (const v of plan.values.flat()) expect(findPersonalData(String(v))).toEqual([]);
    for (const l of plan.links) expect(findPersonalData(l.sheet)).toEqual([]);
  });

  it("Parter's Kontakt column, the address reminders go to, is no personal-data finding", () => {
    const g = baseGrids();
    const parter = g.sheets.find((s) => s.name === "Parter")!;
    parter.values = parter.values.map((row, i) => [...row, i === 0 ? "Kontakt" : MAIL]);
    expect(check(g).findings.filter((f) => f.code === "personal-data")).toEqual([]);
  });
});
