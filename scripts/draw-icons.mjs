// Draws the IFO Prognos icons (assets/icon-<size>.png): a rounded square in a deep municipal blue with white columns
// rising to the right and an amber forecast line continuing the trend. Each size has its own layout on the pixel grid
// (not one image scaled), so the 16 px ribbon icon stays crisp. Anti-aliased by 16×16 supersampling per pixel.
// Writes real PNGs (RGBA, 8 bit, zlib, CRC-32) with Node built-ins only.
//
//   node scripts/draw-icons.mjs [--out assets]
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BLUE_TOP = [0x1d, 0x5a, 0x9e]; // a calm municipal blue, lighter at the top …
const BLUE_BOTTOM = [0x0e, 0x35, 0x6b]; // … deeper at the bottom
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xff, 0xc1, 0x3b];

/**
 * Layouts in pixel units (origin top-left, y down). Bars: [x0, x1, yTop] standing on `base` (the actual figures).
 * `forecast`: the amber trend line rising above the bars, dashed ([on, off] in pixels along the line) where there is
 * room; `dot`: the radius of the forecast point at its end.
 */
const LAYOUTS = {
  16: {
    radius: 3,
    base: 14,
    bars: [
      [2, 4, 10],
      [5, 7, 8],
      [8, 10, 6],
    ],
    line: 1.3,
    forecast: [[10.5, 4.5], [13.5, 1.5]],
    dot: 0,
  },
  32: {
    radius: 6,
    base: 27,
    bars: [
      [5, 9, 20],
      [11, 15, 16],
      [17, 21, 12],
    ],
    line: 2,
    forecast: [[6, 16], [26, 4.5]],
    dash: [4.5, 2.5],
    dot: 2.1,
  },
  64: {
    radius: 12,
    base: 53,
    bars: [
      [10, 17, 42],
      [21, 28, 35],
      [32, 39, 28],
      [43, 50, 22],
    ],
    line: 3,
    forecast: [[11, 35], [55, 10]],
    dash: [5, 3],
    dot: 3.6,
  },
  80: {
    radius: 15,
    base: 66,
    bars: [
      [12, 21, 53],
      [26, 35, 44],
      [40, 49, 35],
      [54, 63, 27],
    ],
    line: 3.6,
    forecast: [[13, 44], [69, 12]],
    dash: [6, 3.5],
    dot: 4.4,
  },
  128: {
    radius: 24,
    base: 106,
    bars: [
      [19, 34, 85],
      [42, 57, 70],
      [65, 80, 56],
      [88, 103, 43],
    ],
    line: 5.5,
    forecast: [[21, 71], [111, 19.5]],
    dash: [9.5, 5.5],
    dot: 7,
  },
};

// --- geometry: inside tests in continuous pixel space ------------------------------------------------------------
const insideRoundedSquare = (size, r) => (x, y) => {
  if (x < 0 || y < 0 || x > size || y > size) return false;
  const cx = Math.min(Math.max(x, r), size - r);
  const cy = Math.min(Math.max(y, r), size - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const insideRect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const insideCircle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A thick segment with round caps; `dash` = [on, off] keeps only the "on" stretches (butt ends), measured from the start. */
function insideSegment([ax, ay], [bx, by], width, dash) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = Math.hypot(dx, dy);
  const half = width / 2;
  return (x, y) => {
    const u = ((x - ax) * dx + (y - ay) * dy) / (len * len);
    if (dash) {
      const s = u * len;
      if (s < 0 || s > len) return false;
      if (s % (dash[0] + dash[1]) > dash[0]) return false;
    }
    const t = Math.min(1, Math.max(0, u));
    return (x - (ax + t * dx)) ** 2 + (y - (ay + t * dy)) ** 2 <= half * half;
  };
}

// --- raster ----------------------------------------------------------------------------------------------------
const SS = 16; // samples per axis per pixel

function coverage(inside, px, py) {
  let n = 0;
  for (let j = 0; j < SS; j++) {
    const y = py + (j + 0.5) / SS;
    for (let i = 0; i < SS; i++) if (inside(px + (i + 0.5) / SS, y)) n++;
  }
  return n / (SS * SS);
}

/** Source-over compositing of a colour with coverage `a` onto the RGBA (0..1 floats) pixel. */
function over(px, rgb, a) {
  if (a <= 0) return;
  const outA = a + px[3] * (1 - a);
  for (let c = 0; c < 3; c++) px[c] = (rgb[c] / 255 * a + px[c] * px[3] * (1 - a)) / outA;
  px[3] = outA;
}

export function drawIcon(size) {
  const L = LAYOUTS[size];
  if (!L) throw new Error(`no layout for ${size} px`);
  const layers = [];
  const square = insideRoundedSquare(size, L.radius);
  layers.push({ inside: square, color: (_x, y) => mix(BLUE_TOP, BLUE_BOTTOM, y / size) });
  for (const [x0, x1, top] of L.bars) layers.push({ inside: insideRect(x0, top, x1, L.base), color: () => WHITE });
  layers.push({ inside: insideSegment(L.forecast[0], L.forecast[1], L.line, L.dash), color: () => AMBER });
  if (L.dot > 0) layers.push({ inside: insideCircle(...L.forecast[1], L.dot), color: () => AMBER });

  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = [0, 0, 0, 0];
      for (const layer of layers) {
        // Everything is clipped to the rounded square.
        const a = coverage((sx, sy) => square(sx, sy) && layer.inside(sx, sy), x, y);
        over(px, layer.color(x + 0.5, y + 0.5), a);
      }
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(px[c] * 255);
      rgba[o + 3] = Math.round(px[3] * 255);
    }
  }
  return encodePng(size, size, rgba);
}

const mix = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * Math.min(1, Math.max(0, t))));

// --- PNG -------------------------------------------------------------------------------------------------------
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const ICON_SIZES = Object.keys(LAYOUTS).map(Number);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? resolve(process.argv[i + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(out, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(out, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`${file} (${size}×${size})`);
  }
}
