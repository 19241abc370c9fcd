/**
 * What the pane's components may do to the workbook: the use cases bound to
 * one port, the workbook's events, the clock and the language. The entry file
 * builds it (Excel or the preview); components reach it through `HostContext`
 * and never see Office.js. Report and trend use cases load on first use, and
 * the check engine (`engine.ts`) loads while the pane draws its first view, so
 * the pane starts without them.
 */
import { createContext, useContext } from "react";
import type { WorkbookEvents, WorkbookPort } from "../app/port";
import { ShownError } from "../app/shown-error";
import type { ReportOutcome, ReportRequest } from "../app/report";
import type { TrendsOutcome } from "../app/trends";
import type { ReportLogOutcome } from "../app/report-log";
import type { NextPledgeOpened } from "../app/next-pledge";
import type { Validity } from "../core/pledge-calendar";
import type { Reminders } from "../core/reminders/reminders";
import type { WorkbookGrids } from "../core/cell";
import type { CheckResult } from "../core/check-register";
import { serialFromDate } from "../core/date";
import type { Finding } from "../core/findings";
import type { Language } from "../core/messages/catalogue";
import type { TertialPeriod } from "../core/period";
import { fold } from "../core/values";
import type { StartFacts } from "./start-facts";
import { stringsFor, type Strings } from "./strings";

// Errors written for the person (NotEmptyError, InvalidTabNameError, NoPledgeError, the Excel host's) extend it.
export { ShownError };

export interface PaneHost {
  readonly language: Language;
  readonly strings: Strings;
  now(): Date;
  /**
   * The whole check (findings in the pane's language). `onFacts`: called once the workbook is read, before the
   * check runs over it, with what Start can show already (the pledge, whether it is a register); the check waits
   * for what it returns (Start drawn).
   */
  check(onFacts?: (facts: StartFacts) => void | Promise<void>): Promise<CheckResult>;
  /** Only one partner's tab, read with the four register sheets: fast enough to run as they type. */
  checkTab(tab: string): Promise<Finding[]>;
  trends(tertial: TertialPeriod): Promise<TrendsOutcome | null>;
  createRegister(): Promise<string[]>;
  addPartnerTabs(): Promise<string[]>;
  writeKontroll(): Promise<{ sheet: string; check: CheckResult }>;
  /** `onChange`: asked when the period was reported before on other data (keep both or replace). */
  makeTertialReport(tertial: TertialPeriod, onChange?: ReportChoice): Promise<ReportOutcome>;
  makeFinalReport(onChange?: ReportChoice): Promise<ReportOutcome>;
  /** Who is missing what for the tertial, each with the Swedish text to send; null without a readable pledge. */
  reminders(tertial: TertialPeriod): Promise<Reminders | null>;
  /** The Rapportlogg and whether each period's report still matches, with the whole check from the same read. */
  reportLog(): Promise<ReportLogOutcome>;
  /** What the next pledge's register would carry over (Nästa löfte, before anything opens); only reads. */
  planNextPledge(next: Validity): Promise<NextPledgeOpened>;
  /** The next pledge's register, as `pledge next` writes it, opened in a new workbook; this one only read. */
  openNextPledge(next: Validity): Promise<NextPledgeOpened>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Tab switches a person makes; the ones the pane caused by selecting a cell are left out. */
  onActivated(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  onChanged(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  activeSheet(): Promise<string>;
}

export type ReportChoice = NonNullable<ReportRequest["onChange"]>;

export interface PaneHostOptions {
  /** Office's display language ("sv-SE", "en-US"); Swedish when absent. */
  language: Language;
  now?: () => Date;
  /** Errors whose message is already written for the person (ExcelBusyError in Excel). */
  isShownError?: (error: unknown) => boolean;
}

// An activation this soon after the pane selected a cell on that sheet is the pane's own.
const OWN_ACTIVATION_MS = 2000;

export function createPaneHost(workbook: WorkbookPort & WorkbookEvents, options: PaneHostOptions): PaneHost {
  const now = options.now ?? (() => new Date());
  const language = options.language;
  const today = () => serialFromDate(now());
  // Asked for at once: the chunk loads while React draws the pane, and the first check awaits it.
  // A chunk that failed to load (the network) is asked for again by the next use.
  let loading: Promise<typeof import("./engine")> | null = null;
  const engine = () =>
    (loading ??= import("./engine").catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  void engine().catch(() => undefined);
  const localise = async (findings: Finding[]) => (language === "sv" ? findings : (await engine()).translateFindings(findings, language));
  let ownSelection: { sheet: string; at: number } | null = null;

  const shown = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ShownError) throw error;
      if (options.isShownError?.(error)) throw new ShownError((error as Partial<ShownError>).shown ?? (error as Error).message);
      throw error;
    }
  };
  // The report module loads on first use.
  const report = async <T>(work: (m: typeof import("../app/report")) => Promise<T>): Promise<T> =>
    shown(async () => work(await import("../app/report")));
  const localCheck = async (check: CheckResult): Promise<CheckResult> => ({ ...check, findings: await localise(check.findings) });

