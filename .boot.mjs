import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--enable-unsafe-swiftshader'] });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 150 * 1024, uploadThroughput: 100000 });
page.goto('http://localhost:4174/').catch(() => {});
for (const ms of [300, 600, 900, 1200]) { await page.waitForTimeout(300); await page.screenshot({ path: `/tmp/owner-shots/boot-${ms}.png` }); console.log(ms, await page.evaluate(() => [document.getElementById('boot-progress')?.value, document.body.dataset.scene]).catch(e => e.message)); }
await browser.close();
