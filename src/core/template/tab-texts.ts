/**
 * The words on a partner's tab, for a volunteer who fills it in: the headings
 * and help lines above the tables, the block that names what the partner
 * reports, and the input messages and alerts of the tab's data validation.
 * Swedish only: the register's sheets are Swedish. docs/register-format.md
 * quotes these; change both together.
 */
import { MAX_VALIDATION_ERROR, MAX_VALIDATION_PROMPT } from "../plan/excel-limits";

export const TAB_TEXTS = {
  title: (partner: string) => `Aktiviteter och indikatorvärden – ${partner}`,
  activitiesHeading: "Aktiviteter",
  valuesHeading: "Indikatorvärden",
  activitiesHelp:
    "En rad per aktivitet, datum som 2025-03-14. Tillfällen: hur många gånger aktiviteten hölls. " +
    "Deltagare: hur många som var med, räkna varje person en gång per tillfälle (10 personer vid 3 tillfällen är 30).",
  valuesHelp:
    "En rad per indikator och period: tertial som T2 2025, eller år som 2025 för en indikator som mäts per år. " +
    "Värde som ett tal; procent som 0–100 (46 för 46 %).",
  measures: {
    label: "Era åtgärder",
    none: "ni står inte som ansvarig eller medverkande i någon åtgärd på fliken Åtgärder. Fråga säkerhetsenheten vilken åtgärd era aktiviteter hör till.",
    noneInRegister: "inga åtgärder är inlagda på fliken Åtgärder än.",
    role: { ansvarig: "ansvarig", medverkande: "medverkande" },
  },
  indicators: {
    label: "Era indikatorer",
    none: "ni är inte källa för någon indikator, så tabellen Indikatorvärden kan stå tom.",
    noneInRegister: "inga indikatorer är inlagda på fliken Indikatorer än.",
    unit: { Antal: "antal", Procent: "procent, 0–100", Index: "index" } as Record<string, string>,
  },
  lists: {
    note: "Rullgardinerna i Åtgärd-ID och Indikator-ID väljer ur listorna här.",
    measures: "Åtgärder att välja",
    indicators: "Indikatorer att välja",
  },
} as const;

/** The alert's title when Excel asks whether to keep a value (Excel: at most 32 characters). */
export const CHECK_TITLE = "Stämmer det?";

/** Input messages (shown while a cell is selected) and alerts, per column header. */
export const PROMPTS = {
  Datum: (from: string, to: string) => ({
    prompt: `Dagen då aktiviteten hölls, som 2025-03-14. Löftet gäller ${from}–${to}.`,
    error: `Skriv ett datum inom löftets tid (${from}–${to}), som 2025-03-14.`,
  }),
  DatumOpen: {
    prompt: "Dagen då aktiviteten hölls, som 2025-03-14.",
    error: "Skriv datumet som 2025-03-14.",
  },
  "Åtgärd-ID": {
    prompt: "Välj åtgärden i listan, eller skriv bara koden, till exempel Å4. Båda sätten räknas lika.",
  },
  Status: {
    prompt: "Planerad, Genomförd eller Inställd. Ändra Planerad till Genomförd när aktiviteten har blivit av.",
  },
  Tillfällen: {
    prompt: "Hur många gånger aktiviteten hölls: ett helt antal, till exempel 3.",
  },
  Deltagare: {
    prompt: "Hur många som var med. Räkna varje person en gång per tillfälle: 10 personer vid 3 tillfällen är 30.",
  },
  "Varav kvinnor/flickor": {
    prompt: "Hur många av deltagarna som var kvinnor eller flickor. Lämna tomt om ni inte vet.",
  },
  "Varav män/pojkar": {
    prompt: "Hur många av deltagarna som var män eller pojkar. Lämna tomt om ni inte vet.",
  },
  Period: {
    prompt: "Tertialen som T2 2025, eller året som 2025 för en indikator som mäts per år.",
  },
  "Indikator-ID": {
    prompt: "Välj indikatorn i listan, eller skriv bara koden, till exempel I4. Båda sätten räknas lika.",
  },
  Värde: (percent: readonly string[]) => ({
    prompt: `Värdet som ett tal, till exempel 12 eller 3,5. Procent skrivs 0–100: 46 för 46 %.${
      percent.length > 0 ? ` I procent: ${percent.join(", ")}.` : ""
    }`,
  }),
  Kvinnor: { prompt: "Värdet för kvinnor och flickor, i samma enhet som Värde. Lämna tomt om indikatorn inte delas upp på kön." },
  Män: { prompt: "Värdet för män och pojkar, i samma enhet som Värde. Lämna tomt om indikatorn inte delas upp på kön." },
  whole: "Skriv ett helt antal, 0 eller mer, till exempel 12.",
  decimal: "Skriv ett tal, 0 eller mer, till exempel 12 eller 3,5.",
  percent: "Skriv andelen i procent, 0–100, till exempel 46 för 46 %.",
  perRow: "Skriv ett tal, 0 eller mer, till exempel 12 eller 3,5. För en indikator i procent: 0–100, till exempel 46 för 46 %.",
} as const;

/** A text cut at a word to `limit` characters, an ellipsis last. */
function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 1))}…`;
}

/** A prompt cut to what Excel stores (255), at a word, so a long list of percent indicators never makes the write fail. */
export function fitPrompt(text: string): string {
  return cutAtWord(text, MAX_VALIDATION_PROMPT);
}

/** An alert's message cut to what Excel stores (224), at a word: a long list of periods named in it never makes the write fail. */
export function fitAlert(text: string): string {
  return cutAtWord(text, MAX_VALIDATION_ERROR);
}
