/**
 * The social-media images as SVG (1080×1080 and 1200×675), laid out from the
 * headline: the h1 at the top, the three figures each with a symbol and its
 * words (status never by colour alone), then the page's address and when the
 * figures were made. Every text is at least 40 px and dark on white (contrast
 * ≥ 10:1), every line measured with the font's widths so none runs past its
 * box. Rasterised by src/cli/social-png.ts and by the pane with resvg and the
 * bundled Atkinson Hyperlegible, so the pixels are the same everywhere.
 */
import { madeParts, socialAltText, type FigureTone, type SocialHeadline } from "./social";
import { textWidth, wrapText, type Weight } from "./social-text";

export const SOCIAL_FORMATS = {
  square: { width: 1080, height: 1080, file: "bild-1080x1080.png" },
  wide: { width: 1200, height: 675, file: "bild-1200x675.png" },
} as const;

export type SocialFormat = keyof typeof SOCIAL_FORMATS;

/** The family name the images set their text in (the bundled TTFs' own name). */
export const SOCIAL_FONT_FAMILY = "Atkinson Hyperlegible";

/** The smallest text on the images, px: legible on a phone when 1080 px show as ~360. */
export const MIN_TEXT_PX = 40;

const INK = "#111827";
const MUTED = "#374151";
const ACCENT = "#1d3f72";
const BACKGROUND = "#ffffff";

/** The background and the band across the top, for a painter other than SVG (the pane's canvas). */
export const SOCIAL_COLOURS = { background: BACKGROUND, band: ACCENT, bandHeight: 20 } as const;
const TONE_FILL: Record<FigureTone, string> = {
  count: ACCENT,
  good: "#0f6b35",
  behind: "#8a4b00",
  "not-met": "#a3171b",
};

export interface TextLine {
  /** Left edge, px. */
  x: number;
  /** Baseline, px. */
  y: number;
  /** Top of the line's box, px (baseline less the ascent). */
  top: number;
  text: string;
  size: number;
  weight: Weight;
  fill: string;
  /** The box the line must stay inside. */
  maxWidth: number;
}

export interface SocialSymbol {
  tone: FigureTone;
  /** Centre and diameter, px. */
  cx: number;
  cy: number;
  size: number;
}

export interface SocialLayout {
  format: SocialFormat;
  width: number;
  height: number;
  lines: TextLine[];
  symbols: SocialSymbol[];
  /** True when the title had to be cut ("…") to fit; the text alternative has it whole. */
  titleCut: boolean;
}

/** Ascent and line height as parts of the font size (Atkinson Hyperlegible's ascender is ~0.95 em). */
const ASCENT = 0.95;
const LINE = 1.2;

interface Block {
  lines: string[];
  size: number;
  /** Line height as a part of the size. */
  leading: number;
  weight: Weight;
  fill: string;
  width: number;
  cut: boolean;
}

function block(text: string, width: number, size: number, weight: Weight, fill: string, maxLines: number, leading = LINE): Block {
  const w = wrapText(text, width, size, weight, maxLines);
  return { lines: w.lines, size, leading, weight, fill, width, cut: w.cut };
}

/** Headings and the large figures are set tighter than the words. */
const TIGHT = 1.12;

const heightOf = (b: Block) => b.lines.length * b.size * b.leading;

/** Places a block's lines from `top` at `x`; returns the y under it. */
function place(out: TextLine[], b: Block, x: number, top: number): number {
  b.lines.forEach((text, i) => {
    const lineTop = top + i * b.size * b.leading;
    const baseline = lineTop + b.size * (ASCENT + (b.leading - 1) / 2);
    out.push({ x, y: Math.round(baseline * 10) / 10, top: lineTop, text, size: b.size, weight: b.weight, fill: b.fill, maxWidth: b.width });
  });
  return top + heightOf(b);
}

/** The largest size from `sizes` at which `text` fits `width` on `maxLines` lines; else the smallest, wrapped. */
function fitted(
  text: string,
  width: number,
  sizes: readonly number[],
  weight: Weight,
  fill: string,
  maxLines: number,
  leading = LINE,
): Block {
  // One line at any size tried before two.
  for (const lines of [1, maxLines]) {
    for (const size of sizes) {
      const b = block(text, width, size, weight, fill, lines, leading);
      if (!b.cut) return b;
    }
  }
  return block(text, width, sizes[sizes.length - 1]!, weight, fill, maxLines, leading);
}

interface Footer {
  address: Block | null;
  made: Block;
}

function footer(h: SocialHeadline, width: number): Footer {
  return {
    address: h.address ? fitted(`Läs mer: ${h.address}`, width, [44, MIN_TEXT_PX], "bold", ACCENT, 2) : null,
    // A line breaks between the parts, never inside one ("data 3b7679" stays together).
    made: block(
      madeParts(h)
        .map((p) => p.replace(/ /g, "\u00a0"))
        .join(" · "),
      width,
      MIN_TEXT_PX,
      "regular",
      MUTED,
      2,
    ),
  };
}

