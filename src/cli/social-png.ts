/**
 * The social-media images as PNG, for `pledge publish`: the core's SVGs
 * (src/core/publish/social-svg.ts) rasterised by resvg (@resvg/resvg-wasm:
 * WebAssembly, one build for every platform) with the bundled Atkinson
 * Hyperlegible TTFs and no system fonts, so every machine writes the same
 * pixels. The .wasm and the fonts are read from node_modules where they were
 * installed (the CLI bundle does not inline them: see tests/cli/bundle.test.ts).
 */
import { readFile } from "node:fs/promises";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { socialAltText, socialHeadline, type SocialOptions, type SocialReportModel } from "../core/publish/social";
import { SOCIAL_FONT_FAMILY, SOCIAL_FORMATS, socialSvg, type SocialFormat } from "../core/publish/social-svg";

export const WASM_MODULE = "@resvg/resvg-wasm/index_bg.wasm";
export const FONT_MODULES = [
  "@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf",
  "@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf",
] as const;

export interface SocialInput extends SocialOptions {
  /** The report the images tell of (tertialReportModel or finalReportModel). */
  model: SocialReportModel;
}

export interface SocialImages {
  /** bild-1080x1080.png */
  square: Uint8Array;
  /** bild-1200x675.png */
  wide: Uint8Array;
  /** bildtext.txt: the images' text alternative. */
  bildtext: string;
}

let ready: Promise<Uint8Array[]> | null = null;

/** resvg's WebAssembly started once per process, and the two font files read once. */
function rasteriser(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    const [wasm, ...fonts] = await Promise.all([WASM_MODULE, ...FONT_MODULES].map((m) => readFile(require.resolve(m))));
    await initWasm(wasm!);
    return fonts.map((f) => new Uint8Array(f));
  })();
  ready.catch(() => {
    ready = null;
  });
  return ready;
}

/** One SVG as PNG at its own size, with only the bundled fonts. */
export async function rasterise(svg: string): Promise<Uint8Array> {
  const fontBuffers = await rasteriser();
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: SOCIAL_FONT_FAMILY, sansSerifFamily: SOCIAL_FONT_FAMILY },
    fitTo: { mode: "original" },
    textRendering: 1,
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** Both images and their text alternative, from the report model and `Minsta antal att visa`. */
export async function socialImages(input: SocialInput): Promise<SocialImages> {
  const headline = socialHeadline(input.model, input);
  const png = (format: SocialFormat) => rasterise(socialSvg(headline, format));
  const [square, wide] = await Promise.all([png("square"), png("wide")]);
  return { square: square!, wide: wide!, bildtext: socialAltText(headline) };
}

/** The file names `pledge publish` writes the images under. */
export const SOCIAL_FILES = { square: SOCIAL_FORMATS.square.file, wide: SOCIAL_FORMATS.wide.file, bildtext: "bildtext.txt" } as const;
