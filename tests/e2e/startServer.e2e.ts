import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGame } from '../../scripts/serveGame.ts';

const DIST = process.env.E2E_DIST || 'dist';

/** One answer as it crosses the wire: its headers and its bytes, not decompressed. */
function fetchRaw(url: string, gzip: boolean): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: gzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('the server of npm start', () => {
  let server: PreviewServer;
  let base = '';
  beforeAll(async () => {
    server = await serveGame({ outDir: DIST, host: '127.0.0.1', port: 0, logLevel: 'silent' });
    base = server.resolvedUrls?.local[0] ?? '';
    if (!base) throw new Error('npm start’s server gave no address.');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sends the game’s code compressed to a browser that takes gzip, with the security headers', async () => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    const entry = html.match(/src="\.\/(assets\/[^"]+\.js)"/)?.[1];
    if (!entry) throw new Error('index.html names no script');
    const file = readFileSync(`${DIST}/${entry}`);

    const zipped = await fetchRaw(`${base}${entry}`, true);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['x-content-type-options']).toBe('nosniff');
    expect(zipped.body.length).toBeLessThan(file.length / 2);
    expect(gunzipSync(zipped.body).equals(file)).toBe(true);

    // A client that does not say it takes gzip gets the file as it is.
    const plain = await fetchRaw(`${base}${entry}`, false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
  });

  it('sends music as it is: an MP3 is compressed already', async () => {
    const html = await fetchRaw(base, true);
    expect(html.headers['content-encoding']).toBe('gzip');
    const mp3 = readFileSync(`${DIST}/sw.js`, 'utf8').match(/assets\/music-[^"']+\.mp3/)?.[0];
    if (!mp3) throw new Error('the service worker names no music');
    const music = await fetchRaw(`${base}${mp3}`, true);
    expect(music.headers['content-encoding']).toBeUndefined();
    expect(music.body.equals(readFileSync(`${DIST}/${mp3}`))).toBe(true);
  });
});
