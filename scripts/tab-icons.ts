/**
 * The tab bar's icons: `npx tsx scripts/tab-icons.ts` draws each line icon (SVG below) in Chromium at 56×56
 * in the tab bar's two colours and writes client/src/assets/tab/<name>.png and
 * <name>-on.png. Run once after changing an icon and commit the PNGs; the build only copies them.
 *
 * They count toward the weapp main package (budget 600 KB), so each is a palette PNG of one colour with 4
 * levels of transparency (2 bits a pixel, about 300–450 bytes) rather than Chromium's 32-bit screenshot.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/support/browser';

// 56 rather than the recommended 81: fewer bytes in the main package (budget), still clear at 27 pt.
const SIZE = 56;
const OUT = join(__dirname, '..', 'client', 'src', 'assets', 'tab');
/** app.config.ts tabBar: color and selectedColor. */
const COLORS = { off: '#5b6270', on: '#1f5fbf' } as const;

const ICONS: Record<string, string> = {
  // 首页: a house
  home: '<path d="M3 10.8 12 3.5l9 7.3"/><path d="M5.5 9.2V20h4.8v-5.6h3.4V20h4.8V9.2"/>',
  // 政策: an open book
  policy:
    '<path d="M3.5 5.6c2.9-1.5 5.7-1.5 8.5 0v14c-2.8-1.5-5.6-1.5-8.5 0z"/><path d="M20.5 5.6c-2.9-1.5-5.7-1.5-8.5 0v14c2.8-1.5 5.6-1.5 8.5 0z"/>',
  // 自测: a clipboard with a tick
  check: '<rect x="5" y="4.5" width="14" height="16.5" rx="2"/><path d="M9 3h6v3.2H9z"/><path d="m8.6 13.2 2.5 2.5 4.4-4.8"/>',
  // 办事: a briefcase
  work: '<rect x="3" y="7.2" width="18" height="12.8" rx="2"/><path d="M8.8 7.2V4.8h6.4v2.4"/><path d="M3 12.6h18"/><path d="M10.6 12.6v1.8h2.8v-1.8"/>',
  // 我的: a person
  me: '<circle cx="12" cy="8" r="4"/><path d="M4.2 21c0-4.3 3.5-7 7.8-7s7.8 2.7 7.8 7"/>',
};

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return c ^ 0xffffffff;
}

/** One colour, 4 alpha levels: a 2-bit palette PNG (WeChat shows it at a third of its size, which smooths the edges). */
function palettePng(rgba: Buffer, width: number, height: number, hex: string): Buffer {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const levels = 4;
  const perByte = 4;
  const plte = Buffer.alloc(levels * 3);
  const trns = Buffer.alloc(levels);
  for (let i = 0; i < levels; i++) {
    plte.set([r, g, b], i * 3);
    trns[i] = Math.round((i * 255) / (levels - 1));
  }
  const stride = Math.ceil(width / perByte);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const level = Math.round((rgba[(y * width + x) * 4 + 3] * (levels - 1)) / 255);
      const at = y * (stride + 1) + 1 + Math.floor(x / perByte);
      raw[at] |= level << (2 * (perByte - 1 - (x % perByte)));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([2, 3, 0, 0, 0], 8); // bit depth 2, palette, deflate, no filter method choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    chunk('tRNS', trns),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  for (const [name, body] of Object.entries(ICONS)) {
    for (const [state, color] of Object.entries(COLORS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="${state === 'on' ? 2.1 : 1.8}" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
      // Drawn on a canvas: its pixels are read back as they are, transparent background and all.
      const rgba = Buffer.from(
        await page.evaluate(
          async ([markup, size]) => {
            const img = new Image();
            img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
            await img.decode();
            const ctx = document.createElement('canvas').getContext('2d')!;
            ctx.canvas.width = ctx.canvas.height = size;
            ctx.drawImage(img, 0, 0, size, size);
            return Array.from(ctx.getImageData(0, 0, size, size).data);
          },
          [svg, SIZE] as const,
        ),
      );
      const png = palettePng(rgba, SIZE, SIZE, color);
      const file = join(OUT, `${name}${state === 'on' ? '-on' : ''}.png`);
      writeFileSync(file, png);
      console.log(`${file.slice(OUT.length + 1)} ${png.length} B`);
    }
  }
  await browser.close();
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
