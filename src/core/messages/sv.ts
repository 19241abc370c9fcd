/**
 * Swedish messages, one per finding code: say what is wrong and what to type
 * instead, in words a volunteer filling in a tab understands.
 */
import type { FindingCode, FindingParams } from "../findings";
import { sheetNameProblem } from "../plan/sheet-names";
import { quotedNames } from "./quoted-names";

/** Why Excel could never name a sheet `tab`, from the one rule (`sheetNameRule`), in this language; null when it could. */
const tabNameReason = (tab: unknown): string | null => (typeof tab === "string" ? sheetNameProblem(tab, "sv") : null);

type Message = (p: FindingParams) => string;

const kindWords: Record<string, string> = {
  personnummer: "ett personnummer",
  samordningsnummer: "ett samordningsnummer",
  telefon: "ett telefonnummer",
  "e-post": "en e-postadress",
};

/** What to type in an empty required cell, by its column's kind (`hint`). */
const HINTS: Record<string, string> = {
  date: "datumet som 2025-03-14",
  id: "en kod",
  period: "perioden som T2 2025",
  number: "ett tal",
  whole: "ett antal",
  choice: "ett av de tillåtna värdena",
};

/** A sum row under the rows ("Summa"): the report sums by itself. */
const totalsRow: Message = (p) =>
  `Raden ser ut som en summarad ("${p.typed}"). Rapporten räknar summorna själv: ta bort raden, eller slå av Summarad under Tabelldesign om tabellen har en.`;

