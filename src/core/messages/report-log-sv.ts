/** Swedish texts about the report log: what changed since a tertial's report was last made. */
import { isoFromSerial } from "../date";
import type { ReportChange, TabChange } from "../report/log/report-changes";
import { countNoun } from "../swedish-format";

const two = (n: number) => String(n).padStart(2, "0");

/** "2025-09-05 14:32" for a log serial with the time as fraction. */
export function momentText(serial: number | null): string {
  if (serial === null) return "ett okänt datum";
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * 1440);
  return minutes === 0 ? isoFromSerial(day) : `${isoFromSerial(day)} ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** "Polisen: 12 → 14 rader", "Åtgärder: ändrad (9 rader)", "Nya flik: ny (3 rader)". */
export function tabChangeText(t: TabChange): string {
  if (t.after === null) return `${t.sheet}: finns inte längre (hade ${countNoun(t.before ?? 0, "rad", "rader")})`;
  if (t.before === null) return `${t.sheet}: ny (${countNoun(t.after, "rad", "rader")})`;
  if (t.before === t.after) return `${t.sheet}: ändrad (${countNoun(t.after, "rad", "rader")})`;
  return `${t.sheet}: ${t.before} → ${countNoun(t.after, "rad", "rader")}`;
}

/** One paragraph: when the report was made, and what has changed since, tab by tab. */
export function reportChangeText(change: ReportChange, period: string): string {
  const p = change.previous;
  const head = `Rapporten för ${period} gjordes ${momentText(p.created)} (data ${p.data || "okänd"}${p.sheet ? `, fliken ${p.sheet}` : ""}), och datan har ändrats sedan dess`;
  if (change.tabs.length === 0) return `${head}. Rapportloggen säger inte vilka flikar som ändrats.`;
  return `${head}: ${change.tabs.map(tabChangeText).join("; ")}.`;
}
