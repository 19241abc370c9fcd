/**
 * Lines of the social-media images, measured with the font they are rasterised
 * with (Atkinson Hyperlegible, widths from social-font-metrics.ts) so that no
 * line runs past its box: pure, no DOM and no font file. Kerning is not
 * applied, so a measured line is at most a little wider than the rendered one.
 */
import { SOCIAL_FONT_METRICS } from "./social-font-metrics";

export type Weight = "regular" | "bold";

const NBSP = "\u00a0";
const ELLIPSIS = "\u2026";

function widthTable(weight: Weight): Map<string, number> {
  const { chars, widths } = SOCIAL_FONT_METRICS[weight];
  const units = widths.split(" ").map(Number);
  return new Map([...chars].map((c, i) => [c, units[i]!] as const));
}

const TABLES: Record<Weight, Map<string, number>> = { regular: widthTable("regular"), bold: widthTable("bold") };

/** Width in px of `text` at `size` px; a character the font lacks counts as a full em, so it never undercounts. */
export function textWidth(text: string, size: number, weight: Weight): number {
  const table = TABLES[weight];
  let units = 0;
  for (const c of text) units += table.get(c) ?? 1000;
  return (units * size) / 1000;
}

/** "1 230" keeps its digit groups on one line: the space between them becomes a no-break space. */
export function keepNumbersWhole(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NBSP}`);
}

export interface Wrapped {
  lines: string[];
  /** True when the text needed more than `maxLines` and the last line ends in "…". */
  cut: boolean;
}

/** A word wider than the line, split into pieces that fit (only a name with no spaces at all needs this). */
function splitLong(word: string, width: number, size: number, weight: Weight): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const c of word) {
    if (piece !== "" && textWidth(piece + c, size, weight) > width) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  return piece === "" ? pieces : [...pieces, piece];
}

/**
 * Greedy word wrap to `width` px. Breaks at spaces only (a number's digit groups stay
 * together); at most `maxLines` lines, the last cut with "…" when the text is longer.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight, maxLines = Infinity): Wrapped {
  const words = keepNumbersWhole(text)
    .split(/ +/)
    .filter((w) => w !== "")
    .flatMap((w) => (textWidth(w, size, weight) > width ? splitLong(w, width, size, weight) : [w]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, weight) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, maxLines);
  let lastLine = kept[maxLines - 1]!;
  while (lastLine !== "" && textWidth(`${lastLine}${ELLIPSIS}`, size, weight) > width)
    lastLine = [...lastLine].slice(0, -1).join("").trimEnd();
  kept[maxLines - 1] = `${lastLine}${ELLIPSIS}`;
  return { lines: kept, cut: true };
}
