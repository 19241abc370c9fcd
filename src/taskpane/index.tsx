/**
 * The task pane's Excel entry: the only place in the pane that touches the
 * Office and Excel globals. It wires the Excel port into the pane's host.
 * The port (the Office.js adapter: reading in chunks, writing, events) is its
 * own chunk, asked for at once and loaded while React draws the tab list, so
 * the first paint does not wait for it (issue 16); every call waits for it.
 * `start-chunks.ts`, imported first, asks for it and the check engine before anything else loads.
 * The first workbook read is asked for as soon as Office is ready, before React draws (`first-read.ts`).
 */
import "./start-chunks";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { WorkbookEvents, WorkbookPort } from "../app/port";
import { App } from "./App";
import { withFirstRead } from "./first-read";
import { createPaneHost } from "./host";
import { languageOf, stringsFor } from "./strings";

type ExcelModule = typeof import("../excel");
type Port = WorkbookPort & WorkbookEvents;

function mount(): HTMLElement {
  const el = document.getElementById("root");
  if (!el) throw new Error("taskpane.html has no #root");
  return el;
}

/** The Excel port, loaded on first need (a chunk that failed to load is asked for again by the next call). */
function lazyExcelPort(): { port: Port; loaded: () => ExcelModule | null } {
  let module: ExcelModule | null = null;
  let port: Promise<Port> | null = null;
  const load = () =>
    (port ??= import("../excel").then(
      (m) => {
        module = m;
        return m.createExcelPort(Excel.run);
      },
      (error: unknown) => {
        port = null;
        throw error;
      },
    ));
  void load().catch(() => undefined);
  const call =
    <K extends keyof Port>(name: K) =>
    async (...args: Parameters<Port[K]>): Promise<Awaited<ReturnType<Port[K]>>> => {
      const p = await load();
      return (p[name] as (...a: Parameters<Port[K]>) => Promise<Awaited<ReturnType<Port[K]>>>)(...args);
    };
  return {
    port: {
      readAll: call("readAll"),
      readSheets: call("readSheets"),
      writeSheets: call("writeSheets"),
      selectCell: call("selectCell"),
      openNewWorkbook: call("openNewWorkbook"),
      activeSheet: call("activeSheet"),
      onChanged: call("onChanged"),
      onActivated: call("onActivated"),
    },
    loaded: () => module,
  };
}

void Office.onReady((info) => {
  const language = languageOf(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    // Opened in a browser, not in Excel: say where it belongs.
    mount().textContent = stringsFor(language).openInExcel;
    return;
  }
  const excel = lazyExcelPort();
  // ExcelBusyError can only be thrown once the port's module has loaded.
  const isShownError = (e: unknown) => {
    const m = excel.loaded();
    return m !== null && e instanceof m.ExcelBusyError;
  };
  // The first read goes out now, before React draws (first-read.ts); the first check takes it.
  const host = createPaneHost(withFirstRead(excel.port), { language, isShownError });
  // Drawn now, in the task Office's callback runs in, not in a task of React's scheduler: the chunks that come in
  // meanwhile (the adapter with the first read, the engine, Start's Fluent parts) each run as a task of their own, and
  // they went before React's first render. The tab list and the first check's start (the effects of a synchronous
  // render run at its end) come first this way (issue 16, docs/performance.md).
  const root = createRoot(mount());
  flushSync(() => root.render(<App host={host} />));
});