  return {
    language,
    strings: stringsFor(language),
    now,
    check: (onFacts) =>
      shown(async () => {
        const e = await engine();
        const onRead = onFacts && ((grids: WorkbookGrids) => onFacts(e.startFacts(grids)));
        return localCheck(await e.runCheck(workbook, { today: today(), onRead }));
      }),
    checkTab: (tab) =>
      shown(async () => {
        return localise(await (await engine()).checkTab(workbook, { tab, today: today() }));
      }),
    trends: (tertial) => shown(async () => (await import("../app/trends")).runTrends(workbook, { today: today(), tertial })),
    createRegister: () => shown(async () => (await engine()).createRegister(workbook)),
    addPartnerTabs: () => shown(async () => (await engine()).addPartnerTabs(workbook)),
    writeKontroll: () =>
      report(async (m) => {
        const out = await m.writeKontroll(workbook, { now: now() });
        return { ...out, check: await localCheck(out.check) };
      }),
    makeTertialReport: (tertial, onChange) => report((m) => m.makeTertialReport(workbook, { tertial, now: now(), onChange })),
    makeFinalReport: (onChange) => report((m) => m.makeFinalReport(workbook, { now: now(), onChange })),
    reminders: (tertial) => shown(async () => (await import("../app/reminders")).makeReminders(workbook, { today: today(), tertial })),
    reportLog: () =>
      shown(async () => {
        const out = await (await import("../app/report-log")).readReportLogStatus(workbook, { today: today() });
        return { ...out, check: await localCheck(out.check) };
      }),
    // The use case loads on first use; its .xlsx writer (excelts) only when a register is opened.
    planNextPledge: (next) => shown(async () => (await import("../app/next-pledge")).planNextPledge(workbook, { today: today(), next })),
    openNextPledge: (next) => shown(async () => (await import("../app/next-pledge")).openNextPledge(workbook, { today: today(), next })),
    selectCell: (sheet, cell) =>
      shown(async () => {
        ownSelection = { sheet: fold(sheet), at: Date.now() };
        await workbook.selectCell(sheet, cell);
      }),
    onActivated: (handler) =>
      workbook.onActivated((sheet) => {
        const own = ownSelection;
        if (own && own.sheet === fold(sheet) && Date.now() - own.at < OWN_ACTIVATION_MS) return;
        handler(sheet);
      }),
    onChanged: (handler) => workbook.onChanged(handler),
    activeSheet: () => workbook.activeSheet(),
  };
}

export const HostContext = createContext<PaneHost | null>(null);

export function useHost(): PaneHost {
  const host = useContext(HostContext);
  if (!host) throw new Error("The pane needs a HostContext provider.");
  return host;
}
