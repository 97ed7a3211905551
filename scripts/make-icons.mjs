// Draws Spotter's app icons as PNG files from the same shapes as packages/web/public/icon.svg (a rounded square and
// the stroked spine), with nothing but Node: each pixel's coverage is sampled 4 x 4 against the shapes' distance
// functions, and the PNG is written with node:zlib. Run `npm run icons` after changing the design; the PNGs are
// committed, so builds do not depend on this script.
//   icon-192.png, icon-512.png   purpose "any": the rounded square on a transparent ground
//   icon-maskable-512.png        purpose "maskable": full-bleed ground, the mark inside the 80% safe circle
//   apple-touch-icon.png         180 x 180, full-bleed (iOS rounds the corners itself)
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "web", "public");

const GROUND = [0x1f, 0x5f, 0x5b];
const MARK = [0xf4, 0xf1, 0xea];
// The spine, in the SVG's 512-unit space: segments drawn with a 34-unit round-capped stroke.
const SEGMENTS = [
  [256, 110, 256, 402],
  [196, 160, 316, 160],
  [186, 226, 326, 226],
  [196, 292, 316, 292],
  [212, 352, 300, 352],
];
const HALF_STROKE = 17;

function segmentDistance(px, py, [ax, ay, bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 512 - radius);
  const cy = Math.min(Math.max(y, radius), 512 - radius);
  return x >= 0 && x <= 512 && y >= 0 && y <= 512 && Math.hypot(x - cx, y - cy) <= radius;
}

/** RGBA pixels of one icon. `radius` 0 fills the square; `scale` shrinks the mark about the centre. */
function draw(size, { radius, scale }) {
  const px = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let ground = 0;
      let mark = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const ux = ((x + (sx + 0.5) / n) / size) * 512;
          const uy = ((y + (sy + 0.5) / n) / size) * 512;
          if (!inRoundedSquare(ux, uy, radius)) continue;
          ground += 1;
          const mx = 256 + (ux - 256) / scale;
          const my = 256 + (uy - 256) / scale;
          if (SEGMENTS.some((s) => segmentDistance(mx, my, s) <= HALF_STROKE)) mark += 1;
        }
      }
      const i = (y * size + x) * 4;
      const a = ground / (n * n);
      const m = ground ? mark / ground : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(GROUND[c] * (1 - m) + MARK[c] * m);
      px[i + 3] = Math.round(a * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `size` x `size` pixels. */
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ["icon-192.png", 192, { radius: 112, scale: 1 }],
  ["icon-512.png", 512, { radius: 112, scale: 1 }],
  ["icon-maskable-512.png", 512, { radius: 0, scale: 0.8 }],
  ["apple-touch-icon.png", 180, { radius: 0, scale: 0.9 }],
];

for (const [name, size, opts] of ICONS) {
  writeFileSync(join(out, name), png(size, draw(size, opts)));
  console.log(`wrote ${name} (${size} x ${size})`);
}
