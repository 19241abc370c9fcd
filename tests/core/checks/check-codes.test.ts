import { checkRegister } from "../../../src/core/check-register";
import type { WorkbookGrids } from "../../../src/core/cell";
import type { Finding } from "../../../src/core/findings";
import { baseGrids, d, T2_2025, TODAY, withCell, withRow } from "../../support/register-builder";

const check = (g: WorkbookGrids, today = TODAY) => checkRegister(g, { today, tertial: T2_2025 });
const pick = (fs: Finding[]) => fs.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell }));

function expectOnly(g: WorkbookGrids, expected: { code: string; sheet: string; cell: string | null }) {
  const { findings } = check(g);
  expect(pick(findings).filter((f) => f.severity !== "info")).toEqual([expect.objectContaining(expected)]);
  const f = findings.find((x) => x.code === expected.code)!;
  expect(f.message.length).toBeGreaterThan(20);
  expect(f.message).not.toMatch(/undefined|NaN|\[object/);
}

describe("a clean register", () => {
  it("has no findings at all for T2 2025", () => {
    expect(pick(check(baseGrids()).findings)).toEqual([]);
  });
  it("reads every usable row", () => {
    const { register } = check(baseGrids());
    expect(register.activities).toHaveLength(2);
    expect(register.values).toHaveLength(3);
    expect(register.excludedRows).toBe(0);
    expect(register.pledge?.name).toMatch(/Skäggetorp/);
  });
});

describe("sheet and column findings", () => {
  it("missing-sheet for each register sheet", () => {
    for (const name of ["Löfte", "Parter", "Åtgärder", "Indikatorer"]) {
      const g = baseGrids();
      g.sheets = g.sheets.filter((s) => s.name !== name);
      const f = check(g).findings.filter((x) => x.code === "missing-sheet");
      expect(f).toEqual([expect.objectContaining({ sheet: name, cell: null, severity: "error" })]);
    }
  });
  it("finds sheets case-insensitively", () => {
    const g = baseGrids();
    g.sheets[1]!.name = "parter";
    expect(check(g).findings.filter((x) => x.code === "missing-sheet")).toEqual([]);
  });
  it("missing-column when a required header is absent, and the table is not read", () => {
    const g = withCell(baseGrids(), "Polisen", "D3", "Typ av aktivitet");
    const r = check(g);
    expect(pick(r.findings).filter((f) => f.code === "missing-column")).toEqual([
      { code: "missing-column", severity: "error", sheet: "Polisen", cell: null },
    ]);
    expect(r.findings.find((f) => f.code === "missing-column")!.message).toContain("Status");
    expect(r.register.activities.filter((a) => a.partnerId === "POL")).toEqual([]);
  });
  it("missing-partner-tab names the Flik cell", () => {
    expectOnly(withCell(baseGrids(), "Parter", "D3", "Stångåstaden AB"), { code: "missing-partner-tab", sheet: "Parter", cell: "D3" });
  });
  it("invalid-setting for a missing or non-date pledge setting", () => {
    expectOnly(withCell(baseGrids(), "Löfte", "B6", "augusti"), { code: "invalid-setting", sheet: "Löfte", cell: "B6" });
    expectOnly(withCell(baseGrids(), "Löfte", "B2", null), { code: "invalid-setting", sheet: "Löfte", cell: "B2" });
  });
  it("accepts an ISO text date for a pledge setting", () => {
    expect(check(withCell(baseGrids(), "Löfte", "B6", "2024-08-01")).findings).toEqual([]);
  });
});

describe("cell findings on a partner tab", () => {
  it("required", () => expectOnly(withCell(baseGrids(), "Polisen", "C4", "  "), { code: "required", sheet: "Polisen", cell: "C4" }));
  it("not-a-number", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "F4", "ca 20"), { code: "not-a-number", sheet: "Polisen", cell: "F4" }));
  it("not-a-whole-number", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "E4", 1.5), { code: "not-a-whole-number", sheet: "Polisen", cell: "E4" }));
  it("negative count", () => expectOnly(withCell(baseGrids(), "Polisen", "E4", -1), { code: "negative", sheet: "Polisen", cell: "E4" }));
  it("negative value", () => expectOnly(withCell(baseGrids(), "Polisen", "M4", -3), { code: "negative", sheet: "Polisen", cell: "M4" }));
  it("percent-out-of-range on value and on a part", () => {
    expectOnly(withCell(baseGrids(), "Polisen", "M5", 112), { code: "percent-out-of-range", sheet: "Polisen", cell: "M5" });
    expectOnly(withCell(baseGrids(), "Polisen", "N5", "101"), { code: "percent-out-of-range", sheet: "Polisen", cell: "N5" });
  });
  it("not-a-date", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "A4", "14/3 2025"), { code: "not-a-date", sheet: "Polisen", cell: "A4" }));
  it("unknown-value lists the allowed values", () => {
    expectOnly(withCell(baseGrids(), "Polisen", "D4", "Klar"), { code: "unknown-value", sheet: "Polisen", cell: "D4" });
    const f = check(withCell(baseGrids(), "Polisen", "D4", "Klar")).findings[0]!;
    expect(f.message).toContain("Planerad, Genomförd, Inställd");
  });
  it("accepts a choice in any case with spaces", () => {
    expect(check(withCell(baseGrids(), "Polisen", "D4", "  genomförd ")).findings).toEqual([]);
  });
  it("invalid-period", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "K4", "T4 2025"), { code: "invalid-period", sheet: "Polisen", cell: "K4" }));
  it("cell-error", () => expectOnly(withCell(baseGrids(), "Polisen", "F4", "#N/A"), { code: "cell-error", sheet: "Polisen", cell: "F4" }));
  it("counts rows left out because of errors", () => {
    const r = check(withCell(withCell(baseGrids(), "Polisen", "A4", "igår"), "Polisen", "M4", "x"));
    expect(r.register.excludedRows).toBe(2);
    expect(r.register.totalRows).toBe(5);
  });
});

