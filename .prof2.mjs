import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './scripts/chromiumFlags.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto('http://localhost:4175/');
await page.waitForFunction(() => window.__titleShown && document.querySelector('#ui-layer button'), undefined, { polling: 'raf' });
const info = await page.evaluate(() => ({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]), shown: window.__titleShown }));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackOf = (id) => { const s = []; let cur = id; while (cur !== undefined) { const n = byId.get(cur); const f = n.callFrame; if (f.functionName || f.url) s.push(`${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`); cur = parent.get(cur); } return s; };
// profile.startTime in µs, monotonic; map to performance.now via first mark? use timeOrigin: CDP timestamps are in µs since boot (monotonic). We align using the shown mark approx: print relative times.
let t = profile.startTime;
const buckets = new Map();
profile.samples.forEach((id, i) => { t += profile.timeDeltas[i]; const ms = Math.floor((t - profile.startTime) / 1000 / 20) * 20; const st = stackOf(id); const top = st.slice(0, 3).join(' < ') || byId.get(id).callFrame.functionName; const b = buckets.get(ms) ?? new Map(); b.set(top, (b.get(top) ?? 0) + profile.timeDeltas[i] / 1000); buckets.set(ms, b); });
console.log(JSON.stringify(info.marks), 'shown', Math.round(info.shown));
for (const [ms, b] of [...buckets].sort((a, b) => a[0] - b[0])) { const tops = [...b].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, v]) => `${v.toFixed(0)}ms ${k.slice(0, 110)}`); console.log(String(ms).padStart(5), tops.join(' | ')); }
await browser.close();
