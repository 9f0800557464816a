#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80}.png): a blue rounded sheet with a white grid and one red
 * cell, i.e. "a figure flagged in a table". Written with zlib alone so the icons can be regenerated anywhere:
 * `node scripts/make-icons.js`.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const BLUE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const WHITE = [255, 255, 255];
const RED = [209, 52, 56]; // Fluent red #D13438

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

/** RGBA pixel of the icon at (x, y) for an icon of `size` pixels. */
function pixel(x, y, size) {
  const radius = Math.max(2, Math.round(size * 0.16));
  const cx = Math.min(Math.max(x, radius), size - 1 - radius);
  const cy = Math.min(Math.max(y, radius), size - 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius * radius) return [0, 0, 0, 0]; // outside the rounded corners
  const margin = Math.round(size * 0.18);
  const inner = size - 2 * margin;
  const line = Math.max(1, Math.round(size / 24));
  const u = x - margin;
  const v = y - margin;
  if (u < 0 || v < 0 || u >= inner || v >= inner) return [...BLUE, 255];
  const cell = inner / 3;
  const onLine = (t) => [0, 1, 2, 3].some((k) => Math.abs(t - Math.min(k * cell, inner - line)) < line);
  if (onLine(u) || onLine(v)) return [...WHITE, 255];
  if (Math.floor(u / cell) === 2 && Math.floor(v / cell) === 1) return [...RED, 255]; // the flagged cell
  return [...BLUE, 255];
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, '..', 'assets');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) {
  const file = path.join(dir, `icon-${size}.png`);
  fs.writeFileSync(file, png(size));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
