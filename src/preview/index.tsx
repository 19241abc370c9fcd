/**
 * The preview's entry: the pane against the demo register in memory, with
 * "today" frozen by `?today=2026-01-08` and the language by `?lang=en`.
 * No Office, no network.
 */
import { createRoot } from "react-dom/client";
import type { WorkbookGrids } from "../core/cell";
import { dateOnDay, isoFromSerial, serialFromDate, serialFromIso } from "../core/date";
import { demoRegister } from "../demo/demo-register";
import { createPaneHost } from "../taskpane/host";
import { languageOf } from "../taskpane/strings";
import { PreviewShell } from "./PreviewShell";
import { PreviewWorkbook } from "./preview-workbook";

/** A clock whose local date is `today` (ISO) and whose time of day runs on; the real clock without it. */
export function frozenClock(today: string | null): () => Date {
  const serial = today ? serialFromIso(today) : null;
  if (serial === null) return () => new Date();
  return () => dateOnDay(serial, new Date());
}

declare global {
  interface Window {
    /** What Nästa löfte opened in the preview, for the browser tests. */
    __openedWorkbooks?: string[];
    /** A register for the browser tests to open instead of the demo (set before the page's scripts run). */
    __previewRegister?: WorkbookGrids;
  }
}

const params = new URLSearchParams(window.location.search);
const now = frozenClock(params.get("today"));
const language = languageOf(params.get("lang") ?? "sv-SE");
document.documentElement.lang = language;
const workbook = new PreviewWorkbook(window.__previewRegister ?? demoRegister());
const host = createPaneHost(workbook, { language, now });
// What Nästa löfte opened (base64 .xlsx files): Excel would show each in a window of its own; the browser tests read them here.
window.__openedWorkbooks = workbook.memory.opened;
const el = document.getElementById("root");
if (el) createRoot(el).render(<PreviewShell workbook={workbook} host={host} today={isoFromSerial(serialFromDate(now()))} />);
