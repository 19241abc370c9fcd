/**
 * Every text the pane shows, in Swedish; `strings-en.ts` holds the English
 * catalogue with the same shape. Office's display language picks one.
 */
import type { Language } from "../core/messages/catalogue";
import { SEVERITY_WORDS } from "../core/messages/severity-words";
import type { TargetStatus, Direction } from "../core/trends/trend-types";
import { en } from "./strings-en";
import { NO_BASELINE_WORD, STATUS_WORDS_SV } from "../core/trends/status-words";
import { momentText, reportChangeText, tabChangeText } from "../core/messages/report-log-sv";
import type { TabChange } from "../core/report/log/report-changes";
import type { LogEntry } from "../core/report/log/read-log";
import { countNoun, formatNumberSv, longDateSv } from "../core/swedish-format";
import type { Reminder } from "../core/reminders/reminders";
import { periodLabel } from "../core/period";
import { leftOutText } from "../core/report/model/trend-words";
import type { LeftOut } from "../core/trends/trend-types";
import type { ReportChange } from "../core/report/log/report-changes";
import { WHOLE_PLEDGE } from "../core/report/log/log-layout";
import type { ShownMessage } from "../core/messages/errors";
import type { NewBaseline } from "../core/template/next-pledge";

export const sv = {
  /** The language of this catalogue: errors shown to people are rendered in it. */
  language: "sv" as Language,
  appTitle: "Medborgarlöfte",
  tabsLabel: "Vyer",
  tabs: { start: "Start", kontroll: "Kontroll", indikatorer: "Indikatorer", rapport: "Rapport" },
  working: "Arbetar …",
  loadingView: "Laddar vyn …",
  unknownError: (message: string) => `Något gick fel: ${message}`,
  errorTitle: "Fel",
  severityPlural: SEVERITY_WORDS.sv.plural,
  severityOne: SEVERITY_WORDS.sv.one,
  countsLabel: (e: number, w: number, i: number) => `${e} fel, ${w} varningar, ${i} info`,

  // Start
  startHeading: "Arbetsboken",
  readingWorkbook: "Läser arbetsboken …",
  notRegister: "Den här arbetsboken är inget löftesregister än. Skapa ett?",
  createRegister: "Skapa register",
  creatingRegister: "Skapar registret …",
  registerCreated: (sheets: string[]) => `Registret är skapat med flikarna ${sheets.join(", ")}. Fyll i fliken Löfte först.`,
  validity: (from: string, to: string) => `Gäller ${from} – ${to}`,
  partnerCount: (n: number) => (n === 1 ? "1 part" : `${n} parter`),
  currentTertial: (t: string) => `Pågående tertial: ${t}`,
  pledgeStarts: (from: string) => `Löftet börjar ${from}`,
  pledgeEnded: (to: string, last: string) => `Löftet gällde till ${to} · senaste tertial ${last}`,
  finalReportDue: "Dags för slutrapporten: Rapport → Skapa slutrapport.",
  lastCheck: (time: string) => `Senaste kontroll: kl. ${time}`,
  noPledgeName: "Löftet saknar namn",
  addPartnerTabs: "Lägg till flikar för parter",
  addingTabs: "Lägger till flikar …",
  tabsAdded: (tabs: string[]) => `Nya flikar: ${tabs.join(", ")}.`,
  noTabsMissing: "Alla parter har redan en flik.",
  readAgain: "Läs om arbetsboken",

  // Kontroll
  kontrollHeading: "Kontroll av registret",
  checkRegister: "Kontrollera registret",
  checking: "Kontrollerar registret …",
  notChecked: "Registret är inte kontrollerat än.",
  noFindings: "Inga fel eller varningar. Bra jobbat!",
  noneMatch: "Inget fynd matchar filtret.",
  filterHeading: "Filter",
  severityFilterLabel: "Visa allvarlighet",
  textFilterLabel: "Filtrera på text",
  textFilterPlaceholder: "Flik, cell eller ord",
  groupTitle: (sheet: string, n: number) => `${sheet} (${n})`,
  wholeSheet: "Hela fliken",
  findingLine: (cell: string, message: string) => `${cell} · ${message}`,
  goToCell: (sheet: string, cell: string, severity: string, message: string) =>
    `${severity}: ${message} Gå till ${cell} på fliken ${sheet}.`,
  writeKontroll: "Skriv fliken Kontroll",
  writingKontroll: "Skriver fliken Kontroll …",
  kontrollWritten: (sheet: string) => `Resultatet finns på fliken ${sheet}.`,
  kontrollRenamed: (sheet: string) => `Fliken Kontroll är din egen, så resultatet skrevs till ${sheet}.`,
  partnerHeading: (name: string) => `Kontroll av ${name}`,
  partnerHint: (tab: string) => `Fliken ${tab} kontrolleras medan du skriver.`,
  partnerChecking: "Kontrollerar fliken …",
  partnerChecked: (time: string) => `Kontrollerad kl. ${time}`,
  partnerClean: "Inga fel eller varningar på fliken.",
  rowLine: (row: number, message: string) => `Rad ${row}: ${message}`,
  showAllTabs: "Visa alla flikar",

  // Indikatorer
  indicatorsHeading: (t: string) => `Indikatorer ${t}`,
  indicatorsIntro: "Senaste avslutade tertial. Pilen visar om det går åt rätt håll.",
  loadingIndicators: "Beräknar indikatorerna …",
  noIndicators: "Registret har inga indikatorer än.",
  noValue: "Inget värde än",
  latest: (value: string, period: string) => `${value} (${period})`,
  change: (delta: string, previous: string) => `${delta} mot ${previous}`,
  noComparison: "Ingen jämförelse",
  noise: "inom normal variation",
  directionWord: { improving: "bättre", worsening: "sämre", stable: "oförändrat", unknown: "okänt" } satisfies Record<Direction, string>,
  /** The status words' owner is `core/trends/status-words.ts`; the card asks it through `statusWordIn`. */
  status: STATUS_WORDS_SV as Record<TargetStatus, string>,
  /** `no-target` where the target is there and the baseline is not. */
  noBaseline: NO_BASELINE_WORD.sv as string,
  target: (value: string) => `Mål ${value}`,
  sparklineLabel: (name: string, first: string, last: string) => `Utveckling för ${name} från ${first} till ${last}`,
  /** "2025: utelämnat, fel på fliken Polisen", as the reports say it (`trend-words.ts`). */
  leftOut: (leftOut: readonly LeftOut[]) => leftOutText(leftOut),
  women: "Kvinnor",
  men: "Män",
  total: "Totalt",

  // Promises kept (in Rapport, for the chosen tertial)
  promisesHeading: (t: string) => `Hålls löftena? Åtgärderna ${t}`,
  promisesIntro: (t: string) =>
    `Säkerhetsenhetens status för varje åtgärd (fliken Åtgärder) bredvid vad som gjordes under ${t} och vilka indikatorer åtgärden ska påverka.`,
  noMeasures: "Registret har inga åtgärder än. Fyll i fliken Åtgärder.",
  promiseResponsible: (responsible: string) => `Ansvarig: ${responsible}`,
  promiseDone: (f: { activities: number; completed: number; occasions: number; participants: number }) =>
    f.activities === 0
      ? "Ingen aktivitet under tertialen."
      : `${countNoun(f.activities, "aktivitet", "aktiviteter")} (${countNoun(f.completed, "genomförd", "genomförda")}) · ` +
        `${countNoun(f.occasions, "tillfälle", "tillfällen")} · ${countNoun(f.participants, "deltagare", "deltagare")}`,
  promiseIndicators: (names: readonly string[]) =>
    names.length === 0 ? "Ska påverka: inga indikatorer angivna." : `Ska påverka: ${names.join("; ")}`,
  promiseIndicator: (name: string, status: string | null) =>
    status === null ? `${name} (utan värde i beräkningen)` : `${name} (${status})`,
  // Promises kept over the whole pledge (as the Slutrapport), beside the one tertial
  promisesScopeLabel: "Visa åtgärderna för",
  promisesScopePledge: "Hela löftet",
  promisesHeadingPledge: "Hålls löftena? Åtgärderna under hela löftet",
  promisesIntroPledge: (from: string, to: string) =>
    `Säkerhetsenhetens status för varje åtgärd (fliken Åtgärder) bredvid vad som gjordes under hela löftet, ${from} – ${to}, och hur indikatorerna som åtgärden ska påverka till slut gick, som i slutrapporten.`,
  promiseNoActivityPledge: "Ingen aktivitet under löftet.",

  // Rapport
  reportHeading: "Rapporter",
  tertialLabel: "Tertial",
  makeTertialReport: "Skapa tertialrapport",
  makeFinalReport: "Skapa slutrapport",
  makingReport: "Skapar rapporten …",
  reportDone: (sheet: string) => `Klart: fliken ${sheet}`,
  reportRenamed: (wanted: string, sheet: string) => `Fliken ${wanted} är din egen, så rapporten skrevs till ${sheet}.`,
  kontrollAlso: (sheet: string) => `Kontrollen skrevs till fliken ${sheet}.`,
  goToSheet: (sheet: string) => `Gå till fliken ${sheet}`,
  kortversion: "Kortversion för webben",
  copy: "Kopiera",
  copied: "Kopierad.",
  copyFallback: "Texten är markerad. Tryck Ctrl+C för att kopiera.",
  fingerprint: (fp: string) => `Dataavtryck: ${fp}`,
  noPledgeForReport: "Fyll i fliken Löfte (namn och giltighetstid) för att kunna skapa rapporter.",
  publish: {
    heading: "Publicera",
    address: "Webbsidans adress",
    addressHint: "Visas på bilderna, till exempel kommunen.se/trygghet. Kan lämnas tom.",
    saveImages: "Spara bilder",
    makingImages: "Gör bilderna …",
    download: (file: string, width: number, height: number) => `Ladda ned ${file} (${width} × ${height})`,
    bildtext: "Bildtext (bildernas textalternativ)",
    imagesFailed: "Bilderna kunde inte göras här. Gör dem med kommandot pledge publish i stället.",
    copyHtml: "Kopiera webbsidans HTML",
    htmlCopied: "Webbsidans HTML är kopierad. Klistra in den i webbplatsens HTML-läge.",
    htmlNotCopied: "Urklipp gick inte att nå här. Ladda ned sidan i stället:",
    downloadHtml: "Ladda ned index.html",
    htmlFailed: "Webbsidan kunde inte göras här. Gör den med kommandot pledge publish i stället.",
  },
  // Made again on changed data (the Rapportlogg knows)
  reportChangedTitle: (period: string) =>
    period === WHOLE_PLEDGE ? "Underlaget för slutrapporten har ändrats" : `Underlaget för ${period} har ändrats`,
  reportChangedText: (change: ReportChange) => reportChangeText(change, change.previous.period),
  reportChangedQuestion:
    "Behåll båda: den nya rapporten får en egen flik och den som skickades finns kvar. Ersätt: den nya skrivs över den gamla. Rapportloggen sparar båda versionerna.",
  // The Rapportlogg
  logHeading: "Rapportlogg",
  logIntro:
    "Varje rapport som skapats, och om den fortfarande stämmer med sitt underlag: för en tertialrapport tertialens aktiviteter och indikatorvärdena till och med den.",
  loadingLog: "Läser rapportloggen …",
  logEmpty: "Ingen rapport är skapad än. Varje rapport du skapar sparas på fliken Rapportlogg.",
  logPeriod: (period: string) => (period === WHOLE_PLEDGE ? "Slutrapport (hela löftet)" : period),
  logMatches: "Stämmer med underlaget",
  logChanged: (since: number | null, tabs: TabChange[]) =>
    `Underlaget har ändrats sedan ${since === null ? "ett okänt datum" : momentText(Math.floor(since))}` +
    (tabs.length > 0 ? ` (${tabs.map(tabChangeText).join("; ")})` : ""),
  logVersion: (e: LogEntry) =>
    [
      `Fliken ${e.sheet || "okänd"}`,
      `skapad ${momentText(e.created)}`,
      `data ${e.data || "okänd"}`,
      e.rows === null ? null : countNoun(e.rows, "rad", "rader"),
      e.excluded === null ? null : `${formatNumberSv(e.excluded)} ${e.excluded === 1 ? "utelämnad" : "utelämnade"}`,
    ]
      .filter((x) => x !== null)
      .join(" · "),
  // Reminders
  remindersHeading: "Påminnelser",
  remindersIntro: (t: string) => `Vilka parter som saknar något för ${t}, med en färdig text att skicka.`,
  showReminders: (t: string) => `Visa påminnelser för ${t}`,
  loadingReminders: "Tar fram påminnelserna …",
  remindersDue: (t: string, due: number, overdue: boolean) =>
    overdue ? `Sista rapportdag för ${t} var ${longDateSv(due)}.` : `Sista rapportdag för ${t} är ${longDateSv(due)}.`,
  remindersCount: (n: number) => (n === 1 ? "1 part saknar något." : `${n} parter saknar något.`),
  noReminders: (t: string) => `Alla parter har rapporterat allt för ${t}. Ingen behöver påminnas.`,
  reminderMissing: (r: Reminder) =>
    [
      r.missingActivities ? "Inga aktiviteter under tertialen" : null,
      r.missingIndicators.length > 0
        ? `Värden saknas: ${r.missingIndicators.map((i) => `${i.name} (${periodLabel(i.period)})`).join(", ")}`
        : null,
    ]
      .filter((x) => x !== null)
      .join(". ") + ".",
  reminderMail: (contact: string) => `Skriv mejl till ${contact}`,
  reminderNoContact: "Ingen e-postadress i kolumnen Kontakt på fliken Parter. Fyll i den för att kunna mejla; kopiera texten så länge.",
  reminderNoTab: (tab: string) =>
    `Fliken ${tab} finns inte i arbetsboken: lägg till den (Start → Lägg till flikar för parter) innan parten rapporterar.`,
  reminderText: "Påminnelsen",
  reminderShow: (name: string) => `Texten till ${name}`,
  keepBoth: "Behåll båda",
  replaceReport: "Ersätt",
  keptBoth: (old: string) => `Den tidigare rapporten finns kvar på fliken ${old}.`,
  replacedReport: (sheet: string) => `Den tidigare rapporten på fliken ${sheet} ersattes. Rapportloggen har kvar båda versionerna.`,
  // Nästa löfte (Rapport): the next pledge's register in a new workbook
  nextPledge: {
    show: "Nästa löfte …",
    heading: "Nästa löfte",
    intro: (from: string, to: string) =>
      `Registret för löftet efter det som gäller ${from} – ${to}, i en ny arbetsbok: samma parter, åtgärder och indikatorer. Den här arbetsboken ändras inte.`,
    fromLabel: "Första dag",
    toLabel: "Sista dag",
    datePlaceholder: "ÅÅÅÅ-MM-DD",
    reading: "Läser registret …",
    carried: (c: { partners: number; tabs: number; measures: number; indicators: number }) =>
      `Följer med: ${countNoun(c.partners, "part", "parter")} (${countNoun(c.tabs, "tom flik", "tomma flikar")}), ${countNoun(c.measures, "åtgärd", "åtgärder")} och ${countNoun(c.indicators, "indikator", "indikatorer")}.`,
    baselinesIntro: "Utgångsvärden: varje indikators senaste värde i löftet. Målvärdena lämnas tomma och sätts på nytt.",
    baseline: (b: NewBaseline, value: string) =>
      `${b.id} ${b.name}: ${value}${b.period ? ` (${b.period})` : ""}${b.source === "kept" ? " – inget värde i löftet, det gamla utgångsvärdet står kvar" : ""}`,
    noValue: "–",
    errors: (n: number) => `Obs: registret har ${n} fel; rader med fel räknades inte in i utgångsvärdena. Kontroll visar var de finns.`,
    open: "Öppna i ny arbetsbok",
    opening: "Öppnar det nya registret …",
    opened: (from: string, to: string) =>
      `Registret för nästa löfte, ${from} – ${to}, är öppnat i en ny arbetsbok. Spara det under ett eget namn. Den här arbetsboken är oförändrad.`,
    checkAfter: "Kontrollera Namn, Diarienummer och åtgärdernas status på flikarna Löfte och Åtgärder innan arbetet börjar.",
    notADate: (label: string) => `${label}: välj ett datum, till exempel 2026-01-01.`,
    /** The date rule's codes (`nextDatesProblem`), worded for the pane's date fields rather than the CLI's flags. */
    problem: (m: ShownMessage): string => {
      switch (m.code) {
        case "next-ends-before-start":
          return `Det nya löftet slutar ${m.params.to}, inte efter att det börjar ${m.params.from}. Välj en sista dag efter den första.`;
        case "next-too-long":
          return `Det nya löftet gäller ${m.params.from} – ${m.params.to}, längre än ${m.params.years} år. Kontrollera datumen.`;
        case "next-overlaps":
          return `Det nya löftet börjar ${m.params.from}, innan det gamla slutar ${m.params.oldTo}. Välj en första dag efter ${m.params.oldTo}.`;
        default:
          return "";
      }
    },
  },
  // Outside Excel
  openInExcel: "Öppna panelen i Excel: Start → Medborgarlöfte → Öppna panelen.",
};

export type Strings = typeof sv;

/** The catalogue for Office's display language: English unless it starts with "sv". */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage === undefined || displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}

export function stringsFor(language: Language): Strings {
  return language === "sv" ? sv : en;
}
