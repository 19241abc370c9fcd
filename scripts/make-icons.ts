/**
 * Draws the add-in's icons into assets/ (run: `npx tsx scripts/make-icons.ts`).
 *
 * Every motif is a Linköping-blue rounded square with a white symbol, laid out
 * on a 16-unit design grid so the tile and the bars land on whole pixels at 16, 32, 64,
 * 80 and 128 px. Each pixel is supersampled on an 8×8 grid for smooth edges.
 * The output is deterministic: same script, same bytes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";

type Rgb = readonly [number, number, number];
/** A shape as an inside-test in design units (0..16 across the icon). */
type Shape = (x: number, y: number) => boolean;
type Layer = { readonly color: Rgb; readonly shape: Shape };
/** A motif may add detail only where the icon is large enough to show it. */
type Motif = (size: number) => Layer[];

// Local bindings: the render loop runs millions of times and global lookups are slow under jest's vm.
const { abs, cos, hypot, max, min, PI, round } = Math;

const BLUE: Rgb = [0x00, 0x5a, 0xa0]; // Linköping blue #005AA0
const WHITE: Rgb = [0xff, 0xff, 0xff];
const GRID = 16;
const SUPERSAMPLE = 8;

/** Ribbon 16/32/80 and IconUrl 32/64 (manifest.xml), plus 128 for listings and docs. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = max(x0 + r - x, 0, x - (x1 - r));
    const dy = max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = max(0, min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/** A polyline drawn with round caps and joins. */
function stroke(points: ReadonlyArray<readonly [number, number]>, width: number): Shape {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      if (distanceToSegment(x, y, a[0], a[1], b[0], b[1]) <= width / 2) return true;
    }
    return false;
  };
}

/** A heraldic shield: straight sides down to `shoulder`, then curving in to a pointed tip. */
function shield(left: number, right: number, top: number, shoulder: number, tip: number): Shape {
  const cx = (left + right) / 2;
  const half = (right - left) / 2;
  return (x, y) => {
    if (y < top || y > tip) return false;
    if (y <= shoulder) return abs(x - cx) <= half;
    const t = (y - shoulder) / (tip - shoulder);
    return abs(x - cx) <= half * cos((t * PI) / 2);
  };
}

const tile: Layer = { color: BLUE, shape: roundedRect(1, 1, 15, 15, 3) };

const motifs: Record<string, Motif> = {
  // The add-in itself and the "Öppna panelen" button: a shield (safety) with a check.
  icon: (size) => [
    tile,
    { color: WHITE, shape: shield(4, 12, 3, 7.5, 13.5) },
    ...(size >= 32 ? [{ color: BLUE, shape: stroke([[5.9, 7.9], [7.5, 9.5], [10.1, 6.1]], 1.3) }] : []),
  ],
  // "Kontrollera": a bold check mark.
  check: () => [tile, { color: WHITE, shape: stroke([[4, 8.5], [7, 11.5], [12, 5]], 2) }],
  // "Tertialrapport": three rising bars on a baseline.
  report: () => [
    tile,
    { color: WHITE, shape: roundedRect(4, 9, 6, 12, 0.25) },
    { color: WHITE, shape: roundedRect(7, 6, 9, 12, 0.25) },
    { color: WHITE, shape: roundedRect(10, 4, 12, 12, 0.25) },
  ],
};

/** Renders one motif at `size` px; painter's order per subsample, averaged premultiplied. */
function render(motif: Motif, size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const layers = motif(size);
  const scale = GRID / size;
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          let hit: Rgb | undefined;
          for (const layer of layers) if (layer.shape(x, y)) hit = layer.color;
          if (hit) { r += hit[0]; g += hit[1]; b += hit[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? round(r / a) : 0;
      png.data[i + 1] = a ? round(g / a) : 0;
      png.data[i + 2] = a ? round(b / a) : 0;
      png.data[i + 3] = round((255 * a) / samples);
    }
  }
  return png;
}

/** Every file the script draws, by name (deterministic: same script, same pixels). */
export function drawIcons(): Array<{ readonly file: string; readonly png: PNG }> {
  const out: Array<{ file: string; png: PNG }> = [];
  for (const [name, motif] of Object.entries(motifs)) {
    for (const size of ICON_SIZES) out.push({ file: `${name}-${size}.png`, png: render(motif, size) });
  }
  // A larger logo for the docs and the store listing.
  out.push({ file: "logo-filled.png", png: render(motifs.icon!, 300) });
  return out;
}

function main(): void {
  const dir = resolve(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const { file, png } of drawIcons()) {
    writeFileSync(join(dir, file), PNG.sync.write(png, { colorType: 6 }));
    console.log(`assets/${file} ${png.width}×${png.height}`);
  }
}

// Draw only when run as a script, so tests can import drawIcons().
if (require.main === module) main();
