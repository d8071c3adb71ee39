/**
 * `npm start`: builds the game when the build is missing or older than its sources, then serves it
 * (scripts/serveGame.ts: compressed, with the security headers) and prints the address. PORT changes the
 * port (default 4173); HOST=0.0.0.0 serves the local network.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { serveGame } from './serveGame.ts';

const SOURCES = ['src', 'levels', 'assets', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newest(join(path, f))), st.mtimeMs);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
const changed = Math.max(...SOURCES.filter(existsSync).map(newest));
if (changed > built) {
  console.log('Building the game…');
  await build({ logLevel: 'warn' });
}
const server = await serveGame({
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 4173),
});
console.log('\nPédago Studio is ready. Open this address in a browser (Ctrl+C to stop):');
server.printUrls();
