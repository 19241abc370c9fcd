/**
 * The social-media images painted in the pane (Rapport → Spara bilder): the
 * core's layout (src/core/publish/social-svg.ts, the same lines and symbols
 * the CLI's PNGs are made from) drawn on a canvas with the bundled Atkinson
 * Hyperlegible, loaded as FontFaces from the add-in's own origin.
 *
 * Why a canvas and not resvg's WebAssembly (what `pledge publish` uses): the
 * pane's CSP has script-src 'self', under which Chromium-based WebView2
 * refuses to compile WebAssembly unless the CSP adds 'wasm-unsafe-eval'
 * (older WKWebViews on the Mac do not know that keyword at all), and the
 * .wasm is 2.4 MB. Drawing the SVG as an <img> instead would need blob: or
 * data: in img-src and cannot load fonts. The 2D canvas, FontFace and
 * Path2D are in every webview Office uses; nothing but text and paths is
 * drawn, so the canvas is never tainted and toBlob always works. The pixels
 * differ from resvg's by antialiasing only: the text, its places and sizes
 * are the core's.
 */
import type { SocialHeadline } from "../core/publish/social";
import { SOCIAL_COLOURS, SOCIAL_FONT_FAMILY, socialLayout, symbolShapes, type SocialFormat } from "../core/publish/social-svg";

const FONT_URLS = [
  ["400", new URL("@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf", import.meta.url)],
  ["700", new URL("@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf", import.meta.url)],
] as const;

let fonts: Promise<void> | null = null;

/** Both weights loaded and added to the document once; a failed load is tried again next time. */
function loadFonts(): Promise<void> {
  fonts ??= Promise.all(
    FONT_URLS.map(async ([weight, url]) => {
      const face = new FontFace(SOCIAL_FONT_FAMILY, `url(${url.href})`, { weight });
      await face.load();
      document.fonts.add(face);
    }),
  ).then(() => undefined);
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

/** One image as PNG. */
export async function paintSocialImage(headline: SocialHeadline, format: SocialFormat): Promise<Blob> {
  await loadFonts();
  const layout = socialLayout(headline, format);
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2d");
  ctx.fillStyle = SOCIAL_COLOURS.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.fillStyle = SOCIAL_COLOURS.band;
  ctx.fillRect(0, 0, layout.width, SOCIAL_COLOURS.bandHeight);
  for (const symbol of layout.symbols) {
    const { disc, strokes, strokeWidth, dots } = symbolShapes(symbol);
    ctx.fillStyle = disc.fill;
    ctx.beginPath();
    ctx.arc(disc.cx, disc.cy, disc.r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = strokeWidth;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.stroke(new Path2D(strokes));
    ctx.fillStyle = "#ffffff";
    for (const d of dots) {
      ctx.beginPath();
      ctx.arc(d.cx, d.cy, d.r, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  for (const line of layout.lines) {
    ctx.font = `${line.weight === "bold" ? 700 : 400} ${line.size}px "${SOCIAL_FONT_FAMILY}"`;
    ctx.fillStyle = line.fill;
    ctx.fillText(line.text, line.x, line.y);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob"))), "image/png"));
}