export const sv: Record<FindingCode, Message> = {
  "missing-sheet": (p) => `Fliken ${p.sheet} saknas. Lägg till en flik som heter ${p.sheet} (eller skapa ett nytt register från panelen).`,
  "missing-column": (p) => `Kolumnen ${p.column} saknas i tabellen. Skriv rubriken ${p.column} i rubrikraden, bredvid de andra rubrikerna.`,
  "missing-partner-tab": (p) =>
    p.problem
      ? `${tabNameReason(p.tab) ?? p.problem} Rätta namnet i kolumnen Flik för ${p.partner} och ge fliken samma namn.`
      : p.similar
        ? `Fliken ${p.tab} för ${p.partner} finns inte. Har den bytt namn till ${quotedNames(p.similar, "eller")}? Skriv i så fall det nya namnet i kolumnen Flik, eller byt tillbaka flikens namn till ${p.tab}.`
        : `Fliken ${p.tab} för ${p.partner} finns inte. Om fliken har bytt namn, skriv det nya namnet i kolumnen Flik; annars skapa fliken (panelen: Lägg till flikar för parter).`,
  "invalid-setting": (p) =>
    p.kind === "date"
      ? `${p.field} måste vara ett datum. Skriv datumet som 2024-08-01.`
      : p.kind === "days"
        ? `${p.field} är antalet dagar efter tertialens slut som parterna har på sig att rapportera. Skriv ett heltal, till exempel 14; tills dess gäller 14 dagar.`
        : p.kind === "whole"
          ? `${p.field} måste vara ett heltal från 1 och uppåt, till exempel 5. Tills det är rättat visas antal under 5 som "färre än 5".`
          : `${p.field} saknas på fliken Löfte. Skriv ${p.field} i kolumnen Fält och värdet bredvid.`,
  required: (p) => `${p.column} måste fyllas i. Skriv ${HINTS[String(p.hint)] ?? "ett värde"} i cellen.`,
  "not-a-number": (p) =>
    p.thousands === undefined
      ? `${p.column}: "${p.typed}" är inget tal. Skriv bara siffror, till exempel ${p.whole ? "12" : "12 eller 3,5"}.`
      : p.decimal === undefined
        ? `${p.column}: "${p.typed}" har punkter mellan tusentalen, som kan läsas som decimaltecken. Skriv ${p.thousands} (med mellanslag).`
        : `${p.column}: "${p.typed}" kan läsas både som ${p.thousands} och som ${p.decimal}. Skriv ${p.thousands} (med mellanslag)${p.whole ? "" : ` eller ${p.decimal} (med komma)`}.`,
  "not-a-whole-number": (p) => `${p.column}: ${p.typed} är inget heltal. Skriv ett helt antal, till exempel 12.`,
  negative: (p) => `${p.column} kan inte vara mindre än noll. Skriv 0 eller ett positivt tal.`,
  "percent-out-of-range": (p) => `${p.column}: ${p.typed} ligger utanför 0–100. Skriv andelen i procent, till exempel 46 för 46 %.`,
  "not-a-date": (p) => (p.totals ? totalsRow(p) : `${p.column}: "${p.typed}" är inget datum. Skriv datumet som 2025-03-14.`),
  "unknown-value": (p) => `${p.column}: "${p.typed}" är inte ett tillåtet värde. Välj ett av: ${p.allowed}.`,
  "invalid-period": (p) =>
    p.totals ? totalsRow(p) : `"${p.typed}" är ingen period. Skriv tertialen som T2 2025 (T1, T2 eller T3 och året) eller året som 2025.`,
  "cell-error": (p) => `${p.column}: cellen visar felet ${p.typed}. Skriv in värdet direkt i stället för en formel som inte fungerar.`,
  "unknown-partner": (p) =>
    p.example
      ? `Part-ID ${p.id} finns inte på fliken Parter. Skriv ett Part-ID därifrån, till exempel ${p.example}.`
      : `Part-ID ${p.id} finns inte på fliken Parter, som ännu inte listar någon part. Lägg till parten där först.`,
  "unknown-measure": (p) =>
    p.example
      ? `Åtgärd-ID ${p.id} finns inte på fliken Åtgärder. Välj ett Åtgärd-ID därifrån, till exempel ${p.example}.`
      : `Åtgärd-ID ${p.id} finns inte på fliken Åtgärder, som ännu inte listar någon åtgärd. Be säkerhetsenheten lägga till åtgärden där.`,
  "unknown-indicator": (p) =>
    p.example
      ? `Indikator-ID ${p.id} finns inte på fliken Indikatorer. Välj ett Indikator-ID därifrån, till exempel ${p.example}.`
      : `Indikator-ID ${p.id} finns inte på fliken Indikatorer, som ännu inte listar någon indikator. Be säkerhetsenheten lägga till indikatorn där.`,
  "duplicate-id": (p) => `${p.column} ${p.id} finns redan på rad ${p.firstRow}. Ge varje rad ett eget ${p.column}.`,
  "duplicate-value": (p) =>
    `${p.indicator} för ${p.period} är redan rapporterad på rad ${p.firstRow}. Ta bort den ena raden eller rätta perioden.`,
  "frequency-mismatch": (p) =>
    p.frequency === "År"
      ? `${p.indicator} rapporteras per år. Skriv året, till exempel ${p.year}, i stället för ${p.period}.`
      : `${p.indicator} rapporteras per tertial. Skriv tertialen, till exempel T2 ${p.year}, i stället för ${p.period}.`,
  "parts-exceed-total": (p) =>
    p.blank
      ? `Kvinnor/flickor (${p.women}) och män/pojkar (${p.men}) är ifyllda men Deltagare är tomt. Skriv hur många som deltog i Deltagare, minst ${Number(p.women) + Number(p.men)}.`
      : `Kvinnor/flickor (${p.women}) och män/pojkar (${p.men}) är fler än deltagarna (${p.total}). Rätta antalet deltagare eller fördelningen.`,
  "date-outside-pledge": (p) => `Datumet ${p.date} ligger utanför löftets giltighetstid (${p.from}–${p.to}). Kontrollera datumet.`,
  "date-in-future": (p) =>
    p.planned
      ? `Datumet ${p.date} har inte varit än. Det går bra för en planerad aktivitet; kontrollera bara datumet och ändra status till Genomförd när den är gjord.`
      : `Datumet ${p.date} har inte varit än. Skriv datumet då aktiviteten genomfördes, eller status Planerad.`,
  "date-outside-measure": (p) =>
    `Datumet ${p.date} ligger utanför åtgärd ${p.measure}:s period (${p.from}–${p.to}). Kontrollera datumet eller Åtgärd-ID.`,
  "period-outside-pledge": (p) => `Perioden ${p.period} ligger utanför löftets giltighetstid. Kontrollera perioden.`,
  "not-a-source": (p) =>
    `${p.partner} står inte som källa för ${p.indicator} på fliken Indikatorer. Kontrollera Indikator-ID, eller be säkerhetsenheten lägga till er som källa.`,
  "not-involved": (p) => `${p.partner} är varken ansvarig eller medverkande i åtgärd ${p.measure}. Kontrollera Åtgärd-ID.`,
  "duplicate-row": (p) => `Samma aktivitet finns redan på rad ${p.firstRow}. Ta bort den ena raden om den är inskriven två gånger.`,
  "missing-gender-split": (p) => `${p.indicator} ska delas upp på kön. Fyll i ${p.missing ?? "Kvinnor och Män"} bredvid värdet.`,
  "personal-data": (p) =>
    `${p.column} verkar innehålla ${kindWords[String(p.kind)] ?? "personuppgifter"}. Ta bort det; skriv inga personuppgifter i registret.`,
  "no-report": (p) =>
    `${p.partner} har inte rapporterat något för ${p.tertial}. Fyll i aktiviteter eller indikatorvärden på fliken ${p.tab}.`,
  "missing-value": (p) => `${p.partner} har inte rapporterat ${p.indicator} för ${p.period}. Lägg till en rad med perioden ${p.period}.`,
  "no-baseline": (p) => `${p.indicator} saknar utgångsvärde. Fyll i Utgångsvärde och Utgångsperiod så att förändringen kan följas.`,
  "planned-in-past": (p) =>
    `Aktiviteten den ${p.date} står fortfarande som Planerad, men dagen har passerat. Ändra Status till Genomförd om den blev av, eller till Inställd om den inte blev av.`,
  "measure-without-activity": (p) =>
    `Åtgärd ${p.measure} har status Pågår, men ingen aktivitet är rapporterad för den under ${p.tertial}.${p.partner ? ` Be ${p.partner} rapportera det som gjordes på sin flik,` : " Be den ansvariga parten rapportera det som gjordes på sin flik,"} eller ändra Status om åtgärden inte pågår längre (Försenad, Genomförd eller Avbruten).`,
  "indicator-changed": (p) =>
    `${p.indicator}: ${p.column} är nu ${p.new} men var ${p.old} när indikatorn låstes vid första rapporten${p.date ? ` (${p.date})` : ""}, enligt Rapportlogg. Indikatorerna ska vara bestämda i förväg: skriv tillbaka ${p.old}, eller låt ändringen stå så redovisar rapporten den.`,
};

