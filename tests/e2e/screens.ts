import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DrawnReport } from '../../src/ui/drawnReport.ts';
import { shapeProblems, type TwinBox } from './shapeChecks.ts';
import { scaled, until } from './timing.ts';
import type { TweensWindow } from './tweens.ts';

/** Where the screenshots of every scene go, for people to look at (test output, not committed). */
export const SCREENS_DIR = 'test-results/screens';

/**
 * The shapes every scene is captured and checked at: the reference screen, the portrait totem, phones upright
 * (the common one and the smallest), a phone sideways and a tablet.
 */
export const SHAPES = [
  { width: 1280, height: 720 },
  { width: 1080, height: 1920 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 360, height: 640 },
  { width: 768, height: 1024 },
] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface PedagoWindow {
  pedago: { game: { scale: { width: number; height: number } }; drawn: () => DrawnReport };
}

/**
 * Waits until the game is laid out for the window it has now: the canvas covers the window (the game took
 * its new size), the scene asked for is running again, its controls are in the DOM, and two frames are drawn.
 */
async function settle(page: Page, scene: string): Promise<void> {
  const size = page.viewportSize();
  await until(
    `the ${scene} screen laid out for ${size?.width}×${size?.height}`,
    () =>
      page.evaluate((s) => {
        const canvas = document.querySelector('#game canvas')?.getBoundingClientRect();
        const covers =
          !!canvas && Math.abs(canvas.width - innerWidth) <= 2 && Math.abs(canvas.height - innerHeight) <= 2;
        return covers && document.body.dataset.scene === s && !!document.querySelector('#ui-layer h1');
      }, scene),
    (ready) => expect(ready).toBe(true),
  );
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 120)))),
  );
}

/** What the kit drew, and where each control's twin takes touches (its ::before surround at a kiosk). */
type Measured = { report: DrawnReport; twins: TwinBox[]; kiosk: boolean };

/**
 * Measured at a still moment: a live stream brings a message every few seconds, and a bubble caught mid-slide
 * would overlap the one it pushes up. So the read waits until no tween plays, within the same evaluation.
 */
async function measure(page: Page): Promise<Measured> {
  // A screen that never stands still (the kiosk's attract loop) is measured as it is after a few seconds.
  const deadline = Date.now() + scaled(4000);
  for (;;) {
    const m = await measureIfStill(page, Date.now() < deadline);
    if (m) return m;
    await page.waitForTimeout(50);
  }
}

function measureIfStill(page: Page, waitForStill: boolean): Promise<Measured | null> {
  return page.evaluate((wait) => {
    const game = (window as unknown as TweensWindow).pedago.game;
    const moving = game.scene.getScenes(true).some((s) => s.tweens.getTweens().some((t) => t.isPlaying()));
    if (wait && moving) return null;
    const drawn = (window as unknown as PedagoWindow).pedago.drawn();
    const kiosk = document.documentElement.classList.contains('kiosk');
    // With a modal open, what is behind it is veiled and inert: only the modal (drawn on top) is checked.
    const modal = document.querySelector<HTMLElement>('#ui-layer [aria-modal="true"]');
    const top = Math.max(
      0,
      ...drawn.texts.map((t) => t.depth ?? 0),
      ...drawn.controls.map((c) => c.depth ?? 0),
    );
    const report = modal
      ? {
          ...drawn,
          texts: drawn.texts.filter((t) => (t.depth ?? 0) === top),
          controls: drawn.controls.filter((c) => (c.depth ?? 0) === top),
        }
      : drawn;
    const twins = [
      ...document.querySelectorAll<HTMLElement>('#ui-layer button, #ui-layer input, #ui-layer textarea'),
    ]
      .filter((el) => !modal || modal.contains(el))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const box = { x: r.left, y: r.top, w: r.width, h: r.height };
        const before = getComputedStyle(el, '::before');
        const out = (side: string) => Math.max(0, -(Number.parseFloat(side) || 0));
        const hit =
          before.content && before.content !== 'none' && before.position === 'absolute'
            ? {
                x: box.x - out(before.left),
                y: box.y - out(before.top),
                w: box.w + out(before.left) + out(before.right),
                h: box.h + out(before.top) + out(before.bottom),
              }
            : box;
        return { key: el.dataset.key ?? el.getAttribute('aria-label') ?? el.textContent ?? '', box, hit };
      });
    return { report, twins, kiosk };
  }, waitForStill);
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
 * Writes the current scene at every shape (only 1280×720 when `everyShape` is false) and checks each: axe on
 * its DOM layer, the sizes, overlaps and twins of what is drawn (shapeChecks.ts), and sound captions over
 * controls. Returns what was found, prefixed with the scene's name and the shape.
 */
export async function captureScene(page: Page, name: string, everyShape = true): Promise<string[]> {
  const before = page.viewportSize();
  const scene = await page.evaluate(() => document.body.dataset.scene ?? '');
  const found: string[] = [];
  for (const size of everyShape ? SHAPES : SHAPES.slice(0, 1)) {
    await page.setViewportSize(size);
    found.push(...(await checkHere(page, name)));
  }
  if (before) await page.setViewportSize(before);
  await settle(page, scene);
  return found;
}

/**
 * Writes the current scene at the window's present shape and checks it as `captureScene` does (a phone's
 * whole run is checked this way, screen by screen, without turning it).
 */
export async function checkHere(page: Page, name: string): Promise<string[]> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const size = page.viewportSize() ?? { width: 0, height: 0 };
  await settle(page, await page.evaluate(() => document.body.dataset.scene ?? ''));
  await page.screenshot({ path: `${SCREENS_DIR}/${name}-${size.width}x${size.height}.png` });
  const { report, twins, kiosk } = await measure(page);
  const problems = [
    ...shapeProblems(report, twins, kiosk),
    ...(await axeProblems(page)),
    ...(await captionOverControls(page)),
  ];
  return problems.map((p) => `${name} ${size.width}×${size.height}: ${p}`);
}
