/**
 * Errors people are shown (a state of the workbook they can act on), as codes
 * with parameters, rendered here per language. The use cases and adapters throw
 * a `ShownError` with a code; the CLI and a Swedish pane show the Swedish text,
 * an English pane the English one.
 */
import type { Language } from "./catalogue";

export type ErrorCode = "no-pledge" | "not-empty" | "person-sheet" | "excel-busy";

/** What a message names: a sheet, a list of sheets, the kind of work being written. */
export interface ErrorParams {
  sheet?: string;
  sheets?: readonly string[];
  /** The kind of the plan being written when a person's sheet stood in the way. */
  work?: "rapport" | "slutrapport" | "kontroll" | "register" | "rapportlogg";
}

type Render = (p: ErrorParams) => string;

/** What the person asked for, as a message names it: "rapporten", "kontrollen". */
export const WORK_SV = {
  rapport: "rapporten",
  slutrapport: "slutrapporten",
  kontroll: "kontrollen",
  register: "flikarna",
  rapportlogg: "rapportloggen",
} as const;
const WORK_EN = {
  rapport: "the report",
  slutrapport: "the final report",
  kontroll: "the check",
  register: "the sheets",
  rapportlogg: "the report log",
} as const;

const sv: Record<ErrorCode, Render> = {
  "no-pledge": () =>
    "Registret saknar ett läsbart löfte (fliken Löfte med Namn, Giltig från och Giltig till). Rätta fliken Löfte och försök igen.",
  "not-empty": (p) =>
    `Arbetsboken har redan flikarna ${(p.sheets ?? []).join(", ")}. Skapa registret i en tom arbetsbok, eller byt namn på dem först.`,
  "person-sheet": (p) => {
    const work = WORK_SV[p.work ?? "register"];
    return p.work === "register" || p.work === undefined
      ? `Fliken ${p.sheet} gjordes av någon annan medan flikarna skrevs, så tillägget skriver inte över den. Försök igen.`
      : `Fliken ${p.sheet} gjordes av någon annan medan ${work} skrevs, så tillägget skriver inte över den. Försök igen: ${work} får då ett annat namn.`;
  },
  "excel-busy": () => "Excel är upptaget med att redigera en cell. Tryck Enter i cellen och försök igen.",
};

const en: Record<ErrorCode, Render> = {
  "no-pledge": () =>
    "The register has no readable pledge (the Löfte sheet with Namn, Giltig från and Giltig till). Correct the Löfte sheet and try again.",
  "not-empty": (p) =>
    `The workbook already has the sheets ${(p.sheets ?? []).join(", ")}. Create the register in an empty workbook, or rename them first.`,
  "person-sheet": (p) => {
    const work = WORK_EN[p.work ?? "register"];
    return p.work === "register" || p.work === undefined
      ? `Someone else made the sheet ${p.sheet} while the sheets were being written, so the add-in does not overwrite it. Try again.`
      : `Someone else made the sheet ${p.sheet} while ${work} was being written, so the add-in does not overwrite it. Try again: ${work} then gets another name.`;
  },
  "excel-busy": () => "Excel is busy editing a cell. Press Enter in the cell and try again.",
};

const catalogues = { sv, en } as const;

/** The text of an error for people, in a language (Swedish by default). */
export function errorMessage(code: ErrorCode, params: ErrorParams = {}, language: Language = "sv"): string {
  return catalogues[language][code](params);
}
