/**
 * The ribbon's function file: the only place the commands touch Office and
 * Excel. Each button runs its use case, shows a notice when there is something
 * to tell (a failure, or a sheet written under another name) and ALWAYS calls
 * `event.completed()` afterwards, once the notice is closed, also after an
 * error, or Office keeps the button busy.
 */
import { createExcelPort, ExcelBusyError } from "../excel";
import { pressButton } from "./command-button";
import { noticeLanguage } from "./command-notice";
import type { CommandName } from "./run-command";

void Office.onReady(() => {
  const port = createExcelPort(Excel.run);
  const dialog = Office.context.requirements.isSetSupported("DialogApi", "1.1")
    ? {
        ui: Office.context.ui,
        kinds: {
          messageReceived: Office.EventType.DialogMessageReceived,
          eventReceived: Office.EventType.DialogEventReceived,
          failed: Office.AsyncResultStatus.Failed,
        },
      }
    : null;
  const bind = (name: CommandName) => (event: Office.AddinCommands.Event) => {
    void pressButton(name, {
      port,
      now: new Date(),
      language: noticeLanguage(Office.context.displayLanguage),
      base: window.location.href,
      dialog,
      isExcelBusy: (error) => error instanceof ExcelBusyError,
    })
      .catch((error: unknown) => console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => event.completed());
  };
  Office.actions.associate("checkRegister", bind("checkRegister"));
  Office.actions.associate("makeCurrentReport", bind("makeCurrentReport"));
});
