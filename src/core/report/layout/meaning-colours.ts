/**
 * The colours of what a status or an indicator's line means, in each medium
 * side by side: the report sheets' (Excel's cell fill and font colour, light
 * so black text reads in black-and-white print; chart lines dark enough to
 * read thin on paper) and the published page's (a status's left border and
 * tint, lines at least 4.5:1 on white). The words and symbols carry the
 * meaning; the colours only repeat it. One table, so "worse" is red and "met"
 * green in both, each in the shade its medium needs.
 */
import type { ChartTone } from "../model/chart-data";
import type { TargetStatus } from "../../trends/trend-types";

interface StatusColours {
  /** The status word's cell on the report sheets. */
  sheet: { fill: string; fontColor: string };
  /** The status's box on the published page. */
  web: { border: string; tint: string };
}

/** Green met or on track, blue improved, amber at risk, red off track or not met, grey without data or target. */
export const STATUS_COLOURS: Record<TargetStatus, StatusColours> = {
  met: { sheet: { fill: "#C6EFCE", fontColor: "#006100" }, web: { border: "#17692f", tint: "#eaf5ec" } },
  improved: { sheet: { fill: "#FFEB9C", fontColor: "#7F4F00" }, web: { border: "#1f5fa8", tint: "#eaf1fa" } },
  "on-track": { sheet: { fill: "#E2EFDA", fontColor: "#375623" }, web: { border: "#17692f", tint: "#eaf5ec" } },
  "at-risk": { sheet: { fill: "#FFEB9C", fontColor: "#7F4F00" }, web: { border: "#8a4b00", tint: "#fbf1e4" } },
  "off-track": { sheet: { fill: "#FFC7CE", fontColor: "#9C0006" }, web: { border: "#b42318", tint: "#fcecea" } },
  "not-met": { sheet: { fill: "#FFC7CE", fontColor: "#9C0006" }, web: { border: "#b42318", tint: "#fcecea" } },
  "no-data": { sheet: { fill: "#E7E6E6", fontColor: "#404040" }, web: { border: "#595959", tint: "#f2f2f2" } },
  "no-target": { sheet: { fill: "#E7E6E6", fontColor: "#404040" }, web: { border: "#595959", tint: "#f2f2f2" } },
};

/** A chart line's colour by what the line's development means (never by up or down). */
export const TONE_COLOURS: Record<ChartTone, { sheet: string; web: string }> = {
  better: { sheet: "#2E7D32", web: "#17692f" },
  risk: { sheet: "#B26A00", web: "#8a4b00" },
  worse: { sheet: "#C00000", web: "#b42318" },
  neutral: { sheet: "#2E75B6", web: "#1f5fa8" },
};

/** Each tone's line colour in one medium. */
export function toneColoursIn(medium: "sheet" | "web"): Record<ChartTone, string> {
  const t = TONE_COLOURS;
  return { better: t.better[medium], risk: t.risk[medium], worse: t.worse[medium], neutral: t.neutral[medium] };
}
