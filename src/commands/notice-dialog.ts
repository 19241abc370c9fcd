/**
 * Shows a notice with Office's dialog API and resolves when it is gone: the
 * person pressed OK (the page calls messageParent, we close the dialog), closed
 * it with X (DialogEventReceived 12006), it could not open or load, or it went
 * silent. It never rejects, so the function file can always call
 * `event.completed()` after it.
 *
 * The watchdog: the open page says "open" every few seconds. On some Windows
 * builds, Esc closes the dialog and Office tells the function file nothing,
 * neither message nor event (office-js #5410, #5200): when the page has been
 * silent for `NOTICE_SILENCE_MS` (or the dialog never answered at all), the
 * notice counts as gone ("lost"), so the button does not stay busy for ever.
 * Office is passed in (the entry file hands over `Office.context.ui` and the
 * enum values), so this runs under test with a fake.
 */
import { NOTICE_ALIVE, NOTICE_HEARTBEAT_MS } from "./notice-url";

/** Office.Dialog, as far as it is used here (E: Office.EventType). */
export interface DialogLike<E> {
  close(): void;
  addEventHandler(eventType: E, handler: (arg: { message: string } | { error: number }) => void): void;
}

/** Office.context.ui, as far as it is used here (S: Office.AsyncResultStatus). */
export interface DialogUi<E, S> {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: { status: S; value: DialogLike<E>; error?: { code: number; message: string } }) => void,
  ): void;
}

/** Office.EventType.DialogMessageReceived, …DialogEventReceived and Office.AsyncResultStatus.Failed. */
export interface DialogConstants<E, S> {
  messageReceived: E;
  eventReceived: E;
  failed: S;
}

export type NoticeEnd = "ok" | "closed" | "not-opened" | "not-loaded" | "lost";

/** Four heartbeats missed (and time for a slow page to load Office first). */
export const NOTICE_SILENCE_MS = 4 * NOTICE_HEARTBEAT_MS;

/** setTimeout and clearTimeout, or a test's clock. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The person closed the dialog with its X. */
export const DIALOG_CLOSED_BY_USER = 12006;

/**
 * Percent of the screen (Office sizes dialogs so; at least 250 px high, 150 px
 * wide). In Excel on the web an iframe overlay: no pop-up blocker in the way.
 */
export const NOTICE_OPTIONS = { height: 35, width: 30, displayInIframe: true } as const;

export function showNotice<E, S>(
  ui: DialogUi<E, S>,
  url: string,
  kinds: DialogConstants<E, S>,
  log: Pick<Console, "error"> = console,
  timers: Timers = realTimers,
): Promise<NoticeEnd> {
  return new Promise<NoticeEnd>((resolve) => {
    let settled = false;
    let dialog: DialogLike<E> | null = null;
    let silence: unknown = null;
    const end = (how: NoticeEnd, close: boolean): void => {
      if (settled) return;
      settled = true;
      if (silence !== null) timers.clear(silence);
      if (close && dialog) {
        try {
          dialog.close();
        } catch {
          // Already gone.
        }
      }
      resolve(how);
    };
    const watch = (): void => {
      if (silence !== null) timers.clear(silence);
      silence = timers.set(() => {
        log.error(`notice: no word from the dialog for ${NOTICE_SILENCE_MS / 1000} s; taken as closed`);
        end("lost", true);
      }, NOTICE_SILENCE_MS);
    };
    watch();
    try {
      ui.displayDialogAsync(url, { ...NOTICE_OPTIONS }, (result) => {
        if (result.status === kinds.failed) {
          // 12007: another dialog is open; 12009/12011: the browser or the person refused it.
          log.error(`notice: dialog not opened (${result.error?.code ?? "?"}: ${result.error?.message ?? ""})`);
          end("not-opened", false);
          return;
        }
        dialog = result.value;
        if (settled) {
          // The watchdog gave up before Office answered: do not leave a dialog behind.
          try {
            dialog.close();
          } catch {
            // Already gone.
          }
          return;
        }
        dialog.addEventHandler(kinds.messageReceived, (arg) => {
          if ("message" in arg && arg.message === NOTICE_ALIVE) {
            watch();
            return;
          }
          end("ok", true);
        });
        dialog.addEventHandler(kinds.eventReceived, (arg) => {
          const code = "error" in arg ? arg.error : 0;
          if (code === DIALOG_CLOSED_BY_USER) {
            end("closed", false);
            return;
          }
          // 12002: the page was not found or did not load; 12003: it redirected to http.
          log.error(`notice: dialog event ${code}`);
          end("not-loaded", true);
        });
      });
    } catch (error) {
      log.error(`notice: ${error instanceof Error ? error.message : String(error)}`);
      end("not-opened", false);
    }
  });
}
