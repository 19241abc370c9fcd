import type { Finding } from "../../../../src/core/findings";
import { MAX_LINKS_PER_SHEET } from "../../../../src/core/plan/excel-limits";
import { kontrollPlan, kontrollSummary, unlinkedNote } from "../../../../src/core/report/layout/kontroll-plan";
import { planProblems } from "../plan-invariants";
import { CREATED } from "../report-fixture";

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

describe("a Kontroll sheet with more findings than Excel allows links on a sheet", () => {
  // Two whole-sheet findings first (no link, no place in the count), then 65 540 with a cell.
  const many: Finding[] = [
    finding({ code: "missing-column", sheet: "Willhem", cell: null, message: "Kolumnen Datum saknas i tabellen." }),
    finding({ code: "no-report", severity: "info", sheet: "IKEA", cell: null, message: "IKEA har inte rapporterat något." }),
    ...Array.from({ length: 65_540 }, (_, i) => finding({ sheet: i < 65_535 ? "Kommunen" : "Stångåstaden", cell: `A${i + 4}` })),
  ];
  const plan = kontrollPlan(many, CREATED, "Kontroll");

  it("links the first 65 530 findings with a cell, in sheet order, and no more", () => {
    expect(MAX_LINKS_PER_SHEET).toBe(65_530);
    expect(plan.links).toHaveLength(65_530);
    // Rows 4 and 5 are the whole-sheet findings; the links run from row 6 to row 65 535.
    expect(plan.links[0]).toEqual({ cell: "C6", sheet: "Kommunen", target: "A4" });
    expect(plan.links.at(-1)).toEqual({ cell: "C65535", sheet: "Kommunen", target: "A65533" });
    expect(plan.values[65_535]!.slice(1, 3)).toEqual(["Kommunen", "A65534"]);
  });

  it("says on row 2 after which row the links stop, why, and how to reach a cell without one", () => {
    expect(plan.values[1]![0]).toBe(
      "Excel tillåter högst 65 530 länkar på ett blad, så fynden efter rad 65 535 har ingen länk till sin cell. " +
        "Fliken och cellen står ändå i kolumnerna Flik och Cell: skriv dem i namnrutan till vänster om formelfältet, till exempel 'Kommunen'!A65534, och tryck Enter.",
    );
    expect(plan.merges).toContain("A2:E2");
    expect(plan.rows.find((r) => r.row === 1)!.height).toBeGreaterThan(15);
    expect(planProblems(plan)).toEqual([]);
  });

  it("shows only linked addresses in link blue", () => {
    const blue = plan.styles.filter((s) => s.style.font?.color === "#0563C1").map((s) => s.range);
    expect(blue).toEqual(["C6:C65535"]);
  });

  it("keeps row 2 empty when every finding has its link", () => {
    expect(kontrollPlan(findings, CREATED, "Kontroll").values[1]!.every((v) => v === null)).toBe(true);
    expect(unlinkedNote(10, { sheet: "Tjejers 'rum'", cell: "B2" })).toContain("'Tjejers ''rum'''!B2");
  });
});

describe("a Kontroll sheet in a workbook of its own (pledge report --out)", () => {
  const plan = kontrollPlan(findings, CREATED, "Kontroll", { links: false });

  it("links nowhere, as the register's tabs are not in that workbook: the addresses are plain text", () => {
    expect(plan.links).toEqual([]);
    const withLinks = kontrollPlan(findings, CREATED, "Kontroll");
    expect(withLinks.links.length).toBeGreaterThan(0);
    // Same cells, same addresses, no note about links it left out.
    expect(plan.values).toEqual(withLinks.values);
  });

  it("numbers its own pages from 1", () => {
    expect(plan.print?.firstPageNumber).toBe(1);
    expect(plan.print?.footer.center).toMatch(/^Sida &P av 1 · Kontroll · /);
  });
});
