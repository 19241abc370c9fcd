/**
 * The errors people are shown, in Swedish: what happened and what to do
 * instead. The command line and a Swedish pane show these; the codes and
 * their parameters are in `errors.ts`.
 */
import type { SheetNameRule } from "../plan/sheet-names";
import type { ErrorCatalogue, PackagePart, PartDamage, PartProblem, UnreadablePart, UnreadableSetting, Work } from "./errors";
import { groupedDigits, megabytes } from "./sizes";

/** What the person asked for, as a message names it: "rapporten", "kontrollen". */
const WORK: Record<Work, string> = {
  rapport: "rapporten",
  slutrapport: "slutrapporten",
  kontroll: "kontrollen",
  register: "flikarna",
  rapportlogg: "rapportloggen",
};

function rule(name: string, r: SheetNameRule): string {
  switch (r.kind) {
    case "too-long":
      return `Ett fliknamn får vara högst ${r.max} tecken; "${name}" har ${name.length}.`;
    case "forbidden-character":
      return "Ett fliknamn får inte innehålla något av tecknen [ ] : * ? / \\.";
    case "apostrophe":
      return "Ett fliknamn får inte börja eller sluta med apostrof.";
    case "empty":
      return "Ett fliknamn får inte vara tomt.";
    case "history":
      return "Excel använder namnet History själv och tillåter det inte som fliknamn.";
  }
}