describe("reference findings", () => {
  it("unknown-partner in Ansvarig, Medverkande and Källa", () => {
    expectOnly(withCell(baseGrids(), "Åtgärder", "D2", "XYZ"), { code: "unknown-partner", sheet: "Åtgärder", cell: "D2" });
    expectOnly(withCell(baseGrids(), "Åtgärder", "E2", "POL; ABC"), { code: "unknown-partner", sheet: "Åtgärder", cell: "E2" });
  });
  it("compares IDs trimmed and case-insensitively", () => {
    expect(check(withCell(baseGrids(), "Åtgärder", "D2", " stg ")).findings).toEqual([]);
  });
  it("unknown-measure", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "B4", "Å17"), { code: "unknown-measure", sheet: "Polisen", cell: "B4" }));
  it("unknown-indicator", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "L4", "I9"), { code: "unknown-indicator", sheet: "Polisen", cell: "L4" }));
  it("duplicate-id names the later row", () => {
    expectOnly(withRow(baseGrids(), "Parter", ["pol", "Polisen igen", "Polis", "Polisen 2"]), {
      code: "duplicate-id",
      sheet: "Parter",
      cell: "A4",
    });
  });
  it("duplicate-value names the later Indikator-ID", () => {
    const g = withRow(baseGrids(), "Polisen", [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "2025 T2",
      "I1",
      170,
      null,
      null,
      null,
    ]);
    expectOnly(g, { code: "duplicate-value", sheet: "Polisen", cell: "L6" });
  });
  it("frequency-mismatch names the Period cell", () => {
    expectOnly(withCell(baseGrids(), "Polisen", "K5", "T3 2025"), { code: "frequency-mismatch", sheet: "Polisen", cell: "K5" });
  });
  it("parts-exceed-total names Deltagare", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "G4", 30), { code: "parts-exceed-total", sheet: "Polisen", cell: "F4" }));
  it("parts-exceed-total when women and men are typed beside a blank Deltagare, and asks for the total", () => {
    // A world register: Kvinnor 13 and Män 10 with Deltagare left blank read as 15 participants but 23 with their sex given.
    const g = withCell(baseGrids(), "Polisen", "F4", null);
    expectOnly(g, { code: "parts-exceed-total", sheet: "Polisen", cell: "F4" });
    const f = check(g).findings.find((x) => x.code === "parts-exceed-total")!;
    expect(f.message).toMatch(/Deltagare är tomt\. Skriv hur många som deltog i Deltagare, minst \d+\./);
    // An unreadable Deltagare has its own finding, and no second one.
    const unreadable = check(withCell(baseGrids(), "Polisen", "F4", "tolv")).findings.filter((x) => x.cell === "F4");
    expect(unreadable.map((x) => x.code)).toEqual(["not-a-number"]);
  });
});

