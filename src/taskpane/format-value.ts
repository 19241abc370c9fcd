/** Numbers as the pane's reader writes them: "1 230" and "3,4" in Swedish, "1,230" and "3.4" in English. */
import type { Language } from "../core/messages/catalogue";
import { formatAutoSv } from "../core/swedish-format";

const MINUS = "\u2212";

export function formatNumber(n: number, language: Language): string {
  if (language === "sv") return formatAutoSv(n);
  const text = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(Math.abs(n));
  return n < 0 && text !== "0" ? `${MINUS}${text}` : text;
}

/** A value in its unit: "44 %" for a percentage. */
export function formatValue(n: number, unit: string, language: Language): string {
  const text = formatNumber(n, language);
  if (unit !== "Procent") return text;
  return language === "sv" ? `${text} %` : `${text}%`;
}

/** A change with its sign: "+12", "−23", "0". */
export function formatDelta(n: number, language: Language): string {
  const text = formatNumber(n, language);
  return n > 0 ? `+${text}` : text;
}
