/**
 * The ribbon's function file: the only place the commands touch Office and
 * Excel. Each button runs its use case and ALWAYS calls `event.completed()`,
 * also after an error, or Office keeps the button busy.
 */
import { createExcelPort } from "../excel";
import { runCommand, type CommandName } from "./run-command";

void Office.onReady(() => {
  const port = createExcelPort((batch) => Excel.run(batch));
  const bind = (name: CommandName) => (event: Office.AddinCommands.Event) => {
    void runCommand(name, port, new Date()).finally(() => event.completed());
  };
  Office.actions.associate("checkRegister", bind("checkRegister"));
  Office.actions.associate("makeCurrentReport", bind("makeCurrentReport"));
});