const footerHeight = (f: Footer) => (f.address ? heightOf(f.address) + 8 : 0) + heightOf(f.made);

function placeFooter(out: TextLine[], f: Footer, x: number, bottom: number): void {
  let y = bottom - footerHeight(f);
  if (f.address) y = place(out, f.address, x, y) + 8;
  place(out, f.made, x, y);
}

/** Title sizes tried, largest first, and lines allowed: the first that leaves room for the rest is used. */
function titleFor(h: SocialHeadline, width: number, sizes: readonly number[], maxLines: number, room: (title: Block) => boolean): Block {
  for (const size of sizes) {
    const b = block(h.title, width, size, "bold", INK, maxLines, TIGHT);
    if (!b.cut && room(b)) return b;
  }
  const smallest = sizes[sizes.length - 1]!;
  for (let lines = maxLines; lines > 1; lines--) {
    const b = block(h.title, width, smallest, "bold", INK, lines, TIGHT);
    if (room(b)) return b;
  }
  return block(h.title, width, smallest, "bold", INK, 1, TIGHT);
}

const BAND = SOCIAL_COLOURS.bandHeight;

interface Frame {
  margin: number;
  /** Where the title starts, below the band, and where the footer ends, above the bottom edge (px). */
  top: number;
  bottom: number;
  /** Room under the title (the footer has 32 px above it at least). */
  titleGap: number;
  /** The title's largest size, px: the sizes tried run down from it in steps of 4, five in all. */
  largestTitle: number;
  titleLines: number;
}

/** Each format's frame, a row each. */
const FRAMES: Record<SocialFormat, Frame> = {
  square: { margin: 72, top: 52, bottom: 56, titleGap: 40, largestTitle: 64, titleLines: 4 },
  wide: { margin: 56, top: 36, bottom: 40, titleGap: 36, largestTitle: 60, titleLines: 3 },
};

/**
 * An image's frame, one owner for both formats: the title from the top at the largest size that
 * leaves room, the footer ending at the bottom, and the figures, drawn by `figuresAt` from the `y`
 * that sets them in the middle of the room between.
 */
function framed(
  h: SocialHeadline,
  format: SocialFormat,
  figuresHeight: number,
  figuresAt: (lines: TextLine[], symbols: SocialSymbol[], y: number) => void,
): SocialLayout {
  const { width, height } = SOCIAL_FORMATS[format];
  const frame = FRAMES[format];
  // Top and bottom in px from the image's top.
  const f = { ...frame, top: BAND + frame.top, bottom: height - frame.bottom };
  const titleSizes = Array.from({ length: 5 }, (_, i) => frame.largestTitle - 4 * i);
  const inner = width - 2 * f.margin;
  const foot = footer(h, inner);
  const gaps = f.titleGap + 32;
  const title = titleFor(
    h,
    inner,
    titleSizes,
    f.titleLines,
    (t) => heightOf(t) + gaps + figuresHeight + footerHeight(foot) <= f.bottom - f.top,
  );
  const lines: TextLine[] = [];
  const symbols: SocialSymbol[] = [];
  const underTitle = place(lines, title, f.margin, f.top);
  const room = f.bottom - footerHeight(foot) - 32 - (underTitle + f.titleGap);
  figuresAt(lines, symbols, underTitle + f.titleGap + Math.max(0, (room - figuresHeight) / 2));
  placeFooter(lines, foot, f.margin, f.bottom);
  return { format, width, height, lines, symbols, titleCut: title.cut };
}

/** Square: the figures one under another, each with its symbol beside it. */
function squareLayout(h: SocialHeadline): SocialLayout {
  const { width } = SOCIAL_FORMATS.square;
  const { margin } = FRAMES.square;
  const symbol = 96;
  const textX = margin + symbol + 32;
  const textWidthPx = width - margin - textX;
  const figures = h.figures.map((f) => ({
    tone: f.tone,
    value: fitted(f.value, textWidthPx, [76, 68, 60, 52], "bold", INK, 2, TIGHT),
    label: block(f.label, textWidthPx, 44, "regular", INK, 3),
  }));
  const figureHeight = (f: (typeof figures)[number]) => Math.max(symbol, heightOf(f.value) + 4 + heightOf(f.label));
  const figureGap = 28;
  const figuresHeight = figures.reduce((s, f) => s + figureHeight(f), 0) + 2 * figureGap;
  return framed(h, "square", figuresHeight, (lines, symbols, top) => {
    let y = top;
    for (const f of figures) {
      // The symbol beside the large figure and the first line of its words.
      symbols.push({ tone: f.tone, cx: margin + symbol / 2, cy: y + (heightOf(f.value) + 4 + f.label.size * LINE) / 2, size: symbol });
      const afterValue = place(lines, f.value, textX, y);
      place(lines, f.label, textX, afterValue + 4);
      y += figureHeight(f) + figureGap;
    }
  });
}

