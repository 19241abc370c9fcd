/**
 * The partner tab in an .xlsx file (`pledge init`, `pledge demo`, `pledge next`),
 * opened by an independent reader (openpyxl): data validations with their prompts
 * and alerts, the dropdowns' named lists, and the engine reading the file back.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import { registerInputFromGrids } from "../../src/app/register";
import { checkRegister } from "../../src/core/check-register";
import { percentRowFormula, TEMPLATE_UNIT_LOOKUP } from "../../src/core/template/partner-tab-plan";
import { registerPlans } from "../../src/core/template/register-plans";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { baseGrids, T2_2025, TODAY } from "../support/register-builder";

interface SeenValidation {
  type: string;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  sqref: string;
  errorStyle: string | null;
  showErrorMessage: boolean;
  promptTitle: string | null;
  prompt: string | null;
  showInputMessage: boolean;
}

const dir = mkdtempSync(join(tmpdir(), "partner-tab-"));
const file = join(dir, "register.xlsx");
let seen: {
  validations: SeenValidation[];
  stg: Pick<SeenValidation, "type" | "operator" | "formula1" | "sqref">[];
  a2: string;
  r6: string;
  s7: string;
  merged: string[];
  alertAttrs: string[];
};

beforeAll(async () => {
  const grids = baseGrids();
  // The partners' tabs made anew by the template: no rows yet.
  grids.sheets = grids.sheets.map((s) => (s.name === "Polisen" || s.name === "Stångåstaden" ? { name: s.name, values: [] } : s));
  writeFileSync(file, await renderWorkbook(registerPlans(registerInputFromGrids(grids))));
  const python = openpyxlPythonOrNull();
  if (python === null) throw new Error("This test needs python3 with openpyxl (apt-get install python3-openpyxl).");
  const script = [
    "import json,sys,openpyxl",
    "ws=openpyxl.load_workbook(sys.argv[1])['Polisen']",
    "v=[dict(type=d.type,operator=d.operator,formula1=d.formula1,formula2=d.formula2,sqref=str(d.sqref),errorStyle=d.errorStyle,",
    "  showErrorMessage=bool(d.showErrorMessage),promptTitle=d.promptTitle,prompt=d.prompt,showInputMessage=bool(d.showInputMessage))",
    "  for d in ws.data_validations.dataValidation]",
    // openpyxl takes a missing showErrorMessage for true; OOXML (Excel, LibreOffice) for false: look at the XML itself.
    "import zipfile,re",
    "z=zipfile.ZipFile(sys.argv[1])",
    "xml=[z.read(n).decode() for n in z.namelist() if n.startswith('xl/worksheets/sheet') ]",
    "dv=[m for x in xml for m in re.findall(r'<dataValidation [^>]*>', x) if 'sqref=\"B6:B1005\"' in m or 'sqref=\"L6:L1005\"' in m]",
    "attrs=[a for m in dv for a in re.findall(r'(showErrorMessage=\"[01]\")', m)]",
    "stg=[dict(type=d.type,operator=d.operator,formula1=d.formula1,sqref=str(d.sqref)) for d in openpyxl.load_workbook(sys.argv[1])['Stångåstaden'].data_validations.dataValidation]",
    "print(json.dumps(dict(validations=v,stg=stg,a2=ws['A2'].value,r6=ws['R6'].value,s7=ws['S7'].value,merged=[str(m) for m in ws.merged_cells.ranges],alertAttrs=attrs+['dv:%d'%len(dv)])))",
  ].join("\n");
  seen = JSON.parse(execFileSync(python, ["-c", script, file], { encoding: "utf8" })) as typeof seen;
});

const at = (sqref: string) => seen.validations.find((v) => v.sqref === sqref);

describe("a partner tab in an .xlsx file, as openpyxl reads it", () => {
  it("has a date rule over the pledge with its input message, warning rather than stopping", () => {
    expect(at("A6:A1005")).toMatchObject({
      type: "date",
      operator: null, // between is the default
      formula1: "45505", // 2024-08-01
      formula2: "46022", // 2025-12-31
      errorStyle: "warning",
      showErrorMessage: true,
      promptTitle: "Datum",
      prompt: "Dagen då aktiviteten hölls, som 2025-03-14. Löftet gäller 2024-08-01–2025-12-31.",
      showInputMessage: true,
    });
  });

  it("has whole numbers ≥ 0 for the counts and numbers ≥ 0 for the values, each with its prompt", () => {
    for (const [sqref, title] of [
      ["E6:E1005", "Tillfällen"],
      ["F6:F1005", "Deltagare"],
      ["G6:G1005", "Varav kvinnor/flickor"],
      ["H6:H1005", "Varav män/pojkar"],
    ]) {
      expect(at(sqref!)).toMatchObject({
        type: "whole",
        operator: "greaterThanOrEqual",
        formula1: "0",
        errorStyle: "warning",
        promptTitle: title,
      });
    }
    // Polisen reports I1 (Antal) and I2 (Procent): ≥ 0 for every row, 0–100 for a percent row, by a formula.
    for (const [sqref, title] of [
      ["M6:M1005", "Värde"],
      ["N6:N1005", "Kvinnor"],
      ["O6:O1005", "Män"],
    ]) {
      const cell = sqref!.split(":")[0]!;
      expect(at(sqref!)).toMatchObject({
        type: "custom",
        operator: null,
        formula1: percentRowFormula(cell, "$L6", TEMPLATE_UNIT_LOOKUP).slice(1),
        formula2: null,
        errorStyle: "warning",
        showErrorMessage: true,
        promptTitle: title,
        showInputMessage: true,
      });
    }
    expect(at("F6:F1005")!.prompt).toMatch(/Räkna varje person en gång per tillfälle/);
  });

  it("keeps a plain number ≥ 0 for the values of a partner with no percent indicator (Stångåstaden: I3, Antal)", () => {
    for (const sqref of ["M6:M1005", "N6:N1005", "O6:O1005"]) {
      expect(seen.stg.find((v) => v.sqref === sqref)).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0" });
    }
  });

  it("has the ID dropdowns take the named lists on the tab, with no alert", () => {
    expect(at("B6:B1005")).toMatchObject({ type: "list", formula1: "'Polisen'!$R$6:$R$7", promptTitle: "Åtgärd-ID" });
    expect(at("L6:L1005")).toMatchObject({ type: "list", formula1: "'Polisen'!$S$6:$S$7", promptTitle: "Indikator-ID" });
    // No showErrorMessage on either, on both partners' tabs: OOXML's default, no alert.
    expect(seen.alertAttrs).toEqual(["dv:4"]);
    expect(at("D6:D1005")).toMatchObject({ type: "list", errorStyle: "stop", formula1: '"Planerad,Genomförd,Inställd"' });
    expect([seen.r6, seen.s7]).toEqual(["Å1 – Trygghetsvandringar", "I2 – Otrygga ute sent på kvällen"]);
    expect(seen.a2).toMatch(/^Era åtgärder: Å1 – Trygghetsvandringar \(medverkande\)/);
    expect(seen.merged).toEqual(expect.arrayContaining(["A2:I2", "K2:P2", "A4:I4", "K4:P4"]));
  });

  it("reads back through the engine with no finding on the new tab", async () => {
    const grids = await readWorkbook(readFileSync(file));
    const { findings } = checkRegister(grids, { today: TODAY, tertial: T2_2025 });
    expect(findings.filter((f) => f.sheet === "Polisen" && f.severity !== "info")).toEqual([]);
  });
});
