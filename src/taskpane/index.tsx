/**
 * The task pane's Excel entry: the only place in the pane that touches the
 * Office and Excel globals. It wires the Excel port into the pane's host.
 */
import { createRoot } from "react-dom/client";
import { createExcelPort, ExcelBusyError } from "../excel";
import { App } from "./App";
import { createPaneHost } from "./host";
import { languageOf, stringsFor } from "./strings";

function mount(): HTMLElement {
  const el = document.getElementById("root");
  if (!el) throw new Error("taskpane.html has no #root");
  return el;
}

void Office.onReady((info) => {
  const language = languageOf(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    // Opened in a browser, not in Excel: say where it belongs.
    mount().textContent = stringsFor(language).openInExcel;
    return;
  }
  const workbook = createExcelPort(Excel.run);
  const host = createPaneHost(workbook, { language, isShownError: (e) => e instanceof ExcelBusyError });
  createRoot(mount()).render(<App host={host} />);
});
