/**
 * What a ribbon button tells the person afterwards, in Swedish or English.
 * A button that worked says nothing (Excel shows the sheet it wrote), unless
 * the sheet got another name because a person's sheet had the wanted one; a
 * button that failed always says what to do instead. The wording follows the
 * pane's (`src/taskpane/strings.ts`), kept apart so the function file does not
 * carry the pane's whole catalogue.
 */
import { errorMessage } from "../core/messages/errors";
import { SHEET_NAMES } from "../core/register/layout";
import type { CommandName, CommandOutcome, Renamed } from "./run-command";

export type NoticeLanguage = "sv" | "en";

/** What the notice dialog shows: a title, the message (lines apart by "\n") and the page's language. */
export interface Notice {
  title: string;
  message: string;
  lang: NoticeLanguage;
}

/** Office's display language ("sv-SE", "en-US") → the notice's; Swedish when absent, as in the pane. */
export function noticeLanguage(displayLanguage: string | undefined): NoticeLanguage {
  return displayLanguage === undefined || displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}

const sv = {
  title: { checkRegister: "Kontrollera", makeCurrentReport: "Tertialrapport" } satisfies Record<CommandName, string>,
  notRegister:
    "Den här arbetsboken är inget löftesregister: flikarna Löfte, Parter, Åtgärder och Indikatorer saknas, så inget skrevs. " +
    "Öppna registrets arbetsbok och klicka igen, eller skapa ett register: Start → Medborgarlöfte → Öppna panelen → Skapa register.",
  noPledge:
    "Fliken Löfte saknar namn eller giltighetstid, så tertialet går inte att välja. " +
    "Fyll i Namn, Giltig från och Giltig till på fliken Löfte (datum som 2024-08-01) och klicka igen.",
  excelBusy: "Excel är upptaget med att redigera en cell. Tryck Enter i cellen och klicka igen.",
  failed: {
    checkRegister:
      "Det gick inte att skriva fliken Kontroll. Klicka igen; går det inte, öppna panelen (Start → Medborgarlöfte → Öppna panelen) och kontrollera därifrån.",
    makeCurrentReport:
      "Det gick inte att skapa tertialrapporten. Klicka igen; går det inte, öppna panelen (Start → Medborgarlöfte → Öppna panelen) och skapa rapporten under Rapport.",
  } satisfies Record<CommandName, string>,
  detail: (detail: string) => `Felmeddelande: ${detail}`,
  kontrollRenamed: (sheet: string) => `Fliken Kontroll är din egen, så resultatet skrevs till fliken ${sheet}.`,
  reportRenamed: (wanted: string, sheet: string) => `Fliken ${wanted} är din egen, så rapporten skrevs till fliken ${sheet}.`,
  renameHint: "Byt namn på din egen flik om tillägget ska skriva under det namnet nästa gång.",
};

type Texts = typeof sv;

const en: Texts = {
  title: { checkRegister: "Check", makeCurrentReport: "Tertial report" },
  notRegister:
    "This workbook is not a pledge register: the sheets Löfte, Parter, Åtgärder and Indikatorer are missing, so nothing was written. " +
    "Open the register's workbook and click again, or create a register: Home → Citizen pledge → Open pane → Create register.",
  noPledge:
    "The Löfte sheet lacks a name or validity, so no tertial can be chosen. " +
    "Fill in Namn, Giltig från and Giltig till on the Löfte sheet (dates as 2024-08-01) and click again.",
  excelBusy: "Excel is busy editing a cell. Press Enter in the cell and click again.",
  failed: {
    checkRegister:
      "The Kontroll sheet could not be written. Click again; if it still fails, open the pane (Home → Citizen pledge → Open pane) and check from there.",
    makeCurrentReport:
      "The tertial report could not be created. Click again; if it still fails, open the pane (Home → Citizen pledge → Open pane) and create the report under Report.",
  },
  detail: (detail) => `Error message: ${detail}`,
  kontrollRenamed: (sheet) => `The sheet Kontroll is your own, so the result was written to the sheet ${sheet}.`,
  reportRenamed: (wanted, sheet) => `The sheet ${wanted} is your own, so the report was written to the sheet ${sheet}.`,
  renameHint: "Rename your own sheet if the add-in should write under that name next time.",
};

const TEXTS: Record<NoticeLanguage, Texts> = { sv, en };

function renamedLines(renamed: Renamed[], t: Texts): string[] {
  const lines = renamed.map((r) => (r.wanted === SHEET_NAMES.kontroll ? t.kontrollRenamed(r.sheet) : t.reportRenamed(r.wanted, r.sheet)));
  return [...lines, t.renameHint];
}

function messageFor(name: CommandName, outcome: CommandOutcome, t: Texts, lang: NoticeLanguage): string | null {
  switch (outcome.kind) {
    case "written":
      return outcome.renamed.length > 0 ? renamedLines(outcome.renamed, t).join("\n") : null;
    case "not-register":
      return t.notRegister;
    case "no-pledge":
      return t.noPledge;
    case "excel-busy":
      return t.excelBusy;
    case "shown":
      return outcome.error ? errorMessage(outcome.error, lang) : outcome.message;
    case "failed":
      return outcome.detail ? `${t.failed[name]}\n${t.detail(outcome.detail)}` : t.failed[name];
  }
}

/** The notice for a button's outcome, or null when there is nothing to tell (the sheet is there, under its own name). */
export function commandNotice(name: CommandName, outcome: CommandOutcome, lang: NoticeLanguage): Notice | null {
  const t: Texts = TEXTS[lang];
  const message = messageFor(name, outcome, t, lang);
  return message === null ? null : { title: t.title[name], message, lang };
}
