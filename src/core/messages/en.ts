/** English messages, for panes whose Office display language is not Swedish. */
import type { FindingCode, FindingParams } from "../findings";
import { sheetNameProblem } from "../plan/sheet-names";
import { quotedNames } from "./quoted-names";

/** Why Excel could never name a sheet `tab`, from the one rule (`sheetNameRule`), in this language; null when it could. */
const tabNameReason = (tab: unknown): string | null => (typeof tab === "string" ? sheetNameProblem(tab, "en") : null);

type Message = (p: FindingParams) => string;

const kindWords: Record<string, string> = {
  personnummer: "a personal identity number",
  samordningsnummer: "a coordination number",
  telefon: "a phone number",
  "e-post": "an e-mail address",
};

/** What to type in an empty required cell, by its column's kind (`hint`). */
const HINTS: Record<string, string> = {
  date: "the date as 2025-03-14",
  id: "a code",
  period: "the period as T2 2025",
  number: "a number",
  whole: "a count",
  choice: "one of the allowed values",
};

/** A sum row under the rows ("Total"): the report sums by itself. */
const totalsRow: Message = (p) =>
  `This row looks like a total row ("${p.typed}"). The report adds up by itself: delete the row, or turn off Total Row under Table Design if the table has one.`;

export const en: Record<FindingCode, Message> = {
  "missing-sheet": (p) => `The sheet ${p.sheet} is missing. Add a sheet named ${p.sheet} (or create a new register from the pane).`,
  "missing-column": (p) => `The column ${p.column} is missing from the table. Type the header ${p.column} in the header row.`,
  "missing-partner-tab": (p) =>
    p.problem
      ? `${tabNameReason(p.tab) ?? ""} Correct the name in the Flik column for ${p.partner} and give the tab the same name.`
      : p.similar
        ? `The tab ${p.tab} for ${p.partner} does not exist. Was it renamed to ${quotedNames(p.similar, "or")}? Then write the new name in the Flik column of Parter, or rename the tab back to ${p.tab}.`
        : `The tab ${p.tab} for ${p.partner} does not exist. Create it or correct the name in the Flik column of Parter.`,
  "invalid-setting": (p) =>
    p.kind === "date"
      ? `${p.field} must be a date. Type it as 2024-08-01.`
      : p.kind === "days"
        ? `${p.field} is the number of days after a tertial ends that partners have to report it. Type a whole number such as 14; until then 14 days apply.`
        : p.kind === "whole"
          ? `${p.field} must be a whole number of 1 or more, e.g. 5. Until it is corrected, 5 applies.`
          : `${p.field} is missing on the Löfte sheet.`,
  required: (p) => `${p.column} must be filled in. Type ${HINTS[String(p.hint)] ?? "a value"} in the cell.`,
  "not-a-number": (p) =>
    p.thousands === undefined
      ? `${p.column}: "${p.typed}" is not a number. Type digits only, e.g. ${p.whole ? "12" : "12 or 3,5"}.`
      : p.decimal === undefined
        ? `${p.column}: "${p.typed}" groups thousands with dots, which can be read as decimal points. Type ${p.thousands} (with spaces).`
        : `${p.column}: "${p.typed}" can be read both as ${p.thousands} and as ${p.decimal}. Type ${p.thousands} (with a space)${p.whole ? "" : ` or ${p.decimal} (with a comma)`}.`,
  "not-a-whole-number": (p) => `${p.column}: ${p.typed} is not a whole number. Type a count such as 12.`,
  negative: (p) => `${p.column} cannot be below zero.`,
  "percent-out-of-range": (p) => `${p.column}: ${p.typed} is outside 0–100. Type the share in percent, e.g. 46.`,
  "not-a-date": (p) => (p.totals ? totalsRow(p) : `${p.column}: "${p.typed}" is not a date. Type it as 2025-03-14.`),
  "unknown-value": (p) => `${p.column}: "${p.typed}" is not allowed. Choose one of: ${p.allowed}.`,
  "invalid-period": (p) => (p.totals ? totalsRow(p) : `"${p.typed}" is not a period. Type a tertial as T2 2025 or a year as 2025.`),
  "cell-error": (p) => `${p.column}: the cell shows the error ${p.typed}. Type the value instead.`,
  "unknown-partner": (p) =>
    p.example
      ? `Part-ID ${p.id} is not listed on Parter. Type a Part-ID from there, e.g. ${p.example}.`
      : `Part-ID ${p.id} is not listed on Parter, which lists no partner yet. Add the partner there first.`,
  "unknown-measure": (p) =>
    p.example
      ? `Åtgärd-ID ${p.id} is not listed on Åtgärder. Choose an Åtgärd-ID from there, e.g. ${p.example}.`
      : `Åtgärd-ID ${p.id} is not listed on Åtgärder, which lists no measure yet. Ask the safety unit to add the measure there.`,
  "unknown-indicator": (p) =>
    p.example
      ? `Indikator-ID ${p.id} is not listed on Indikatorer. Choose an Indikator-ID from there, e.g. ${p.example}.`
      : `Indikator-ID ${p.id} is not listed on Indikatorer, which lists no indicator yet. Ask the safety unit to add the indicator there.`,
  "duplicate-id": (p) => `${p.column} ${p.id} is already used on row ${p.firstRow}.`,
  "duplicate-value": (p) => `${p.indicator} for ${p.period} is already reported on row ${p.firstRow}.`,
  "frequency-mismatch": (p) => `${p.indicator} is reported per ${p.frequency === "År" ? "year" : "tertial"}; ${p.period} does not fit.`,
  "parts-exceed-total": (p) =>
    p.blank
      ? `Women (${p.women}) and men (${p.men}) are filled in but Participants is blank: enter the number who took part, at least ${Number(p.women) + Number(p.men)}.`
      : `Women (${p.women}) plus men (${p.men}) exceed the participants (${p.total}).`,
  "date-outside-pledge": (p) => `The date ${p.date} is outside the pledge (${p.from}–${p.to}).`,
  "date-in-future": (p) => `The date ${p.date} is in the future.`,
  "date-outside-measure": (p) => `The date ${p.date} is outside measure ${p.measure}'s period (${p.from}–${p.to}).`,
  "period-outside-pledge": (p) => `The period ${p.period} is outside the pledge.`,
  "not-a-source": (p) => `${p.partner} is not a source of ${p.indicator}.`,
  "not-involved": (p) => `${p.partner} is neither responsible for nor involved in measure ${p.measure}.`,
  "duplicate-row": (p) => `The same activity is already on row ${p.firstRow}.`,
  "missing-gender-split": (p) => `${p.indicator} is split by sex: fill in ${p.missing ?? "Kvinnor and Män"}.`,
  "personal-data": (p) =>
    `${p.column} seems to hold ${kindWords[String(p.kind)] ?? "personal data"}. Remove it; do not type personal data in the register.`,
  "no-report": (p) => `${p.partner} has reported nothing for ${p.tertial}. Fill in activities or indicator values on the sheet ${p.tab}.`,
  "missing-value": (p) => `${p.partner} has not reported ${p.indicator} for ${p.period}.`,
  "no-baseline": (p) => `${p.indicator} has no baseline.`,
  "planned-in-past": (p) =>
    `The activity on ${p.date} is still Planerad, but the day has passed. Set Status to Genomförd if it took place, or Inställd if it did not.`,
  "measure-without-activity": (p) =>
    `Measure ${p.measure} is Pågår, but no activity is reported for it in ${p.tertial}. Ask ${p.partner || "the responsible partner"} to report what was done, or change its Status.`,
  "indicator-changed": (p) =>
    `${p.indicator}: ${p.column} is now ${p.new} but was ${p.old} when the indicator was locked at the first report${p.date ? ` (${p.date})` : ""}. Type ${p.old} back, or leave the change and the report shows it.`,
};

