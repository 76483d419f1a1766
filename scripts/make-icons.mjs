// Draws the Teams app icons (manifest/color.png 192×192, manifest/outline.png 32×32) as PNG files
// with Node's own zlib: a speech bubble with three dots. Run once when the design changes:
//   node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** Encodes RGBA pixels (from `pixel(x, y)`) as a PNG. */
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The shape, in a unit square: a rounded bubble with a tail, and three dots cut out of it. */
function shape(u, v) {
  const inBubble = (() => {
    const [x0, y0, x1, y1, r] = [0.14, 0.2, 0.86, 0.7, 0.12];
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  })();
  const inTail = v >= 0.68 && v <= 0.86 && u >= 0.26 && u <= 0.26 + (0.86 - v) * 1.1;
  const inDot = [0.32, 0.5, 0.68].some((cx) => (u - cx) ** 2 + (v - 0.45) ** 2 <= 0.06 ** 2);
  return (inBubble || inTail) && !inDot;
}

const PURPLE = [0x46, 0x47, 0x75, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

writeFileSync(
  new URL('../manifest/color.png', import.meta.url),
  png(192, (x, y) => (shape(x / 192, y / 192) ? WHITE : PURPLE)),
);
writeFileSync(
  new URL('../manifest/outline.png', import.meta.url),
  png(32, (x, y) => (shape(x / 32, y / 32) ? WHITE : CLEAR)),
);
