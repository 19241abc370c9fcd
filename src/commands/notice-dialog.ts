/**
 * Shows a notice with Office's dialog API and resolves when it is gone: the
 * person pressed OK (the page calls messageParent, we close the dialog), closed
 * it with X (DialogEventReceived 12006), or it could not open or load. It never
 * rejects, so the function file can always call `event.completed()` after it.
 * Office is passed in (the entry file hands over `Office.context.ui` and the
 * enum values), so this runs under test with a fake.
 */

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

export type NoticeEnd = "ok" | "closed" | "not-opened" | "not-loaded";

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
): Promise<NoticeEnd> {
  return new Promise<NoticeEnd>((resolve) => {
    try {
      ui.displayDialogAsync(url, { ...NOTICE_OPTIONS }, (result) => {
        if (result.status === kinds.failed) {
          // 12007: another dialog is open; 12009/12011: the browser or the person refused it.
          log.error(`notice: dialog not opened (${result.error?.code ?? "?"}: ${result.error?.message ?? ""})`);
          resolve("not-opened");
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(kinds.messageReceived, () => {
          dialog.close();
          resolve("ok");
        });
        dialog.addEventHandler(kinds.eventReceived, (arg) => {
          const code = "error" in arg ? arg.error : 0;
          if (code === DIALOG_CLOSED_BY_USER) {
            resolve("closed");
            return;
          }
          // 12002: the page was not found or did not load; 12003: it redirected to http.
          log.error(`notice: dialog event ${code}`);
          try {
            dialog.close();
          } catch {
            // Already gone.
          }
          resolve("not-loaded");
        });
      });
    } catch (error) {
      log.error(`notice: ${error instanceof Error ? error.message : String(error)}`);
      resolve("not-opened");
    }
  });
}