/** Wide: the figures side by side in three columns. */
function wideLayout(h: SocialHeadline): SocialLayout {
  const { width } = SOCIAL_FORMATS.wide;
  const { margin } = FRAMES.wide;
  const gutter = 40;
  const column = (width - 2 * margin - 2 * gutter) / 3;
  const symbol = 64;
  const valueX = symbol + 16;
  const figures = h.figures.map((f) => ({
    tone: f.tone,
    value: fitted(f.value, column - valueX, [72, 64, 56, 48], "bold", INK, 2, TIGHT),
    label: block(f.label, column, MIN_TEXT_PX, "regular", INK, 4),
  }));
  const valueHeight = Math.max(symbol, ...figures.map((f) => heightOf(f.value)));
  const figuresHeight = valueHeight + 8 + Math.max(...figures.map((f) => heightOf(f.label)));
  return framed(h, "wide", figuresHeight, (lines, symbols, y) => {
    figures.forEach((f, i) => {
      const x = margin + i * (column + gutter);
      const firstLine = f.value.size * f.value.leading;
      symbols.push({ tone: f.tone, cx: x + symbol / 2, cy: y + firstLine / 2, size: symbol });
      place(lines, f.value, x + valueX, y);
      place(lines, f.label, x, y + valueHeight + 8);
    });
  });
}

export function socialLayout(h: SocialHeadline, format: SocialFormat): SocialLayout {
  return format === "square" ? squareLayout(h) : wideLayout(h);
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A symbol as shapes: its coloured disc, the white strokes of its mark (path data) and white dots. */
export interface SymbolShapes {
  disc: { cx: number; cy: number; r: number; fill: string };
  /** Path data drawn as round-capped white strokes `strokeWidth` wide. */
  strokes: string;
  strokeWidth: number;
  dots: { cx: number; cy: number; r: number }[];
}

/** The symbol's white mark on its coloured disc: a tick, an exclamation mark, a cross, or bars for a plain count. */
export function symbolShapes(s: SocialSymbol): SymbolShapes {
  const r = s.size / 2;
  const at = (dx: number, dy: number) => `${r1(s.cx + dx * r)} ${r1(s.cy + dy * r)}`;
  const strokes = {
    good: `M ${at(-0.42, 0.02)} L ${at(-0.12, 0.32)} L ${at(0.44, -0.3)}`,
    "not-met": `M ${at(-0.32, -0.32)} L ${at(0.32, 0.32)} M ${at(0.32, -0.32)} L ${at(-0.32, 0.32)}`,
    behind: `M ${at(0, -0.46)} L ${at(0, 0.08)}`,
    count: `M ${at(-0.36, 0.36)} L ${at(-0.36, 0.04)} M ${at(0, 0.36)} L ${at(0, -0.38)} M ${at(0.36, 0.36)} L ${at(0.36, -0.14)}`,
  }[s.tone];
  return {
    disc: { cx: r1(s.cx), cy: r1(s.cy), r: r1(r), fill: TONE_FILL[s.tone] },
    strokes,
    strokeWidth: r1(r * 0.2),
    dots: s.tone === "behind" ? [{ cx: r1(s.cx), cy: r1(s.cy + 0.4 * r), r: r1(r * 0.12) }] : [],
  };
}

function symbolSvg(s: SocialSymbol): string {
  const { disc, strokes, strokeWidth, dots } = symbolShapes(s);
  return [
    `<circle cx="${disc.cx}" cy="${disc.cy}" r="${disc.r}" fill="${disc.fill}"/>`,
    `<path d="${strokes}" stroke="#ffffff" stroke-width="${strokeWidth}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`,
    ...dots.map((d) => `<circle cx="${d.cx}" cy="${d.cy}" r="${d.r}" fill="#ffffff"/>`),
  ].join("");
}

/** The image as SVG source, with its text alternative as <title> and <desc>. */
export function socialSvg(h: SocialHeadline, format: SocialFormat): string {
  const layout = socialLayout(h, format);
  const { width, height } = layout;
  const text = layout.lines
    .map(
      (l) =>
        `<text x="${r1(l.x)}" y="${r1(l.y)}" font-size="${l.size}" font-weight="${l.weight === "bold" ? 700 : 400}" fill="${l.fill}">${escapeXml(l.text)}</text>`,
    )
    .join("\n");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t d" font-family="${SOCIAL_FONT_FAMILY}">`,
    `<title id="t">${escapeXml(h.title)}</title>`,
    `<desc id="d">${escapeXml(socialAltText(h).trim())}</desc>`,
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    `<rect width="${width}" height="${BAND}" fill="${ACCENT}"/>`,
    ...layout.symbols.map(symbolSvg),
    text,
    "</svg>",
    "",
  ].join("\n");
}

/** Width in px a placed line takes, measured as the wrap did. */
export function lineWidth(l: TextLine): number {
  return textWidth(l.text, l.size, l.weight);
}