/** What belongs in the cell, for a message whose cell's value is not shown. */
const belongs: Partial<Record<FindingCode, Message>> = {
  "not-a-number": (p) => `Ta bort det och skriv bara siffror, till exempel ${p.whole ? "12" : "12 eller 3,5"}.`,
  "not-a-whole-number": () => "Ta bort det och skriv ett helt antal, till exempel 12.",
  "percent-out-of-range": () => "Ta bort det och skriv andelen i procent, till exempel 46 för 46 %.",
  "not-a-date": () => "Ta bort det och skriv datumet som 2025-03-14.",
  "unknown-value": (p) => `Ta bort det och välj ett av: ${p.allowed}.`,
  "invalid-period": () => "Ta bort det och skriv perioden: tertialen som T2 2025 eller året som 2025.",
  "unknown-partner": (p) =>
    p.example
      ? `Ta bort det och skriv ett Part-ID från fliken Parter, till exempel ${p.example}.`
      : "Ta bort det och skriv ett Part-ID från fliken Parter (lägg till parten där först).",
  "unknown-measure": (p) =>
    p.example
      ? `Ta bort det och välj ett Åtgärd-ID från fliken Åtgärder, till exempel ${p.example}.`
      : "Ta bort det och välj ett Åtgärd-ID från fliken Åtgärder (be säkerhetsenheten lägga till åtgärden där).",
  "unknown-indicator": (p) =>
    p.example
      ? `Ta bort det och välj ett Indikator-ID från fliken Indikatorer, till exempel ${p.example}.`
      : "Ta bort det och välj ett Indikator-ID från fliken Indikatorer (be säkerhetsenheten lägga till indikatorn där).",
  "duplicate-id": (p) => `Ta bort det och ge raden ett eget ${p.column}: en kort kod utan personuppgifter.`,
  "missing-partner-tab": () => "Skriv namnet på partens flik i kolumnen Flik, utan personuppgifter, och ge fliken samma namn.",
};

/**
 * The message when the cell's own value looks like personal data and is not
 * quoted (`params.hidden`): it names the cell and says what belongs there.
 */
export function svHidden(code: FindingCode, p: FindingParams): string {
  const where = `${p.at ? `Cellen ${p.at}` : "Cellen"}${p.column ? ` (${p.column})` : ""}`;
  const instead = belongs[code]?.(p) ?? "Ta bort det; skriv inga personuppgifter i registret.";
  return `${where} verkar innehålla ${kindWords[String(p.hidden)] ?? "personuppgifter"}, så värdet visas inte här. ${instead}`;
}
