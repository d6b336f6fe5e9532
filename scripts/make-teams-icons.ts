/**
 * Draws the Teams app icons and writes them as PNG (node:zlib only):
 *
 *   manifests/teams/color.png    192×192, white speech bubble with a check mark on the accent colour
 *   manifests/teams/outline.png   32×32, the same bubble in white on a transparent background
 *
 * Teams requires exactly these sizes, and an outline icon that is white on
 * transparent. The PNGs are committed; rerun after changing the drawing:
 *
 *   npx tsx scripts/make-teams-icons.ts
 *
 * Output is deterministic (tested: the committed files equal a fresh render).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

/** The manifest's accentColor; the colour icon's background. */
export const ACCENT = { r: 0x1f, g: 0x5f, b: 0x8b } as const;

type Rgba = readonly [number, number, number, number];
type Point = readonly [number, number];

// ---- the drawing, in unit coordinates (0..1, y down) ----------------------

const inRoundedRect = (
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): boolean => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const inTriangle = (x: number, y: number, [a, b, c]: readonly [Point, Point, Point]): boolean => {
  const side = (p: Point, q: Point): number =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const nearSegment = (
  x: number,
  y: number,
  [a, b]: readonly [Point, Point],
  halfWidth: number,
): boolean => {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.min(1, Math.max(0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
  return (x - (a[0] + t * dx)) ** 2 + (y - (a[1] + t * dy)) ** 2 <= halfWidth * halfWidth;
};

const inBubble = (x: number, y: number): boolean =>
  inRoundedRect(x, y, 0.16, 0.18, 0.84, 0.7, 0.13) ||
  inTriangle(x, y, [
    [0.28, 0.66],
    [0.26, 0.86],
    [0.47, 0.66],
  ]);

const CHECK: readonly [Point, Point][] = [
  [
    [0.33, 0.44],
    [0.45, 0.56],
  ],
  [
    [0.45, 0.56],
    [0.68, 0.32],
  ],
];
const inCheck = (x: number, y: number, halfWidth: number): boolean =>
  CHECK.some((s) => nearSegment(x, y, s, halfWidth));

/** What a point shows: the colour icon paints the background, the outline icon leaves it transparent. */
function shade(kind: 'color' | 'outline', x: number, y: number): Rgba {
  const accent: Rgba = [ACCENT.r, ACCENT.g, ACCENT.b, 255];
  const white: Rgba = [255, 255, 255, 255];
  const clear: Rgba = [255, 255, 255, 0];
  // The check is drawn thicker at 32 px so it survives the small size.
  const checkHalfWidth = kind === 'color' ? 0.035 : 0.05;
  if (inBubble(x, y))
    return inCheck(x, y, checkHalfWidth) ? (kind === 'color' ? accent : clear) : white;
  if (kind === 'color') return inRoundedRect(x, y, 0, 0, 1, 1, 0.18) ? accent : clear;
  return clear;
}

/** RGBA pixels, 4×4 supersampled so edges are smooth; colour stays pure white/accent, only alpha blends. */
export function renderIcon(kind: 'color' | 'outline', size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = shade(
            kind,
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      // Un-premultiply: the colour of the covered samples, alpha = coverage.
      pixels[i] = a ? Math.round(r / a) : 255;
      pixels[i + 1] = a ? Math.round(g / a) : 255;
      pixels[i + 2] = a ? Math.round(b / a) : 255;
      pixels[i + 3] = Math.round(a / (samples * samples));
    }
  }
  return pixels;
}

// ---- PNG encoding -----------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An 8-bit RGBA, non-interlaced PNG (colour type 6), every row with filter 0. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

export const TEAMS_ICONS = [
  { file: 'color.png', kind: 'color', size: 192 },
  { file: 'outline.png', kind: 'outline', size: 32 },
] as const;

export function makeTeamsIcons(): { file: string; png: Buffer }[] {
  return TEAMS_ICONS.map(({ file, kind, size }) => ({
    file,
    png: encodePng(size, size, renderIcon(kind, size)),
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = new URL('../manifests/teams/', import.meta.url);
  for (const { file, png } of makeTeamsIcons()) {
    writeFileSync(new URL(file, dir), png);
    console.log(`wrote manifests/teams/${file} (${png.length} bytes)`);
  }
}