/** What an English message shows where personal data was taken out of a name. */
export const EN_PERSONAL_DATA_MARKER = "[personal data]";

const belongs: Partial<Record<FindingCode, Message>> = {
  "not-a-number": (p) => `Remove it and type digits only, e.g. ${p.whole ? "12" : "12 or 3,5"}.`,
  "not-a-whole-number": () => "Remove it and type a count such as 12.",
  "percent-out-of-range": () => "Remove it and type the share in percent, e.g. 46.",
  "not-a-date": () => "Remove it and type the date as 2025-03-14.",
  "unknown-value": (p) => `Remove it and choose one of: ${p.allowed}.`,
  "invalid-period": () => "Remove it and type a tertial as T2 2025 or a year as 2025.",
  "unknown-partner": (p) => `Remove it and type a Part-ID listed on Parter${p.example ? `, e.g. ${p.example}` : ""}.`,
  "unknown-measure": (p) => `Remove it and choose an Åtgärd-ID listed on Åtgärder${p.example ? `, e.g. ${p.example}` : ""}.`,
  "unknown-indicator": (p) => `Remove it and choose an Indikator-ID listed on Indikatorer${p.example ? `, e.g. ${p.example}` : ""}.`,
  "duplicate-id": (p) => `Remove it and give the row its own ${p.column}: a short code without personal data.`,
  "missing-partner-tab": () => "Write the name of the partner's tab in the Flik column, without personal data, and give the tab that name.",
};

/** The message when the cell's own value looks like personal data and is not quoted (`params.hidden`). */
export function enHidden(code: FindingCode, p: FindingParams): string {
  const where = `${p.at ? `Cell ${p.at}` : "The cell"}${p.column ? ` (${p.column})` : ""}`;
  const instead = belongs[code]?.(p) ?? "Remove it; do not type personal data in the register.";
  return `${where} seems to hold ${kindWords[String(p.hidden)] ?? "personal data"}, so its value is not shown here. ${instead}`;
}
