/**
 * Packs the Lucide icons the game uses into one atlas, drawn in white so that Phaser can tint them to any
 * colour of the palette: one request and one decode at start-up instead of one per icon. The atlas is
 * drawn as SVG, then rasterised to PNG by Chromium (a PNG reaches the GPU far faster than an SVG at
 * start-up). Run with `npm run assets:icons` (needs Chromium, as the end-to-end tests do); the output
 * is committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICON_CELL, ICON_COLUMNS, ICON_NAMES } from '../src/ui/iconNames.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The inner shapes of a Lucide icon, and whether it should be filled (the "-filled" variants). */
function shapes(name: string): { body: string; filled: boolean } {
  const filled = name.endsWith('-filled');
  const file = join(root, 'node_modules', 'lucide-static', 'icons', `${name.replace(/-filled$/, '')}.svg`);
  const svg = readFileSync(file, 'utf8');
  const body = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>')).trim();
  return { body, filled };
}

const rows = Math.ceil(ICON_NAMES.length / ICON_COLUMNS);
const cells = ICON_NAMES.map((name, i) => {
  const { body, filled } = shapes(name);
  const x = (i % ICON_COLUMNS) * ICON_CELL;
  const y = Math.floor(i / ICON_COLUMNS) * ICON_CELL;
  const fill = filled ? '#ffffff' : 'none';
  return `<svg x="${x}" y="${y}" width="${ICON_CELL}" height="${ICON_CELL}" viewBox="0 0 24 24" fill="${fill}" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><!-- ${name} -->${body}</svg>`;
});
const width = ICON_COLUMNS * ICON_CELL;
const height = rows * ICON_CELL;
const atlas = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n<!-- Lucide icons (lucide-static), ISC licence -->\n${cells.join('\n')}\n</svg>\n`;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width, height } });
await page.setContent(`<html><body style="margin:0;background:transparent">${atlas}</body></html>`);
const png = await page.locator('svg').first().screenshot({ omitBackground: true });
await browser.close();
mkdirSync(join(root, 'assets', 'icons'), { recursive: true });
writeFileSync(join(root, 'assets', 'icons', 'atlas.png'), png);
console.log(
  `${ICON_NAMES.length} icons packed into assets/icons/atlas.png (${width}×${height}, ${png.length} bytes)`,
);