describe("warnings", () => {
  it("date-outside-pledge", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "A4", d(2024, 6, 10)), { code: "date-outside-pledge", sheet: "Polisen", cell: "A4" }));
  it("date-in-future", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "A4", d(2025, 10, 1)), { code: "date-in-future", sheet: "Polisen", cell: "A4" }));
  it("date-outside-measure", () => {
    const g = withCell(baseGrids(), "Åtgärder", "F2", d(2025, 7, 1));
    expectOnly(g, { code: "date-outside-measure", sheet: "Stångåstaden", cell: "A4" });
  });
  it("period-outside-pledge", () => {
    const g = withCell(baseGrids(), "Polisen", "K4", "T1 2024");
    const r = check(g);
    expect(pick(r.findings).filter((f) => f.severity === "warning")).toEqual([
      { code: "period-outside-pledge", severity: "warning", sheet: "Polisen", cell: "K4" },
    ]);
  });
  it("not-a-source", () => {
    const g = withRow(baseGrids(), "Stångåstaden", [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "T2 2025",
      "I1",
      3,
      null,
      null,
      null,
    ]);
    expectOnly(g, { code: "not-a-source", sheet: "Stångåstaden", cell: "L5" });
  });
  it("not-involved", () =>
    expectOnly(withCell(baseGrids(), "Stångåstaden", "B4", "Å2"), { code: "not-involved", sheet: "Stångåstaden", cell: "B4" }));
  it("duplicate-row names the later Datum", () => {
    const g = withRow(baseGrids(), "Polisen", [
      d(2025, 5, 14),
      "Å2",
      "Medborgardialog på torget",
      "Genomförd",
      1,
      40,
      22,
      18,
      "Bra uppslutning",
    ]);
    expectOnly(g, { code: "duplicate-row", sheet: "Polisen", cell: "A6" });
  });
  it("missing-gender-split names Värde", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "O5", null), { code: "missing-gender-split", sheet: "Polisen", cell: "M5" }));
  describe("missing-gender-split asks only for a blank part (issue 12)", () => {
    const split = (g: WorkbookGrids) => check(g).findings.filter((f) => f.code === "missing-gender-split");
    it("not for a part typed but unreadable: its own not-a-number says what to type", () => {
      expectOnly(withCell(baseGrids(), "Polisen", "O5", "52 procent"), { code: "not-a-number", sheet: "Polisen", cell: "O5" });
      const both = withCell(withCell(baseGrids(), "Polisen", "N5", "44 procent"), "Polisen", "O5", "52 procent");
      expect(pick(check(both).findings).map((f) => `${f.code} ${f.cell}`)).toEqual(["not-a-number N5", "not-a-number O5"]);
    });
    it("names the one blank part", () => {
      const [f] = split(withCell(baseGrids(), "Polisen", "O5", "  "));
      expect(f!.message).toMatch(/ska delas upp på kön\. Fyll i Män bredvid värdet\.$/);
      const [g] = split(withCell(withCell(baseGrids(), "Polisen", "N5", null), "Polisen", "O5", "52 procent"));
      expect(g!.message).toMatch(/Fyll i Kvinnor bredvid värdet\.$/);
    });
    it("names both when both are blank", () => {
      const [f] = split(withCell(withCell(baseGrids(), "Polisen", "N5", null), "Polisen", "O5", null));
      expect(f!.message).toMatch(/Fyll i Kvinnor och Män bredvid värdet\.$/);
    });
  });
  it("personal-data in a comment", () =>
    expectOnly(withCell(baseGrids(), "Polisen", "I4", "Ring Anna 070-123 45 67"), { code: "personal-data", sheet: "Polisen", cell: "I4" }));
  it("no personal-data for dates, amounts and IDs", () => {
    expect(check(withCell(baseGrids(), "Polisen", "I4", "2025-03-14, 1 200 kr, Å3, T2 2025")).findings).toEqual([]);
  });
});

describe("completeness (info)", () => {
  it("no-report for a partner silent in the tertial", () => {
    const g = withCell(withCell(baseGrids(), "Stångåstaden", "A4", d(2025, 1, 20)), "Stångåstaden", "K4", "T1 2025");
    const info = pick(check(g).findings).filter((f) => f.severity === "info");
    expect(info).toEqual(expect.arrayContaining([{ code: "no-report", severity: "info", sheet: "Stångåstaden", cell: null }]));
  });
  it("missing-value for a source without the tertial's value", () => {
    const g = withCell(baseGrids(), "Polisen", "K4", "T1 2025");
    expect(pick(check(g).findings)).toEqual([{ code: "missing-value", severity: "info", sheet: "Polisen", cell: null }]);
  });
  it("no-baseline names the baseline cell", () => {
    const g = withCell(withCell(baseGrids(), "Indikatorer", "H4", null), "Indikatorer", "I4", null);
    expect(pick(check(g).findings)).toEqual([{ code: "no-baseline", severity: "info", sheet: "Indikatorer", cell: "H4" }]);
  });
});

describe("limits of sheet names", () => {
  it("says a Flik longer than 31 characters can never be a sheet name", () => {
    const long = "Östergötlands stadsmission Linköping";
    const f = check(withCell(baseGrids(), "Parter", "D3", long)).findings.find((x) => x.code === "missing-partner-tab")!;
    expect(f.cell).toBe("D3");
    expect(f.message).toContain("högst 31 tecken");
  });
  it("reads a partner tab whose name has 31 characters with Å", () => {
    const name = "Åtgärdsgruppen för Skäggetorp Å";
    expect(name).toHaveLength(31);
    const g = withCell(baseGrids(), "Parter", "D3", name);
    g.sheets.find((s) => s.name === "Stångåstaden")!.name = name;
    expect(check(g).findings).toEqual([]);
  });
  it("tells what to do when a listed partner tab was renamed", () => {
    const g = baseGrids();
    g.sheets.find((s) => s.name === "Stångåstaden")!.name = "Stångåstaden AB";
    const f = check(g).findings.find((x) => x.code === "missing-partner-tab")!;
    expect(f).toMatchObject({ sheet: "Parter", cell: "D3" });
    expect(f.message).toContain("bytt namn");
  });
});
