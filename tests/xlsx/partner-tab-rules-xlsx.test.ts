/**
 * The comparer that decides whether a partner tab's value rules are today's
 * (core/template/partner-tab-rules.ts), held to an independent reader of the file:
 * openpyxl reads the rules the .xlsx writer wrote, for a tab made today and for one
 * made with the rule before 11b67fe (>= 0 only on a mixed partner's Värde, Kvinnor,
 * Män); as the file stores them (formulas without "=", dates as serials, `between`
 * left out as the default) the first is current on every owned column and the
 * second is stale on exactly M, N and O.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import type { ReadRule } from "../../src/core/cell";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { pledgePeriods } from "../../src/core/pledge-calendar";
import { periodLabel } from "../../src/core/period";
import { readRegister } from "../../src/core/register/read-register";
import { partnerReports } from "../../src/core/template/partner-reports";
import { partnerTabPlan, type UnitLookup } from "../../src/core/template/partner-tab-plan";
import { ownedRuleRanges, staleOwnedRules } from "../../src/core/template/partner-tab-rules";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { baseGrids } from "../support/register-builder";

interface FileRule {
  sqref: string;
  type: string;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  showErrorMessage: boolean;
  errorStyle: string | null;
  errorTitle: string | null;
  error: string | null;
  promptTitle: string | null;
  prompt: string | null;
}

const grids = baseGrids();
const draft = readRegister(grids);

function polisen(unitLookup: UnitLookup | null | undefined): SheetPlan {
  return partnerTabPlan({ name: "Polisen", tab: "Polisen", reports: partnerReports(draft, "POL") }, 1, {
    periods: draft.pledge ? pledgePeriods(draft.pledge).map(periodLabel) : [],
    validity: draft.pledge,
    unitLookup,
  });
}

/** What openpyxl reads of the file's Polisen tab: every data validation. */
async function readBack(plan: SheetPlan): Promise<FileRule[]> {
  const dir = mkdtempSync(join(tmpdir(), "tab-rules-"));
  const file = join(dir, "tab.xlsx");
  writeFileSync(file, await renderWorkbook([plan]));
  const python = openpyxlPythonOrNull();
  if (python === null) throw new Error("This test needs python3 with openpyxl (apt-get install python3-openpyxl).");
  const script = [
    "import json,sys,openpyxl",
    "ws=openpyxl.load_workbook(sys.argv[1])['Polisen']",
    // openpyxl takes a missing showErrorMessage for true, OOXML (Excel) for false: read it from the XML itself.
    "import zipfile,re",
    "z=zipfile.ZipFile(sys.argv[1])",
    "xml=''.join(z.read(n).decode() for n in z.namelist() if n.startswith('xl/worksheets/sheet'))",
    "shown={re.search(r'sqref=\"([^\"]+)\"',m).group(1) for m in re.findall(r'<dataValidation [^>]*>',xml) if 'showErrorMessage=\"1\"' in m}",
    "print(json.dumps([dict(sqref=str(d.sqref),type=d.type,operator=d.operator,formula1=d.formula1,formula2=d.formula2,",
    "  showErrorMessage=str(d.sqref) in shown,errorStyle=d.errorStyle,errorTitle=d.errorTitle,error=d.error,promptTitle=d.promptTitle,prompt=d.prompt)",
    "  for d in ws.data_validations.dataValidation]))",
  ].join("\n");
  return JSON.parse(execFileSync(python, ["-c", script, file], { encoding: "utf8" })) as FileRule[];
}

const TYPE: Record<string, string> = { whole: "WholeNumber", decimal: "Decimal", date: "Date", custom: "Custom", list: "List" };
const OPERATOR: Record<string, string> = { greaterThanOrEqual: "GreaterThanOrEqualTo", between: "Between" };
const STYLE: Record<string, string> = { stop: "Stop", warning: "Warning", information: "Information" };

/** A file's rule in the shape the core compares (as a reader of the file would give it). */
function asReadRule(range: string, rules: FileRule[]): ReadRule {
  const r = rules.find((x) => x.sqref === range);
  if (!r) return { range, type: "None" };
  // An inline list is stored as a text literal ("Planerad,Genomförd,Inställd"), which is the list itself.
  const criterion =
    r.type === "list"
      ? { source: (r.formula1 ?? "").replace(/^"(.*)"$/, "$1").replace(/""/g, '"') }
      : r.type === "custom"
        ? { formula: r.formula1 ?? "" }
        : {
            operator: OPERATOR[r.operator ?? "between"] ?? r.operator ?? "",
            formula1: r.formula1 ?? undefined,
            formula2: r.formula2 ?? undefined,
          };
  return {
    range,
    type: TYPE[r.type] ?? r.type,
    criterion,
    alert: { show: r.showErrorMessage, style: STYLE[r.errorStyle ?? "stop"]!, title: r.errorTitle ?? "", message: r.error ?? "" },
    prompt: { show: true, title: r.promptTitle ?? "", message: r.prompt ?? "" },
  };
}

describe("the rules openpyxl reads back, judged by the refresh's comparer", () => {
  it("a tab made today: every owned column current (the dropdowns, Status and Period too)", async () => {
    const today = polisen(undefined);
    const rules = await readBack(today);
    expect(rules.find((r) => r.sqref === "M6:M1005")).toMatchObject({
      type: "custom",
      formula1: expect.stringMatching(/^AND\(ISNUMBER\(M6\)/),
    });
    expect(rules.find((r) => r.sqref === "A6:A1005")).toMatchObject({ type: "date", formula1: "45505", formula2: "46022" });
    const read = ownedRuleRanges().map((range) => asReadRule(range, rules));
    expect(read.map((r) => r.type)).toEqual([
      "Date",
      "List",
      "List",
      ...Array(4).fill("WholeNumber"),
      "List",
      "List",
      ...Array(3).fill("Custom"),
    ]);
    expect(staleOwnedRules(read, today.validations, 1000)).toEqual([]);
  });

  it("a tab made with the older >= 0 rule: Värde, Kvinnor and Män stale, renewed to today's rules", async () => {
    const older = polisen(null);
    const rules = await readBack(older);
    expect(rules.find((r) => r.sqref === "M6:M1005")).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0" });
    const read = ownedRuleRanges().map((range) => asReadRule(range, rules));
    const today = polisen(undefined);
    const stale = staleOwnedRules(read, today.validations, 1000);
    expect(stale.map((v) => v.range)).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"]);
    expect(stale).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"].map((r) => today.validations.find((v) => v.range === r)));
  });
});
