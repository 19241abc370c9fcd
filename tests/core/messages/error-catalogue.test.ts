/**
 * One catalogue of shown errors per language: every code has a Swedish and an
 * English text over the same parameters, every error a person can meet is
 * shown by the English pane and the English ribbon in English, and no throw
 * site in src/ carries a Swedish sentence of its own.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuplicatePlanError, PersonSheetError } from "../../../src/app/person-sheet-error";
import { NextPledgeError } from "../../../src/app/next-pledge";
import { NotRegisterError } from "../../../src/app/not-register";
import { InvalidTabNameError, NotEmptyError } from "../../../src/app/register";
import { NoPledgeError } from "../../../src/app/report";
import { ShownError } from "../../../src/app/shown-error";
import { UsageError } from "../../../src/cli/args";
import { CliError } from "../../../src/cli/io";
import { commandNotice } from "../../../src/commands/command-notice";
import { ERROR_CATALOGUES, errorMessage, type ErrorCode } from "../../../src/core/messages/errors";
import { ERROR_EXAMPLES as EXAMPLES } from "./error-examples";
import { sheetNameProblem, sheetNameRule } from "../../../src/core/plan/sheet-names";
import { explainReadError, explainSelectError, explainWriteError } from "../../../src/excel/failure-messages";
import { ExcelBusyError } from "../../../src/excel/retry";
import { OpenWorkbookError } from "../../../src/excel/create-workbook";
import { SheetNameError } from "../../../src/excel/sheet-name";
import { emptyPlan } from "../../../src/core/plan/sheet-plan";
import { errorText } from "../../../src/taskpane/use-task";
import { stringsFor } from "../../../src/taskpane/strings";
import { UnreadableWorkbookError } from "../../../src/xlsx/errors";

/** Every string and number a parameter holds (nested lists and objects too), except a rule's kind. */
function leaves(value: unknown, key = ""): string[] {
  if (typeof value === "string") return key === "kind" || key === "work" ? [] : [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

const SWEDISH_WORDS = /\b(och|inte|fliken|flikarna|Försök|igen|eller|finns|Ange|Skriv|är|har|kunde)\b/;

describe("the error catalogue", () => {
  const codes = Object.keys(EXAMPLES) as ErrorCode[];

  it("has the same codes in Swedish and English, and an example of each here", () => {
    expect(Object.keys(ERROR_CATALOGUES.sv).sort()).toEqual([...codes].sort());
    expect(Object.keys(ERROR_CATALOGUES.en).sort()).toEqual([...codes].sort());
  });

  it.each(Object.keys(EXAMPLES) as ErrorCode[])("%s: both languages name the same parameters, in their own words", (code) => {
    const message = { code, params: EXAMPLES[code] } as Parameters<typeof errorMessage>[0];
    const sv = errorMessage(message, "sv");
    const en = errorMessage(message, "en");
    expect(sv.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(en).not.toBe(sv);
    expect(en).not.toMatch(SWEDISH_WORDS);
    for (const leaf of leaves(EXAMPLES[code])) expect([code, leaf, en.includes(leaf)]).toEqual([code, leaf, sv.includes(leaf)]);
  });

  it("renders Swedish by default, the CLI's language", () => {
    expect(errorMessage({ code: "usage-unknown-flag", params: { flag: "--x" } })).toBe("Okänd flagga --x.");
  });
});

describe("every error a person can meet", () => {
  const excelError = (code: string, errorLocation?: string) =>
    Object.assign(new Error(code), { code, ...(errorLocation ? { debugInfo: { errorLocation } } : {}) });
  const report = [emptyPlan("Rapport T3 2025", "rapport")];
  const tab = {
    ...emptyPlan("Polisen", "register" as const),
    tables: [{ name: "Aktiviteter_1", range: "A1:B2", headers: ["A", "B"], style: "TableStyleLight9" }],
  };
  const errors: [string, ShownError][] = [
    ["no pledge", new NoPledgeError()],
    ["not a register", new NotRegisterError()],
    ["register sheets taken", new NotEmptyError(["Parter"])],
    ["invalid tab names", new InvalidTabNameError([{ partner: "Polisen", tab: "P/V", rule: sheetNameRule("P/V")! }])],
    ["sheet name", new SheetNameError("history", sheetNameRule("history")!)],
    ["person's sheet", new PersonSheetError("Kontroll", "kontroll")],
    ["two plans of one name", new DuplicatePlanError("Kontroll")],
    ["next pledge", new NextPledgeError({ code: "next-overlaps", params: { from: "2025-06-01", oldTo: "2025-12-31" } })],
    ["no new workbook in this Excel", new OpenWorkbookError({ code: "next-open-unsupported" })],
    ["new workbook refused", new OpenWorkbookError({ code: "next-open-failed", params: { officeCode: "GeneralException" } })],
    ["Excel busy", new ExcelBusyError()],
    ["table name taken", explainWriteError(excelError("ItemAlreadyExists", "TableCollection.add"), [tab]) as ShownError],
    ["sheets changed", explainWriteError(excelError("ItemNotFound", "Worksheet.delete"), report) as ShownError],
    ["access denied", explainWriteError(excelError("AccessDenied"), report) as ShownError],
    ["payload too large", explainWriteError(excelError("RequestPayloadSizeLimitExceeded"), report) as ShownError],
    ["write failed", explainWriteError(excelError("GeneralException"), report) as ShownError],
    ["row too large", explainReadError(excelError("RequestPayloadSizeLimitExceeded")) as ShownError],
    ["read failed", explainReadError(excelError("GeneralException")) as ShownError],
    ["sheet gone", explainSelectError(excelError("ItemNotFound"), "Polisen", "C3") as ShownError],
    ["select failed", explainSelectError(excelError("GeneralException"), "Polisen", "C3") as ShownError],
    ["command line arguments", new UsageError({ code: "usage-unknown-flag", params: { flag: "--x" } })],
    ["command line files", new CliError({ code: "input-missing", params: { path: "r.xlsx" } })],
    ["a file that is no workbook", new UnreadableWorkbookError()],
    [
      "a tab the file reader cannot read",
      new UnreadableWorkbookError({ code: "part-unreadable", params: { part: { tab: "Polisen" }, problem: { kind: "encrypted" } } }),
    ],
  ];

  it.each(errors)("%s: the English pane shows English, the Swedish pane the Swedish message", (_, error) => {
    expect(error).toBeInstanceOf(ShownError);
    expect(error.shown).not.toBeNull();
    const en = errorText(error, stringsFor("en"));
    expect(en).toBe(errorMessage(error.shown!, "en"));
    expect(en).not.toBe(error.message);
    expect(en).not.toMatch(SWEDISH_WORDS);
    expect(errorText(error, stringsFor("sv"))).toBe(error.message);
    expect(error.message).toBe(errorMessage(error.shown!, "sv"));
  });

  it("the English ribbon shows a coded error in English too", () => {
    const error = new PersonSheetError("Kontroll", "kontroll");
    const outcome = { kind: "shown" as const, message: error.message, error: error.shown! };
    expect(commandNotice("checkRegister", outcome, "en")!.message).toBe(error.textIn("en"));
    expect(commandNotice("checkRegister", outcome, "sv")!.message).toBe(error.message);
  });

  it("keeps the Swedish sheet-name reasons the checks quote", () => {
    expect(sheetNameProblem("T2/2025")).toBe(
      errorMessage({ code: "sheet-name-rule", params: { name: "T2/2025", rule: sheetNameRule("T2/2025")! } }),
    );
    expect(new SheetNameError("T2/2025", sheetNameRule("T2/2025")!).message).toBe(
      "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\. Inget har skrivits. Står namnet i kolumnen Flik på fliken Parter, rätta det där och försök igen.",
    );
  });
});

describe("throw sites in src/", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  /** `new SomethingError("…")`, `new Error(`…`)`, `super("…")` whose first argument is a literal with a Swedish letter in it. */
  const SWEDISH_THROW = /(?:new \w*Error|super)\(\s*(["'`])((?:(?!\1)[^\\]|\\.)*[åäöÅÄÖ](?:(?!\1)[^\\]|\\.)*)\1/g;

  it("carry no Swedish sentence of their own: the text comes from the catalogue", () => {
    const found = files(join(__dirname, "../../../src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(SWEDISH_THROW)].map((m) => `${file.replace(/.*\/src\//, "src/")}: ${m[0].slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });

  it("the check itself finds a Swedish literal thrown", () => {
    expect('throw new Error("Fliken är borta.")'.match(SWEDISH_THROW)).not.toBeNull();
    expect("throw new UsageError(\n  `Okänd flagga ${a}.`,\n)".match(SWEDISH_THROW)).not.toBeNull();
    expect('super("Arbetsboken är tom.")'.match(SWEDISH_THROW)).not.toBeNull();
    expect("throw new Error(`No sheet ${name}`)".match(SWEDISH_THROW)).toBeNull();
  });
});
