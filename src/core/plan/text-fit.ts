/**
 * How much room text takes in a cell of Excel's default font (Calibri 11):
 * widths per character from the font's metrics, greedy word wrap as Excel
 * does it, so plans can set row heights and column widths that neither cut
 * text nor leave empty lines. An estimate that errs a little on the wide side.
 */

/** Advance widths in pixels at 11 pt (96 dpi), rounded to half a pixel; characters not listed count as 7.5. */
const WIDTH_GROUPS: readonly (readonly [number, string])[] = [
  [3, "'"],
  [3.5, " ,.Iijl·"],
  [4, ":;"],
  [4.5, "()-J[]`f{}"],
  [5, "!rt°"],
  [5.5, "/\\s"],
  [6, '"Lcz'],
  [6.5, "FSkvxy"],
  [7, "?ETYZag|åä"],
  [8, "BCR"],
  [8.5, "AVÅÄ"],
  [9, "DH"],
  [9.5, "GNOUÖÜ"],
  [10, "&Q…"],
  [10.5, "%w"],
  [11.5, "m"],
  [12.5, "M"],
  [13, "@W"],
  [13.5, "—"],
];
const DEFAULT_WIDTH = 7.5;
/**
 * Width in half pixels by UTF-16 code unit below TABLE_END (every listed character is one), DEFAULT_WIDTH for
 * the rest: a lookup per character in 8 kB, no Map. Sums of half pixels are whole numbers, so halving the
 * sum gives exactly the sum of the widths.
 */
const TABLE_END = 0x2100;
const HALF_PX = new Uint8Array(TABLE_END).fill(DEFAULT_WIDTH * 2);
for (const [w, chars] of WIDTH_GROUPS) for (const c of chars) HALF_PX[c.charCodeAt(0)] = w * 2;
/** Bold Calibri runs about 3 % wider. */
const BOLD = 1.03;
/** Excel's width unit is the widest digit, 7 px in Calibri 11. */
const PX_PER_WIDTH_UNIT = 7;
/** Margin for hinting and printer metrics, so an estimate that fits really fits. */
const SAFETY = 1.04;

export interface TextFitOptions {
  bold?: boolean;
  /** Font size in points (11 when not given). */
  size?: number;
}

/**
 * The options when none are given, one object for every call: a default `{}` was made at each call, 2 MB a
 * Kontroll sheet of 39 311 findings (a row height each).
 */
const DEFAULT_FONT: TextFitOptions = Object.freeze({});

/** Unscaled width of text[from, to): a character outside the BMP (a surrogate pair) counts once, as DEFAULT_WIDTH. */
function rawWidth(text: string, from: number, to: number): number {
  let halves = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < TABLE_END) {
      halves += HALF_PX[code]!;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    halves += DEFAULT_WIDTH * 2;
  }
  return halves / 2;
}

/** What the options multiply a raw width by (same order of operations as always, so estimates do not move). */
const scaled = (px: number, options: TextFitOptions): number => px * (options.bold ? BOLD : 1) * ((options.size ?? 11) / 11) * SAFETY;

/** Width of `text` in pixels at 96 dpi. */
export function textWidthPx(text: string, options: TextFitOptions = DEFAULT_FONT): number {
  return scaled(rawWidth(text, 0, text.length), options);
}

/** Pixels a column `width` characters wide leaves for text (Excel pads each side by two pixels). */
function usablePx(width: number): number {
  return Math.max(1, width * PX_PER_WIDTH_UNIT + 5 - 4);
}

const SPACE = 32;
const NEWLINE = 10;

/**
 * Lines of texts already measured, per column width, in the default font: a Kontroll sheet has tens of thousands
 * of findings but a few hundred distinct messages (39 311 and 588 on the large register), and a lookup costs a
 * fraction of measuring. Emptied when full, so it stays small whatever is measured.
 */
const linesMemo = new Map<number, Map<string, number>>();
const MEMO_TEXTS = 20_000;

/** Lines `text` wraps to in a column `width` characters wide, words kept whole where they fit a line. */
export function wrappedLines(text: string, width: number, options: TextFitOptions = DEFAULT_FONT): number {
  if (options.bold || options.size !== undefined) return measuredLines(text, width, options);
  let memo = linesMemo.get(width);
  if (memo === undefined) linesMemo.set(width, (memo = new Map()));
  let lines = memo.get(text);
  if (lines === undefined) {
    lines = measuredLines(text, width, options);
    if (memo.size >= MEMO_TEXTS) memo.clear();
    memo.set(text, lines);
  }
  return lines;
}

function measuredLines(text: string, width: number, options: TextFitOptions): number {
  const room = usablePx(width);
  const space = textWidthPx(" ", options);
  let lines = 1;
  let used = 0;
  // One pass over the text, no substrings: paragraphs end at "\n", words at " " (an empty word is skipped).
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== SPACE && code !== NEWLINE) continue;
    if (i > start) {
      let w = scaled(rawWidth(text, start, i), options);
      if (used > 0 && used + space + w <= room) used += space + w;
      else {
        if (used > 0) lines += 1;
        // A word wider than the column is broken wherever the line is full.
        while (w > room) {
          lines += 1;
          w -= room;
        }
        used = w;
      }
    }
    start = i + 1;
    if (code === NEWLINE && i < text.length) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
}

/** The narrowest column width (in characters) that shows `text` on one line. */
export function widthForOneLine(text: string, options: TextFitOptions = DEFAULT_FONT): number {
  const widest = Math.max(0, ...text.split("\n").map((line) => textWidthPx(line, options)));
  return Math.ceil((widest + 4 - 5) / PX_PER_WIDTH_UNIT + 0.5);
}

/** The narrowest column width that keeps each word of `text` whole. */
export function widthForLongestWord(text: string, options: TextFitOptions = DEFAULT_FONT): number {
  const words = text.split(/[\s]+/).filter((w) => w !== "");
  return Math.max(1, ...words.map((w) => widthForOneLine(w, options)));
}
