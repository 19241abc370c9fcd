/**
 * One click on a ribbon button, from start to the moment Office may be told
 * it is done: run the command, then, when there is something to tell, show
 * the notice and wait until the person has closed it. Resolves, never rejects,
 * so the entry file calls `event.completed()` after it in every case.
 */
import type { WorkbookPort } from "../app/port";
import { commandNotice, type Notice, type NoticeLanguage } from "./command-notice";
import { showNotice, type DialogConstants, type DialogUi, type NoticeEnd } from "./notice-dialog";
import { noticeUrl } from "./notice-url";
import { runCommand, type CommandLog, type CommandName, type CommandOutcome } from "./run-command";

export interface ButtonHost<E = unknown, S = unknown> {
  port: WorkbookPort;
  now: Date;
  language: NoticeLanguage;
  /** The function file's own address: the notice page lies beside it, on the same origin. */
  base: string;
  /** Office's dialog API, or null where the host lacks it (DialogApi 1.1): then only the log says what happened. */
  dialog: { ui: DialogUi<E, S>; kinds: DialogConstants<E, S> } | null;
  isExcelBusy?: (error: unknown) => boolean;
  log?: CommandLog;
}

export interface ButtonResult {
  outcome: CommandOutcome;
  notice: Notice | null;
  /** How the notice ended; null when none was shown. */
  end: NoticeEnd | null;
}

export async function pressButton<E, S>(name: CommandName, host: ButtonHost<E, S>): Promise<ButtonResult> {
  const log = host.log ?? console;
  const outcome = await runCommand(name, host.port, host.now, { log, ...(host.isExcelBusy ? { isExcelBusy: host.isExcelBusy } : {}) });
  const notice = commandNotice(name, outcome, host.language);
  if (!notice) return { outcome, notice, end: null };
  if (!host.dialog) {
    log.error(`${name}: ${notice.message}`);
    return { outcome, notice, end: null };
  }
  let url: string;
  try {
    url = noticeUrl(host.base, notice);
  } catch (error) {
    log.error(`${name}: no notice address beside ${host.base}: ${error instanceof Error ? error.message : String(error)}`);
    return { outcome, notice, end: "not-opened" };
  }
  const end = await showNotice(host.dialog.ui, url, host.dialog.kinds, log);
  return { outcome, notice, end };
}
