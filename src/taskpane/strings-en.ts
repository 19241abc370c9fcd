/** The pane's English catalogue: the same keys as the Swedish one in `strings.ts`. */
import { SEVERITY_WORDS } from "../core/messages/severity-words";
import type { Strings } from "./strings";
import { NO_BASELINE_WORD, STATUS_WORDS_EN } from "../core/trends/status-words";
import { reportChangeTextEn, tabChangeTextEn } from "../core/messages/report-log-en";
import { momentText } from "../core/messages/report-log-sv";
import { isoFromSerial } from "../core/date";
import { periodLabel } from "../core/period";
import { WHOLE_PLEDGE } from "../core/report/log/log-layout";

/** "1 partner", "20 partners". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
/** "1 activity", "1,230 participants". */
const countEn = (n: number, one: string, many: string): string => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export const en: Strings = {
  language: "en",
  appTitle: "Citizen pledge",
  tabsLabel: "Views",
  tabs: { start: "Start", kontroll: "Check", indikatorer: "Indicators", rapport: "Report" },
  working: "Working …",
  loadingView: "Loading the view …",
  unknownError: (message) => `Something went wrong: ${message}`,
  errorTitle: "Error",
  severityPlural: SEVERITY_WORDS.en.plural,
  severityOne: SEVERITY_WORDS.en.one,
  countsLabel: (e, w, i) => `${e} errors, ${w} warnings, ${i} info`,

  startHeading: "This workbook",
  readingWorkbook: "Reading the workbook …",
  notRegister: "This workbook is not a pledge register yet. Create one?",
  createRegister: "Create register",
  creatingRegister: "Creating the register …",
  registerCreated: (sheets) => `The register was created with the sheets ${sheets.join(", ")}. Fill in the Löfte sheet first.`,
  validity: (from, to) => `Valid ${from} – ${to}`,
  partnerCount: (n) => (n === 1 ? "1 partner" : `${n} partners`),
  currentTertial: (t) => `Current tertial: ${t}`,
  pledgeStarts: (from) => `The pledge starts ${from}`,
  pledgeEnded: (to, last) => `The pledge ran until ${to} · latest tertial ${last}`,
  finalReportDue: "Time for the final report: Report → Create final report.",
  lastCheck: (time) => `Last check: ${time}`,
  noPledgeName: "The pledge has no name",
  addPartnerTabs: "Add tabs for partners",
  addingTabs: "Adding tabs …",
  tabsAdded: (tabs) => `New tabs: ${tabs.join(", ")}.`,
  noTabsMissing: "Every partner already has a tab.",
  readAgain: "Read the workbook again",

  kontrollHeading: "Register check",
  checkRegister: "Check the register",
  checking: "Checking the register …",
  notChecked: "The register has not been checked yet.",
  noFindings: "No errors or warnings. Well done!",
  noneMatch: "No finding matches the filter.",
  filterHeading: "Filter",
  severityFilterLabel: "Show severity",
  textFilterLabel: "Filter by text",
  textFilterPlaceholder: "Sheet, cell or word",
  groupTitle: (sheet, n) => `${sheet} (${n})`,
  wholeSheet: "Whole sheet",
  findingLine: (cell, message) => `${cell} · ${message}`,
  goToCell: (sheet, cell, severity, message) => `${severity}: ${message} Go to ${cell} on the sheet ${sheet}.`,
  writeKontroll: "Write the Kontroll sheet",
  writingKontroll: "Writing the Kontroll sheet …",
  kontrollWritten: (sheet) => `The result is on the sheet ${sheet}.`,
  kontrollRenamed: (sheet) => `The sheet Kontroll is your own, so the result was written to ${sheet}.`,
  partnerHeading: (name) => `Check of ${name}`,
  partnerHint: (tab) => `The sheet ${tab} is checked as you type.`,
  partnerChecking: "Checking the sheet …",
  partnerChecked: (time) => `Checked at ${time}`,
  partnerClean: "No errors or warnings on this sheet.",
  rowLine: (row, message) => `Row ${row}: ${message}`,
  showAllTabs: "Show all sheets",

  indicatorsHeading: (t) => `Indicators ${t}`,
  indicatorsIntro: "Latest completed tertial. The arrow shows whether it is going the right way.",
  loadingIndicators: "Computing the indicators …",
  noIndicators: "The register has no indicators yet.",
  noValue: "No value yet",
  latest: (value, period) => `${value} (${period})`,
  change: (delta, previous) => `${delta} vs ${previous}`,
  noComparison: "No comparison",
  noise: "within normal variation",
  directionWord: { improving: "better", worsening: "worse", stable: "stable", unknown: "unknown" },
  status: STATUS_WORDS_EN,
  noBaseline: NO_BASELINE_WORD.en,
  target: (value) => `Target ${value}`,
  sparklineLabel: (name, first, last) => `Development of ${name} from ${first} to ${last}`,
  leftOut: (leftOut) =>
    leftOut.length === 0
      ? null
      : leftOut
          .map((l) => {
            const where = `${l.tabs.length === 1 ? "the sheet" : "the sheets"} ${l.tabs.join(", ")}`;
            if (!l.kept) return `${periodLabel(l.period)}: left out, error on ${where}`;
            return `${periodLabel(l.period)}: without ${l.rows === 1 ? "one row" : `${l.rows} rows`} with an error on ${where}`;
          })
          .join("; "),
  women: "Women",
  men: "Men",
  total: "Total",

  promisesHeading: (t) => `Are the promises kept? The measures in ${t}`,
  promisesIntro: (t) =>
    `The safety unit's status of each measure (the Åtgärder sheet) beside what was done in ${t} and the indicators the measure should move.`,
  noMeasures: "The register has no measures yet. Fill in the Åtgärder sheet.",
  promiseResponsible: (responsible) => `Responsible: ${responsible}`,
  promiseDone: (f) =>
    f.activities === 0
      ? "No activity in the tertial."
      : `${countEn(f.activities, "activity", "activities")} (${countEn(f.completed, "completed", "completed")}) · ` +
        `${countEn(f.occasions, "occasion", "occasions")} · ${countEn(f.participants, "participant", "participants")}`,
  promiseIndicators: (names) => (names.length === 0 ? "Should move: no indicators given." : `Should move: ${names.join("; ")}`),
  promiseIndicator: (name, status) => (status === null ? `${name} (not in the figures)` : `${name} (${status})`),
  promisesScopeLabel: "Show the measures for",
  promisesScopePledge: "The whole pledge",
  promisesHeadingPledge: "Are the promises kept? The measures over the whole pledge",
  promisesIntroPledge: (from, to) =>
    `The safety unit's status of each measure (the Åtgärder sheet) beside what was done over the whole pledge, ${from} – ${to}, and how the indicators the measure should move ended up, as in the final report.`,
  promiseNoActivityPledge: "No activity during the pledge.",

  reportHeading: "Reports",
  tertialLabel: "Tertial",
  makeTertialReport: "Create tertial report",
  makeFinalReport: "Create final report",
  makingReport: "Creating the report …",
  reportDone: (sheet) => `Done: sheet ${sheet}`,
  reportRenamed: (wanted, sheet) => `The sheet ${wanted} is your own, so the report was written to ${sheet}.`,
  kontrollAlso: (sheet) => `The check was written to the sheet ${sheet}.`,
  goToSheet: (sheet) => `Go to the sheet ${sheet}`,
  kortversion: "Short version for the web",
  copy: "Copy",
  copied: "Copied.",
  copyFallback: "The text is selected. Press Ctrl+C to copy.",
  fingerprint: (fp) => `Data fingerprint: ${fp}`,
  noPledgeForReport: "Fill in the Löfte sheet (name and validity) to create reports.",
  publish: {
    heading: "Publish",
    address: "The web page's address",
    addressHint: "Shown on the images, for example kommunen.se/trygghet. May be left empty.",
    saveImages: "Save images",
    makingImages: "Making the images …",
    download: (file, width, height) => `Download ${file} (${width} × ${height})`,
    bildtext: "Image text (the images' text alternative)",
    imagesFailed: "The images could not be made here. Make them with the command pledge publish instead.",
    copyHtml: "Copy the web page's HTML",
    htmlCopied: "The web page's HTML is copied. Paste it into the website's HTML mode.",
    htmlNotCopied: "The clipboard could not be reached here. Download the page instead:",
    downloadHtml: "Download index.html",
    htmlFailed: "The web page could not be made here. Make it with the command pledge publish instead.",
  },
  reportChangedTitle: (period) =>
    period === WHOLE_PLEDGE ? "The data for the final report has changed" : `The data for ${period} has changed`,
  reportChangedText: (change) => reportChangeTextEn(change, change.previous.period),
  reportChangedQuestion:
    "Keep both: the new report gets a sheet of its own and the one that was sent stays. Replace: the new one is written over the old. The report log keeps both versions.",
  logHeading: "Report log",
  logIntro:
    "Every report made, and whether it still matches its data: for a tertial report, the tertial's activities and the indicator values up to it.",
  loadingLog: "Reading the report log …",
  logEmpty: "No report has been made yet. Every report you make is recorded on the Rapportlogg sheet.",
  logPeriod: (period) => (period === WHOLE_PLEDGE ? "Final report (whole pledge)" : period),
  logMatches: "Matches the data",
  logChanged: (since, tabs) =>
    `The data has changed since ${since === null ? "an unknown date" : momentText(Math.floor(since))}` +
    (tabs.length > 0 ? ` (${tabs.map(tabChangeTextEn).join("; ")})` : ""),
  logVersion: (e) =>
    [
      `Sheet ${e.sheet || "unknown"}`,
      `made ${e.created === null ? "on an unknown date" : momentText(e.created)}`,
      `data ${e.data || "unknown"}`,
      e.rows === null ? null : `${e.rows} ${e.rows === 1 ? "row" : "rows"}`,
      e.excluded === null ? null : `${e.excluded} left out`,
    ]
      .filter((x) => x !== null)
      .join(" · "),
  remindersHeading: "Reminders",
  remindersIntro: (t) => `Which partners are missing something for ${t}, with a text ready to send (in Swedish, as partners read it).`,
  showReminders: (t) => `Show reminders for ${t}`,
  loadingReminders: "Preparing the reminders …",
  remindersDue: (t, due, overdue) =>
    overdue ? `The last day to report ${t} was ${isoFromSerial(due)}.` : `The last day to report ${t} is ${isoFromSerial(due)}.`,
  remindersCount: (n) => (n === 1 ? "1 partner is missing something." : `${n} partners are missing something.`),
  noReminders: (t) => `Every partner has reported everything for ${t}. Nobody needs a reminder.`,
  reminderMissing: (r) =>
    [
      r.missingActivities ? "No activities in the tertial" : null,
      r.missingIndicators.length > 0
        ? `Values missing: ${r.missingIndicators.map((i) => `${i.name} (${periodLabel(i.period)})`).join(", ")}`
        : null,
    ]
      .filter((x) => x !== null)
      .join(". ") + ".",
  reminderMail: (contact) => `Write an e-mail to ${contact}`,
  reminderNoContact: "No e-mail address in the Kontakt column of the Parter sheet. Fill it in to send e-mail; copy the text meanwhile.",
  reminderNoTab: (tab) => `The sheet ${tab} is not in the workbook: add it (Start → Add partner sheets) before the partner reports.`,
  reminderText: "The reminder",
  reminderShow: (name) => `The text for ${name}`,
  keepBoth: "Keep both",
  replaceReport: "Replace",
  keptBoth: (old) => `The earlier report is still on the sheet ${old}.`,
  replacedReport: (sheet) => `The earlier report on the sheet ${sheet} was replaced. The report log keeps both versions.`,
  nextPledge: {
    show: "Next pledge …",
    heading: "Next pledge",
    intro: (from, to) =>
      `The register for the pledge after the one valid ${from} – ${to}, in a new workbook: the same partners, measures and indicators. This workbook is not changed.`,
    fromLabel: "First day",
    toLabel: "Last day",
    datePlaceholder: "YYYY-MM-DD",
    reading: "Reading the register …",
    carried: (c) =>
      `Carried over: ${count(c.partners, "partner")} (${count(c.tabs, "empty tab")}), ${count(c.measures, "measure")} and ${count(c.indicators, "indicator")}.`,
    baselinesIntro: "Baselines: each indicator's latest value in the pledge. The targets are left empty, to be set anew.",
    baseline: (b, value) =>
      `${b.id} ${b.name}: ${value}${b.period ? ` (${b.period})` : ""}${b.source === "kept" ? " – no value in the pledge, the old baseline stays" : ""}`,
    noValue: "–",
    errors: (n) => `Note: the register has ${n} errors; rows with errors were left out of the baselines. Check shows where they are.`,
    open: "Open in new workbook",
    opening: "Opening the new register …",
    opened: (from, to) =>
      `The register for the next pledge, ${from} – ${to}, is open in a new workbook. Save it under a name of its own. This workbook is unchanged.`,
    checkAfter: "Check Namn, Diarienummer and the measures' status on the Löfte and Åtgärder sheets before the work begins.",
    notADate: (label) => `${label}: choose a date, for example 2026-01-01.`,
    problem: (m) => {
      switch (m.code) {
        case "next-ends-before-start":
          return `The new pledge ends ${m.params.to}, not after it begins ${m.params.from}. Choose a last day after the first.`;
        case "next-too-long":
          return `The new pledge runs ${m.params.from} – ${m.params.to}, longer than ${m.params.years} years. Check the dates.`;
        case "next-overlaps":
          return `The new pledge begins ${m.params.from}, before the old one ends ${m.params.oldTo}. Choose a first day after ${m.params.oldTo}.`;
        default:
          return "";
      }
    },
  },
  openInExcel: "Open the pane in Excel: Home → Citizen pledge → Open pane.",
};
