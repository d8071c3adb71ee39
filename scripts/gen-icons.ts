/**
 * Copies the Lucide icons the game uses into assets/icons, drawn in white so that Phaser can tint them
 * to any colour of the palette. Run with `npm run assets:icons`; the outputs are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ICONS = [
  'arrow-left',
  'arrow-right',
  'blend',
  'briefcase',
  'building-2',
  'check',
  'circle-check',
  'circle-x',
  'clock',
  'gamepad-2',
  'graduation-cap',
  'info',
  'languages',
  'layout-template',
  'lightbulb',
  'monitor-play',
  'package',
  'play',
  'presentation',
  'rotate-ccw',
  'school',
  'settings',
  'star',
  'target',
  'triangle-alert',
  'user',
  'users',
  'volume-2',
  'volume-x',
  'wallet',
  'wrench',
  'x',
] as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'assets', 'icons');
mkdirSync(out, { recursive: true });
for (const name of ICONS) {
  const svg = readFileSync(join(root, 'node_modules', 'lucide-static', 'icons', `${name}.svg`), 'utf8')
    .replace(/<!--.*?-->\s*/s, '')
    .replace(/class="[^"]*"\s*/, '')
    .replace('stroke="currentColor"', 'stroke="#ffffff"')
    .replace(/width="24"/, 'width="64"')
    .replace(/height="24"/, 'height="64"');
  writeFileSync(join(out, `${name}.svg`), svg);
  if (name === 'star')
    writeFileSync(join(out, 'star-filled.svg'), svg.replace('fill="none"', 'fill="#ffffff"'));
}
console.log(`${ICONS.length + 1} icons written to assets/icons (Lucide, ISC licence)`);