/** "A, B eller C". */
function either(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} eller ${names[names.length - 1]}`;
}

/** What a part of the file that is not a sheet holds. */
const HOLDS: Record<PackagePart, string> = {
  workbook: "arbetsbokens flikar",
  styles: "cellernas format",
  sharedStrings: "texterna i cellerna",
};

const RESAVE = "Öppna filen i Excel eller LibreOffice, spara den som Excel-arbetsbok (.xlsx) och försök igen.";

function damage(d: PartDamage): string {
  switch (d.kind) {
    case "local-header":
      return "delens huvud är trasigt";
    case "ends-inside":
      return "filen tar slut mitt i delen";
    case "larger-than-stated":
      return "delen är större än filen anger";
    case "smaller-than-stated":
      return "delen är mindre än filen anger";
    case "not-utf8":
      return "texten är inte UTF-8";
    case "inflate":
      return "delen går inte att packa upp";
    case "checksum":
      return "kontrollsumman stämmer inte";
    case "xml":
      return "XML-koden är trasig";
    case "row":
      return `raden ${d.row}`;
    case "cell":
      return `cellen ${d.cell}`;
    case "number":
      return `talet i ${d.cell}`;
    case "shared-string":
      return `texten i ${d.cell} finns inte`;
  }
}

function partProblem(what: UnreadablePart, problem: PartProblem): string {
  const subject = "tab" in what ? `Fliken ${what.tab}` : `Delen ${what.part} (${HOLDS[what.holds]})`;
  const mb = (bytes: number) => megabytes(bytes, ",");
  switch (problem.kind) {
    case "missing":
      return `${subject} går inte att läsa: den saknas i filen, som alltså är skadad. ${RESAVE}`;
    case "damaged":
      return `${subject} går inte att läsa: filen är skadad där (${damage(problem.damage)}). ${RESAVE}`;
    case "encrypted":
      return `${subject} går inte att läsa: den är krypterad. ${RESAVE}`;
    case "compression":
      return `${subject} går inte att läsa: den är packad med metod ${problem.method}. ${RESAVE}`;
    case "too-large":
      return `${subject} är för stor att läsa: ${mb(problem.bytes)} uppackad, och pledge läser högst ${mb(problem.limit)} (se docs/limits.md). Dela upp registret på fler flikar eller filer.`;
    case "bomb":
      return `${subject} går inte att läsa: den packas upp till ${mb(problem.bytes)} ur ${mb(problem.packed)}, vilket ingen vanlig arbetsbok gör; filen är skadad eller gjord för att fylla minnet. ${RESAVE}`;
  }
}

const NOT_A_FILE = { fifo: "en namngiven pipe (FIFO)", socket: "en socket", device: "en enhet" } as const;

const AGAIN = "Försök igen. Om det händer igen: spara arbetsboken, stäng den, öppna den på nytt och försök en gång till.";
const NEXT_CLI =
  "pledge next REGISTER.xlsx --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --out NYTT-REGISTER.xlsx, med det nya löftets första och sista dag.";
const NO_PLEDGE_CLI = "Kör pledge check för att se vad som behöver rättas.";

/** What is wrong with one setting the pledge cannot be read without, and what to type. */
function settingText(s: UnreadableSetting): string {
  const where = `${s.field} på fliken ${s.sheet}${s.cell ? ` (${s.cell})` : ""}`;
  const what = s.date ? "datumet, till exempel 2024-08-01" : "löftets namn";
  if (s.blank && s.cell === null) return `${s.field} saknas på fliken ${s.sheet}: skriv ${s.field} i kolumnen Fält och ${what} bredvid.`;
  if (s.blank) return `${where} är tom: skriv ${what}.`;
  return s.date ? `${where} går inte att läsa som ett datum: skriv till exempel 2024-08-01.` : `${where} går inte att läsa: skriv ${what}.`;
}

export const sv: ErrorCatalogue = {
  "no-pledge": (p) =>
    p.settings?.length
      ? `Registret saknar ett läsbart löfte. ${p.settings.map(settingText).join(" ")}`
      : "Registret saknar ett läsbart löfte (fliken Löfte med Namn, Giltig från och Giltig till). Rätta fliken Löfte och försök igen.",
  "not-register": () => "Arbetsboken har ingen av registrets flikar (Löfte, Parter, Åtgärder, Indikatorer).",
  "not-empty": (p) =>
    `Arbetsboken har redan flikarna ${p.sheets.join(", ")}. Skapa registret i en tom arbetsbok, eller byt namn på dem först.`,
  "invalid-tab-names": (p) =>
    [
      ...p.tabs.map((t) => `Fliken för ${t.partner} kan inte skapas: ${rule(t.tab, t.rule)}`),
      "Rätta namnet i kolumnen Flik på fliken Parter och försök igen. Inga flikar har lagts till.",
    ].join(" "),
  "sheet-name-rule": (p) => rule(p.name, p.rule),
  "sheet-name": (p) =>
    `${rule(p.name, p.rule)} Inget har skrivits. Står namnet i kolumnen Flik på fliken Parter, rätta det där och försök igen.`,
  "person-sheet": (p) =>
    p.work === "register"
      ? `Fliken ${p.sheet} gjordes av någon annan medan flikarna skrevs, så tillägget skriver inte över den. Försök igen.`
      : `Fliken ${p.sheet} gjordes av någon annan medan ${WORK[p.work]} skrevs, så tillägget skriver inte över den. Försök igen: ${WORK[p.work]} får då ett annat namn.`,
  "duplicate-plan": (p) =>
    `Tillägget skulle skriva två flikar med namnet ${p.sheet} på en gång och skrev ingen av dem. Det är ett fel i tillägget: försök igen, och berätta för den som förvaltar tillägget om det händer igen.`,

  "next-ends-before-start": (p) => `Det nya löftet slutar ${p.to}, inte efter att det börjar ${p.from}. Ange --to efter --from.`,
  "next-too-long": (p) => `Det nya löftet gäller ${p.from}–${p.to}, längre än ${p.years} år. Kontrollera --from och --to.`,
  "next-no-pledge": () => `Registret saknar ett läsbart löfte (fliken Löfte med Giltig från och Giltig till). ${NO_PLEDGE_CLI}`,
  "next-overlaps": (p) => `Det nya löftet börjar ${p.from}, innan det gamla slutar ${p.oldTo}. Ange --from efter ${p.oldTo}.`,
  "next-open-unsupported": () =>
    "Den här versionen av Excel kan inte öppna en ny arbetsbok från tillägget (det kräver ExcelApi 1.8). Den här arbetsboken är oförändrad. " +
    `Gör registret för nästa löfte med kommandot pledge next i stället och spara filen: ${NEXT_CLI}`,
  "next-open-failed": (p) =>
    `Excel kunde inte öppna registret för nästa löfte i en ny arbetsbok (felkod ${p.officeCode}). Den här arbetsboken är oförändrad. ` +
    `Försök igen, eller gör registret med kommandot pledge next och spara filen: ${NEXT_CLI}`,

  "excel-busy": () => "Excel är upptaget med att redigera en cell. Tryck Enter i cellen och försök igen.",
  "excel-access-denied": () =>
    "Excel tillät inte ändringen: arbetsboken är skrivskyddad, dess struktur är låst eller du får bara läsa den. " +
    "Ta bort skyddet (Granska › Skydda arbetsbok) eller be ägaren om redigeringsrätt, och försök igen.",
  "excel-table-name-taken": (p) =>
    [
      `Arbetsboken har redan en tabell som heter ${either(p.tables)}, och Excel vill att varje tabell har ett eget namn, så skrivningen av ${WORK[p.work]} blev inte klar.`,
      ...(p.unfinished.length === 1 ? [`Ta bort fliken ${p.unfinished[0]}, som inte blev klar.`] : []),
      ...(p.unfinished.length > 1 ? [`Ta bort flikarna ${p.unfinished.join(", ")}, som inte blev klara.`] : []),
      "Byt namn på den andra tabellen (klicka i den, Tabelldesign › Tabellnamn) och försök igen.",
    ].join(" "),
  "excel-sheets-changed": (p) =>
    `Någon annan lade till, tog bort eller bytte namn på en flik medan ${WORK[p.work]} skrevs, så skrivningen blev inte klar. Försök igen.`,
  "excel-write-too-large": (p) =>
    `Excel på webben tog inte emot ${WORK[p.work]}: en del av skrivningen var större än de 5 MB som Excel på webben tar emot. Skapa ${WORK[p.work]} i Excel för skrivbordet i stället.`,
  "excel-write-failed": (p) => `Excel kunde inte skriva ${WORK[p.work]} (felkod ${p.officeCode}). ${AGAIN}`,
  "excel-row-too-large": () =>
    "En rad i arbetsboken är större än de 5 MB som Excel på webben skickar på en gång, så arbetsboken kunde inte läsas. " +
    "Korta den långa texten i raden, eller öppna arbetsboken i Excel för skrivbordet, och försök igen.",
  "excel-read-failed": (p) => `Excel kunde inte läsa arbetsboken (felkod ${p.officeCode}). ${AGAIN}`,
  "excel-sheet-gone": (p) =>
    `Fliken ${p.sheet} finns inte längre: den har tagits bort eller bytt namn. Kontrollera registret igen, så visar listan var felen finns nu.`,
  "excel-select-failed": (p) => `Excel kunde inte visa cell ${p.cell} på fliken ${p.sheet} (felkod ${p.officeCode}). ${AGAIN}`,

  "usage-needs-value": (p) => `${p.flag} behöver ett värde.`,
  "usage-not-a-date": (p) => `${p.flag} "${p.typed}" är inget datum. Skriv datumet som ${p.example}.`,
  "usage-not-a-tertial": (p) => `${p.flag} "${p.typed}" är ingen tertial. Skriv den som "T2 2025".`,
  "usage-unknown-flag": (p) => `Okänd flagga ${p.flag}.`,
  "usage-unknown-command": (p) => `Okänt kommando "${p.command}".`,
  "usage-no-register": (p) => `Ange registret: pledge ${p.command} FIL.xlsx`,
  "usage-no-report-register": () => 'Ange registret: pledge report FIL.xlsx --tertial "T2 2025" --out RAPPORT.xlsx',
  "usage-no-report-out": () => "Ange var rapporten ska sparas: --out RAPPORT.xlsx",
  "usage-no-next-register": () =>
    "Ange registret för löftet som slutar: pledge next FIL.xlsx --from 2026-01-01 --to 2027-12-31 --out NYTT-REGISTER.xlsx",
  "usage-no-next-dates": () => "Ange det nya löftets första och sista dag: --from 2026-01-01 --to 2027-12-31",
  "usage-no-next-out": () => "Ange var det nya registret ska sparas: --out NYTT-REGISTER.xlsx",
  "usage-no-init-file": () => "Ange filen att skapa: pledge init NYTT-REGISTER.xlsx",
  "usage-no-publish-register": () => 'Ange registret: pledge publish FIL.xlsx --tertial "T2 2025" --out MAPP',
  "usage-no-publish-out": () => "Ange mappen som sidan och bilderna ska sparas i: --out MAPP",
  "usage-publish-tertial-and-final": () => 'Ange antingen --tertial "T2 2025" eller --final, inte båda.',
  "cli-no-pledge": () => `Registret saknar ett läsbart löfte (fliken Löfte). ${NO_PLEDGE_CLI}`,
  "cli-unexpected": (p) => `Ett oväntat fel inträffade: ${p.detail}`,

  "output-is-input": (p) =>
    `${p.path} är registret ${p.input} (eller en länk till det), och det skrivs aldrig över. Spara till en ny fil, till exempel --out ${p.example}.`,
  "output-exists": (p) =>
    `Filen ${p.path} finns redan och skrivs inte över. Välj ett nytt namn, till exempel ${p.example}, eller lägg till --force för att ersätta den.`,
  "demo-files-exist": (p) =>
    `Mappen ${p.path} har redan ${p.first}${p.more > 0 ? ` och ${p.more} till av demofilerna` : ""}, som inte skrivs över. Välj en tom mapp, eller lägg till --force för att ersätta demofilerna.`,
  "publish-files-exist": (p) =>
    `Mappen ${p.path} har redan ${p.first}${p.more > 0 ? ` och ${p.more} till av filerna som pledge publish skriver` : ""}, som inte skrivs över. Välj en ny mapp, eller lägg till --force för att ersätta dem.`,
  "publish-out-is-file": (p) => `${p.path} är en fil. Ange en mapp som sidan och bilderna ska sparas i, till exempel --out ${p.example}.`,
  "wrong-suffix": (p) =>
    `${p.path} slutar på ${p.suffix}, men pledge sparar Excel-arbetsböcker (.xlsx). Skriv filnamnet med .xlsx, till exempel ${p.example}.`,
  "output-is-folder": (p) => `${p.path} är en mapp. Ange ett filnamn i den, till exempel ${p.example}.`,
  "output-without-name": (p) =>
    p.end === undefined
      ? `${p.path === "" ? "Sökvägen" : p.path} saknar ett filnamn. Skriv ett namn som slutar på .xlsx, till exempel RAPPORT.xlsx.`
      : p.end.kind === "dot"
        ? `”${p.path}” slutar på en punkt, och ett filnamn kan inte sluta så. Skriv ett namn som slutar på .xlsx, till exempel ${p.end.example}.`
        : `”${p.path}” slutar på ett mellanslag, och ett filnamn kan inte sluta så. Skriv ett namn som slutar på .xlsx, till exempel ${p.end.example}.`,
  "folder-missing": (p) =>
    `Mappen ${p.folder} finns inte, så ${p.path} kunde inte sparas. Skapa mappen först, eller ange en mapp som finns.`,
  "folder-not-writable": (p) =>
    `Du har inte behörighet att skriva i mappen ${p.folder}, så ${p.path} sparades inte. Välj en mapp du kan skriva i.`,
  "folder-read-only": (p) => `Mappen ${p.folder} går bara att läsa (skrivskyddad enhet), så ${p.path} sparades inte. Välj en annan mapp.`,
  "disk-full": (p) =>
    `Det finns inte plats på disken för ${p.path}. Frigör utrymme eller välj en annan enhet och försök igen; ingen befintlig fil har ändrats.`,
  "file-locked": (p) => `${p.path} går inte att ersätta just nu, den är kanske öppen i Excel. Stäng filen och försök igen.`,
  "path-through-file": (p) => `En del av sökvägen ${p.path} är en fil, inte en mapp. Kontrollera sökvägen.`,
  "name-too-long": (p) => `Filnamnet ${p.path} är för långt för filsystemet. Välj ett kortare namn.`,
  "write-failed": (p) =>
    `${p.path} kunde inte sparas: filsystemet vägrade skriva. Kontrollera mappen och försök igen; ingen befintlig fil har ändrats.`,
  "folder-not-created": (p) => `Mappen ${p.path} kunde inte skapas. Ange en mapp du kan skriva i.`,
  "input-missing": (p) => `Filen ${p.path} finns inte. Kontrollera sökvägen och filnamnet.`,
  "input-not-readable": (p) => `Filen ${p.path} går inte att öppna: du saknar behörighet att läsa den.`,
  "input-is-folder": (p) => `${p.path} är en mapp. Ange registrets .xlsx-fil.`,
  "input-read-failed": (p) =>
    `Filen ${p.path} gick inte att läsa från disken. Kontrollera att den finns och att enheten går att nå, och försök igen.`,

  "unreadable-workbook": () => "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.",
  "workbook-is-ods": () =>
    "Filen är ett OpenDocument-kalkylark (.ods), inte en Excel-arbetsbok. Spara den som Excel-arbetsbok (.xlsx), i LibreOffice med Arkiv > Spara som, och försök igen.",
  "workbook-is-xlsb": () =>
    "Filen är en binär Excel-arbetsbok (.xlsb), som pledge inte läser. Spara den som Excel-arbetsbok (.xlsx) i Excel och försök igen.",
  "input-not-a-file": (p) =>
    `${p.path} är ingen vanlig fil utan ${NOT_A_FILE[p.kind]}; pledge läser bara sparade filer. Ange en .xlsx-fil.`,
  "input-too-large": (p) => {
    const limit = megabytes(p.limit, ",");
    // Just over the limit rounds to it: "över 1024 MB", not "1024 MB … högst 1024 MB".
    const size = megabytes(p.bytes, ",") === limit ? `över ${limit}` : megabytes(p.bytes, ",");
    return `Filen är ${size}, och pledge läser filer på högst ${limit} (se docs/limits.md). Dela upp registret på fler filer.`;
  },
  "part-unreadable": (p) => partProblem(p.part, p.problem),
  "uncached-formulas": (p) =>
    `Fliken ${p.tab} har formler utan sparat resultat (den första i ${p.cell}), så det går inte att se vad cellerna visar. Filen har skrivits av ett program som inte räknar ut formler. ${RESAVE}`,
  "too-many-cells": (p) =>
    `Fliken ${p.tab} går inte att läsa: med den sista cellen i ${p.cell} får registret fler än ${groupedDigits(p.limit, " ")} celler, som är vad pledge läser (se docs/limits.md). Ta bort det som står långt utanför tabellerna (Ctrl+End i Excel går till den sista cellen) och försök igen.`,
};
