import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Where the screenshots of every scene go, for people to look at (test output, not committed). */
export const SCREENS_DIR = 'test-results/screens';

/**
 * The shapes each scene is captured at: 1280×720 and the 1080×1920 totem; with E2E_FLUID=1 (the game opened
 * with `?fluid`, laid out for every shape) also the phones (upright and sideways), the smallest phone and a
 * tablet.
 */
export const FLUID = process.env.E2E_FLUID === '1';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1080, height: 1920 },
  ...(FLUID
    ? [
        { width: 390, height: 844 },
        { width: 844, height: 390 },
        { width: 360, height: 640 },
        { width: 768, height: 1024 },
      ]
    : []),
] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Lets the layout settle after a change: two frames, then the DOM layer's next sync. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 120)))),
  );
}

/** Serious and critical accessibility problems axe finds in the DOM layer (the part players act on). */
export async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(
      { include: [['#ui-layer'], ['#announcer']] },
      { resultTypes: ['violations'] },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Controls smaller than 44×44 CSS px at 1280×720 (the page must be at that size). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#ui-layer button, #ui-layer input')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(
        ({ el, r }) =>
          `touch target ${Math.round(r.width)}×${Math.round(r.height)}: ${el.dataset.key ?? el.textContent}`,
      ),
  );
}

/** A sound caption on screen that covers a control (captions must find a free spot). */
export async function captionOverControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chip = document.querySelector<HTMLElement>('[data-caption]');
    if (!chip) return [];
    const c = chip.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('#ui-layer button')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 2 && c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom;
      })
      .map((b) => `caption "${chip.textContent}" covers ${b.dataset.key ?? b.textContent}`);
  });
}

/**
 * Writes the current scene at 1280×720 and (unless told not to) in a 1080×1920 portrait kiosk, then checks
 * its DOM layer with axe and its touch targets. Returns what was found, prefixed with the scene's name.
 */
export async function captureScene(page: Page, name: string, portrait = true): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const before = page.viewportSize();
  for (const size of portrait ? SIZES : SIZES.slice(0, 1)) {
    await page.setViewportSize(size);
    await settle(page);
    await page.screenshot({ path: `${SCREENS_DIR}/${name}-${size.width}x${size.height}.png` });
  }
  if (before) await page.setViewportSize(before);
  await settle(page);
  const small = before?.width === 1280 && before.height === 720 ? await smallTargets(page) : [];
  return [...(await axeProblems(page)), ...small, ...(await captionOverControls(page))].map(
    (p) => `${name}: ${p}`,
  );
}
