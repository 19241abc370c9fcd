/**
 * Every finding code and every error code, in every branch of its text
 * (finding-examples.ts, error-examples.ts), renders in Swedish and in English
 * from the same parameters: both name the same values, nothing is left
 * unrendered, and the English text has no Swedish in it except the values it
 * quotes and the register's own names (sheets, headers, allowed values, the
 * Löfte fields), which the workbook has in Swedish whatever the pane's language.
 */
import { FINDING_EXAMPLES } from "./finding-examples";
import { ERROR_VARIANTS } from "./error-examples";
import { messageFor } from "../../../src/core/messages/catalogue";
import { errorMessage } from "../../../src/core/messages/errors";
import type { FindingCode, FindingParams } from "../../../src/core/findings";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  INDIKATORER_TABLE,
  LOFTE_TABLE,
  PARTER_TABLE,
  PLEDGE_FIELDS,
  SHEET_NAMES,
  VARDEN_TABLE,
} from "../../../src/core/register/layout";

/** Names the workbook has in Swedish in any language: an English text quotes them as they are. */
const REGISTER_WORDS = [
  ...Object.values(SHEET_NAMES),
  "Rapportlogg",
  ...PLEDGE_FIELDS.map((f) => f.field),
  ...[LOFTE_TABLE, PARTER_TABLE, ATGARDER_TABLE, INDIKATORER_TABLE, AKTIVITETER_TABLE, VARDEN_TABLE].flatMap((t) =>
    t.columns.flatMap((c: { header: string; allowed?: readonly string[] }) => [c.header, ...(c.allowed ?? [])]),
  ),
].sort((a, b) => b.length - a.length);

/** Swedish words no English text has (a small list: the commonest of the catalogues' Swedish). */
const SWEDISH_WORD =
  /(?<!\p{L})(och|inte|saknas|flik|fliken|flikar|flikarna|finns|är|har|eller|för|på|med|ska|måste|kan|igen|försök|ange|skriv|rätta|kunde|går)(?!\p{L})/iu;

/** Parameters that are codes the texts turn into words (a kind, a flag), not values a text quotes. */
const CODE_KEYS = new Set(["kind", "work", "hint", "hidden", "totals", "planned", "whole", "frequency", "holds", "problem"]);

/** The values a text quotes, each line of a list of names on its own. */
function leaves(value: unknown, key = ""): string[] {
  if (CODE_KEYS.has(key)) return [];
  if (typeof value === "string") return value.split("\n").filter((v) => v !== "");
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, k));
  return [];
}

/** The text without the values it quotes and the register's names: what the catalogue itself wrote. */
function ownWords(text: string, params: unknown): string {
  let rest = text;
  for (const v of [...leaves(params), ...REGISTER_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(v).join(" ");
  return rest;
}

function expectBothLanguages(sv: string, en: string, params: unknown) {
  for (const text of [sv, en]) {
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(/undefined|null|NaN|\[object|[{}]|\$\{/);
  }
  expect(en).not.toBe(sv);
  const english = ownWords(en, params);
  expect([en, english.match(SWEDISH_WORD)?.[0] ?? null]).toEqual([en, null]);
  expect([en, english.match(/[åäöÅÄÖ]/)?.[0] ?? null]).toEqual([en, null]);
  // The same values named in both: a value one language shows, the other shows too.
  for (const leaf of leaves(params)) expect([leaf, en.includes(leaf)]).toEqual([leaf, sv.includes(leaf)]);
}

const findingCases: [FindingCode, number, FindingParams][] = (Object.keys(FINDING_EXAMPLES) as FindingCode[]).flatMap((code) =>
  FINDING_EXAMPLES[code].map((params, i) => [code, i, params] as [FindingCode, number, FindingParams]),
);

describe("every finding code in both languages", () => {
  it.each(findingCases)("%s (example %i)", (code, _i, params) => {
    expectBothLanguages(messageFor(code, params, "sv"), messageFor(code, params, "en"), params);
  });

  it("has an example for every branch the checks make: a held-back value for each code that says what belongs in the cell", () => {
    for (const code of ["not-a-number", "unknown-value", "unknown-partner", "duplicate-id", "missing-partner-tab"] as const)
      expect([code, FINDING_EXAMPLES[code].some((p) => p.hidden !== undefined)]).toEqual([code, true]);
  });
});

describe("every error code in both languages", () => {
  it.each(ERROR_VARIANTS.map((m, i) => [m.code, i, m] as const))("%s (variant %i)", (_code, _i, message) => {
    expectBothLanguages(errorMessage(message, "sv"), errorMessage(message, "en"), message.params ?? {});
  });
});

describe("the check itself", () => {
  it("finds Swedish in an English text, but not in a quoted value or a register name", () => {
    expect(ownWords("The sheet Åtgärder has no column Status.", {})).not.toMatch(/[åäö]/);
    expect(ownWords('Polisen: "Hemgården" is not a date.', { typed: "Hemgården" })).not.toMatch(/[åäö]/);
    expect(ownWords("Fliken Polisen saknas.", {})).toMatch(SWEDISH_WORD);
    expect(ownWords("The tab is gone; försök again.", {})).toMatch(SWEDISH_WORD);
    expect(ownWords("Tabellen är tom.", {})).toMatch(/[åäö]/);
  });
});
