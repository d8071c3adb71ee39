import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromiumFlags.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const agg = new Map();
let total = 0;
for (let run = 0; run < 4; run++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(process.env.URL ?? 'http://localhost:4175/');
  await page.waitForFunction(() => window.__titleShown && document.querySelector('#ui-layer button'), undefined, { polling: 'raf' });
  const shown = await page.evaluate(() => window.__titleShown);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const n of profile.nodes) {
    const t = (dt.get(n.id) ?? 0) / 1000;
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + t);
    total += t;
  }
  console.log('shown', Math.round(shown));
  await ctx.close();
}
const top = [...agg].sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, v] of top) console.log((v / 4).toFixed(1).padStart(7), k);
await browser.close();
