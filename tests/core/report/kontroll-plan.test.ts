import type { Finding } from "../../../src/core/findings";
import { kontrollPlan, kontrollSummary } from "../../../src/core/report/kontroll-plan";
import { planProblems } from "./plan-invariants";
import { CREATED } from "./report-fixture";

const finding = (over: Partial<Finding>): Finding => ({
  code: "not-a-date",
  severity: "error",
  sheet: "Stångåstaden",
  cell: "A7",
  message: 'Datum: "igår" är inget datum. Skriv datumet som 2025-03-14.',
  params: {},
  ...over,
});

const findings: Finding[] = [
  finding({}),
  finding({
    code: "personal-data",
    severity: "warning",
    sheet: "Kommunen",
    cell: "I11",
    message: "Kommentaren verkar innehålla ett telefonnummer. Ta bort det.",
  }),
  finding({ code: "missing-column", sheet: "Willhem", cell: null, message: "Kolumnen Datum saknas i tabellen." }),
  finding({ code: "no-report", severity: "info", sheet: "IKEA", cell: null, message: "IKEA har inte rapporterat något för T2 2025." }),
];

describe("the Kontroll sheet", () => {
  const plan = kontrollPlan(findings, CREATED, "Kontroll");

  it("sums up per severity with Swedish words and the time", () => {
    expect(plan.values[0]![0]).toBe("Kontroll 2025-09-05 14:32 · 2 fel · 1 varning · 1 info");
    expect(kontrollSummary([], CREATED)).toBe("Kontroll 2025-09-05 14:32 · 0 fel · 0 varningar · 0 info");
  });

  it("lists findings in the order given under a filtered, frozen header", () => {
    expect(plan.values[2]).toEqual(["Allvarlighet", "Flik", "Cell", "Kod", "Meddelande"]);
    expect(plan.values.slice(3).map((r) => r.slice(0, 4))).toEqual([
      ["Fel", "Stångåstaden", "A7", "not-a-date"],
      ["Varning", "Kommunen", "I11", "personal-data"],
      ["Fel", "Willhem", "—", "missing-column"],
      ["Info", "IKEA", "—", "no-report"],
    ]);
    expect(plan.autoFilter).toBe("A3:E7");
    expect(plan.freeze).toEqual({ rows: 3, columns: 0 });
    expect(plan.kind).toBe("kontroll");
  });

  it("links each cell address to that cell on its tab", () => {
    expect(plan.links).toEqual([
      { cell: "C4", sheet: "Stångåstaden", target: "A7" },
      { cell: "C5", sheet: "Kommunen", target: "I11" },
    ]);
  });

  it("shows only linked addresses in link blue, not the dash of a whole-sheet finding", () => {
    const blue = plan.styles.filter((s) => s.style.font?.color === "#0563C1").map((s) => s.range);
    expect(blue).toEqual(["C4:C5"]);
    const mixed = kontrollPlan([findings[2]!, findings[0]!, findings[3]!, findings[1]!], CREATED, "Kontroll");
    expect(mixed.styles.filter((s) => s.style.font?.color === "#0563C1").map((s) => s.range)).toEqual(["C5", "C7"]);
  });

  it("colours the severities and wraps the messages", () => {
    const texts = plan.conditionalFormats.map((c) => (c.kind === "textEquals" ? [c.range, c.text] : null));
    expect(texts).toEqual([
      ["A4:A7", "Fel"],
      ["A4:A7", "Varning"],
      ["A4:A7", "Info"],
    ]);
    expect(plan.styles).toContainEqual({ range: "E4:E7", style: { wrap: true } });
    expect(plan.columns.map((c) => c.width)).toEqual([13, 26, 8, 22, 90]);
  });

  it("is one rectangle with every range inside it", () => {
    expect(planProblems(plan)).toEqual([]);
  });

  it("says so in one friendly line when there is nothing to fix", () => {
    const empty = kontrollPlan([], CREATED, "Kontroll");
    expect(empty.values.flat().filter((v) => v !== null)).toEqual([
      "Kontroll 2025-09-05 14:32 · 0 fel · 0 varningar · 0 info",
      "Inga fel eller varningar hittades.",
    ]);
    expect(empty.autoFilter).toBeUndefined();
    expect(empty.links).toEqual([]);
    expect(planProblems(empty)).toEqual([]);
  });
});
