/**
 * The social-media images as PNG (src/cli/social-png.ts, resvg with the bundled fonts): their
 * exact sizes, text drawn (not blank, not boxes), nothing drawn into the margins, the same bytes
 * on every run, and the text alternative beside them.
 */
import { PNG } from "pngjs";
import { checkRegister } from "../../src/core/check-register";
import { serialFromYMD } from "../../src/core/date";
import { socialAltText, socialHeadline } from "../../src/core/publish/social";
import { socialLayout } from "../../src/core/publish/social-svg";
import { tertialReportModel } from "../../src/core/report/model/tertial-report-model";
import { demoRegister } from "../../src/demo/demo-register";
import { SOCIAL_FILES, socialImages } from "../../src/cli/social-png";

jest.setTimeout(60_000);

const T3_2025 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const check = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 8)!, tertial: T3_2025 });
const model = tertialReportModel({ register: check.register, findings: check.findings, createdAt: new Date(2026, 0, 8, 10, 0) }, T3_2025);
const ADDRESS = "kommunen.example/medborgarlofte";

const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

/** Pixels of a region: how many are dark (text) and how many colours there are. */
function inspect(img: PNG, x0: number, y0: number, x1: number, y1: number) {
  let dark = 0;
  let notWhite = 0;
  const colours = new Set<number>();
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * img.width + x) * 4;
      const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (0.2126 * r + 0.7152 * g + 0.0722 * b < 100) dark++;
      if (r < 250 || g < 250 || b < 250) notWhite++;
    }
  return { dark, notWhite, colours: colours.size };
}

describe("the social-media images", () => {
  let images: Awaited<ReturnType<typeof socialImages>>;
  beforeAll(async () => {
    images = await socialImages({ model, minCount: 5, address: ADDRESS });
  });

  it("are PNGs of exactly 1080×1080 and 1200×675", () => {
    const square = decode(images.square);
    const wide = decode(images.wide);
    expect([square.width, square.height]).toEqual([1080, 1080]);
    expect([wide.width, wide.height]).toEqual([1200, 675]);
    expect(SOCIAL_FILES).toEqual({ square: "bild-1080x1080.png", wide: "bild-1200x675.png", bildtext: "bildtext.txt" });
  });

  it("draw the text: every line's box holds dark pixels, in many shades (antialiased glyphs, not blank)", () => {
    const headline = socialHeadline(model, { minCount: 5, address: ADDRESS });
    for (const format of ["square", "wide"] as const) {
      const img = decode(format === "square" ? images.square : images.wide);
      expect(inspect(img, 0, 0, img.width, img.height).colours).toBeGreaterThan(100);
      for (const line of socialLayout(headline, format).lines) {
        const box = inspect(
          img,
          Math.floor(line.x),
          Math.floor(line.top),
          Math.min(img.width, Math.ceil(line.x + line.maxWidth)),
          Math.ceil(line.top + line.size * 1.2),
        );
        // At least a few percent of the first em-square's worth of ink per character.
        expect({ line: line.text, dark: box.dark > line.text.length * line.size * 1.5 }).toEqual({ line: line.text, dark: true });
      }
    }
  });

  it("leave the margins empty: no text runs past its box", () => {
    for (const [format, png] of [["square", images.square] as const, ["wide", images.wide] as const]) {
      const img = decode(png);
      const margin = format === "square" ? 72 : 56;
      // Right and bottom margins, less a few pixels of antialiasing; the top band is the image's own.
      expect(inspect(img, img.width - margin + 4, 24, img.width, img.height).notWhite).toBe(0);
      expect(inspect(img, 0, img.height - 24, img.width, img.height).notWhite).toBe(0);
      expect(inspect(img, 0, 24, margin - 4, img.height).notWhite).toBe(0);
    }
  });

  it("are the same bytes on every run (no system fonts, no clock)", async () => {
    const again = await socialImages({ model, minCount: 5, address: ADDRESS });
    expect(Buffer.from(again.square).equals(Buffer.from(images.square))).toBe(true);
    expect(Buffer.from(again.wide).equals(Buffer.from(images.wide))).toBe(true);
  });

  it("come with their text alternative", () => {
    expect(images.bildtext).toBe(socialAltText(socialHeadline(model, { minCount: 5, address: ADDRESS })));
    expect(images.bildtext).toContain(
      "42 aktiviteter, och de rapporterade aktiviteterna (också de som inte genomfördes) hade sammanlagt 627 deltagare",
    );
  });
});
