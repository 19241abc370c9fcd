/**
 * The ribbon's function file: the only place the commands touch Office and
 * Excel. Each button runs its use case, shows a notice when there is something
 * to tell (a failure, or a sheet written under another name) and ALWAYS calls
 * `event.completed()` afterwards, once the notice is closed, also after an
 * error, or Office keeps the button busy; and at the latest after ten minutes
 * (`completion.ts`), should anything still hang.
 */
import { createExcelPort, ExcelBusyError } from "../excel";
import { pressButton } from "./command-button";
import { completeOnce } from "./completion";
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
    const done = completeOnce(() => event.completed());
    // Inside the promise chain: even a throw while the arguments are made ends in `done`.
    void Promise.resolve()
      .then(() =>
        pressButton(name, {
          port,
          now: new Date(),
          language: noticeLanguage(Office.context.displayLanguage),
          base: window.location.href,
          dialog,
          isExcelBusy: (error) => error instanceof ExcelBusyError,
        }),
      )
      .catch((error: unknown) => console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`))
      .finally(done);
  };
  Office.actions.associate("checkRegister", bind("checkRegister"));
  Office.actions.associate("makeCurrentReport", bind("makeCurrentReport"));
});
