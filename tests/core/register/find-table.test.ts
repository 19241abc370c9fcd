import type { Cell, SheetGrid } from "../../../src/core/cell";
import { findTable } from "../../../src/core/register/find-table";
import { AKTIVITETER_TABLE, LOFTE_TABLE, VARDEN_TABLE } from "../../../src/core/register/layout";
import { readPledge } from "../../../src/core/register/read-pledge";
import { readRegister } from "../../../src/core/register/read-register";
import type { Finding } from "../../../src/core/findings";
import { baseGrids, d } from "../../support/register-builder";

const ACT = AKTIVITETER_TABLE.columns.map((c) => c.header);
const VAL = VARDEN_TABLE.columns.map((c) => c.header);
const sheet = (values: Cell[][]): SheetGrid => ({ name: "Polisen", values });

describe("finding a table by its headers", () => {
  it("does not take the activities' Kommentar for a values table that has none of its own", () => {
    const header = [...ACT, null, "Period", "Indikator-ID", "Värde", "Kvinnor", "Män"];
    const found = findTable(sheet([header]), VARDEN_TABLE)!;
    expect(found.columns).toEqual({ Period: 10, "Indikator-ID": 11, Värde: 12, Kvinnor: 13, Män: 14 });
  });

  it("still reads optional columns after an empty header cell", () => {
    const header = [
      "Datum",
      "Åtgärd-ID",
      "Aktivitet",
      "Status",
      null,
      "Tillfällen",
      "Deltagare",
      "Varav kvinnor/flickor",
      "Varav män/pojkar",
      "Kommentar",
    ];
    const found = findTable(sheet([header]), AKTIVITETER_TABLE)!;
    expect(found.missing).toEqual([]);
    expect(found.columns["Deltagare"]).toBe(6);
  });

  it("finds a table cut down to two of its columns and names only the missing required one", () => {
    const found = findTable(sheet([["Rubrik"], [...ACT, null, "Period", "Indikator-ID"]]), VARDEN_TABLE)!;
    expect(found).toMatchObject({ headerRow: 1, missing: ["Värde"] });
  });

  it("finds no table in a sheet of notes", () => {
    expect(findTable(sheet([["Anteckningar"], ["Ring Polisen", "i morgon"]]), VARDEN_TABLE)).toBeNull();
  });

  it("matches headers in other cases, with line breaks, extra and decomposed characters", () => {
    const header = [" DATUM ", "a\u030atgärd-id", "Aktivitet", "status", "Varav\nkvinnor/flickor"];
    const found = findTable(sheet([header]), AKTIVITETER_TABLE)!;
    expect(found.missing).toEqual([]);
    expect(found.columns["Varav kvinnor/flickor"]).toBe(4);
  });
});

describe("a partner tab with its tables stacked", () => {
  it("ends the activities at the values' header row", () => {
    const g = baseGrids();
    const tab = g.sheets.find((s) => s.name === "Polisen")!;
    tab.values = [
      ACT,
      [d(2025, 5, 14), "Å2", "Medborgardialog", "Genomförd", 1, 40, 22, 18, null],
      [],
      VAL,
      ["T2 2025", "I1", 165, null, null, null],
    ];
    const draft = readRegister(g);
    const polisen = draft.tabs.find((t) => t.sheet === "Polisen")!;
    expect(draft.findings.filter((f) => f.sheet === "Polisen")).toEqual([]);
    expect([polisen.activities.length, polisen.values.length]).toEqual([1, 1]);
  });
});

describe("the pledge", () => {
  it("is read by its settings' names when Löfte has no Fält/Värde header row", () => {
    const findings: Finding[] = [];
    const pledge = readPledge(
      sheet([
        ["Medborgarlöftet"],
        [],
        [null, "Namn", "Löftet"],
        [null, " giltig från ", d(2024, 8, 1)],
        [null, "Giltig till", "2025-12-31"],
      ]),
      findings,
    );
    expect(findings).toEqual([]);
    expect(pledge).toMatchObject({ name: "Löftet", validFrom: d(2024, 8, 1), validTo: d(2025, 12, 31) });
  });

  it("still says which setting is wrong, at its value's cell", () => {
    const findings: Finding[] = [];
    expect(
      readPledge(
        sheet([
          ["Namn", "Löftet"],
          ["Giltig från", "1/8 2024"],
          ["Giltig till", d(2025, 12, 31)],
        ]),
        findings,
      ),
    ).toBeNull();
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["invalid-setting", "B2"]]);
  });

  it("keeps the header rule: a Löfte table lacking Värde is a missing column", () => {
    const findings: Finding[] = [];
    expect(
      readPledge(
        sheet([
          ["Fält", "Innehåll"],
          ["Namn", "Löftet"],
        ]),
        findings,
      ),
    ).toBeNull();
    expect(findings.map((f) => [f.code, f.cell])).toEqual([["missing-column", null]]);
    expect(LOFTE_TABLE.columns.map((c) => c.header)).toEqual(["Fält", "Värde"]);
  });
});
