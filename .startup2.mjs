import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromiumFlags.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const out = { game: [], floor: [] };
for (let run = 0; run < 6; run++) {
  for (const [name, url, probe] of [['game', 'http://localhost:4174/', 'window.__titleShown && document.querySelector("#ui-layer button") ? window.__titleShown : 0'], ['floor', 'http://localhost:4176/', 'window.__firstFrame || 0']]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto(url);
    const h = await page.waitForFunction(probe, undefined, { polling: 'raf' });
    const shown = await h.jsonValue();
    const r = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; const res = performance.getEntriesByType('resource').filter(e => e.name.endsWith('.js')); return { dcl: Math.round(n.domContentLoadedEventEnd), resp: Math.round(n.responseEnd), jsEnd: Math.round(Math.max(...res.map(e => e.responseEnd))), marks: performance.getEntriesByType('mark').map(m => `${m.name}:${Math.round(m.startTime)}`).join(' ') }; });
    out[name].push({ shown: Math.round(shown), ...r });
    await ctx.close();
  }
}
for (const k of ['game', 'floor']) for (const r of out[k]) console.log(k, JSON.stringify(r));
await browser.close();
