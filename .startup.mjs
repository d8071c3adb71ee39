import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromiumFlags.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
for (let run = 0; run < 3; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(process.env.URL ?? 'http://localhost:4174/');
  await page.waitForFunction(() => window.__titleShown && document.querySelector('#ui-layer button'), undefined, { polling: 'raf' });
  const r = await page.evaluate(() => ({
    shown: Math.round(window.__titleShown),
    res: performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 28).padEnd(28)} ${Math.round(e.startTime)}→${Math.round(e.responseEnd)}`),
    marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`),
    nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return `dcl ${Math.round(n.domContentLoadedEventEnd)} load ${Math.round(n.loadEventEnd)}`; })(),
  }));
  console.log(JSON.stringify(r, null, 1));
  await ctx.close();
}
await browser.close();
