import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS } from '../../scripts/chromiumFlags.ts';
import { CPU_THROTTLE, scaled } from './timing.ts';

/** The Chromium to drive: CHROME_PATH, else Debian's. Null when there is none. */
export function chromePath(): string | null {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** Whether the end-to-end tests can run here; without Chromium they are skipped, except in CI where that fails. */
export function browserAvailable(): boolean {
  if (chromePath()) return true;
  if (process.env.CI === 'true')
    throw new Error('CI=true but no Chromium found at CHROME_PATH or /usr/bin/chromium.');
  console.log(
    'End-to-end tests skipped: no Chromium at CHROME_PATH or /usr/bin/chromium (apt-get install chromium).',
  );
  return false;
}

export async function launch(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath() ?? undefined,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

export interface GamePage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/**
 * A blank page in a fresh context (empty storage), its CPU throttled when E2E_CPU_THROTTLE says so (the
 * rate holds across reloads) and Playwright's own waits stretched to match. Every test page comes from here.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'fr-FR',
    ...options,
  });
  context.setDefaultTimeout(scaled(30_000));
  const page = await context.newPage();
  if (CPU_THROTTLE > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  }
  return page;
}

/**
 * Opens the game in a fresh context (empty storage) and records what would tell of a problem. The game is
 * the one the end-to-end setup serves, unless `baseUrl` names another build.
 */
export async function openGame(
  browser: Browser,
  options: BrowserContextOptions = {},
  query = '',
  firstScene = 'title',
  baseUrl = inject('baseUrl'),
): Promise<GamePage> {
  const page = await newPage(browser, options);
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${baseUrl}${query}`);
  await waitForScene(page, firstScene);
  return { page, problems, requests };
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset.scene === s, scene, { timeout: scaled(20_000) });
}

/** The accessible name of the focused element. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
  });
}

export interface Target {
  /** The control's accessible name. */
  name?: RegExp;
  /** Its stable key (data-key), for controls whose names vary. */
  key?: RegExp;
  /** Skip controls that say they are unavailable. */
  enabled?: boolean;
}

async function focusedMatches(page: Page, t: Target): Promise<boolean> {
  return page.evaluate(
    ({ name, key, enabled }) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.closest('#ui-layer')) return false;
      const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
      if (name && !new RegExp(name).test(label)) return false;
      if (key && !new RegExp(key).test(el.dataset.key ?? '')) return false;
      return !(enabled && el.getAttribute('aria-disabled') === 'true');
    },
    { name: t.name?.source, key: t.key?.source, enabled: t.enabled },
  );
}

/** Two frames: a redraw the last action asked for (a scene restart) has happened by then. */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const describe = (t: Target) =>
  [t.name && `name ${t.name}`, t.key && `key ${t.key}`, t.enabled && 'enabled'].filter(Boolean).join(', ');

/** Moves focus with Tab, as a keyboard user would, until a matching control has it; then presses Enter. */
export async function activateByKeyboard(page: Page, target: RegExp | Target): Promise<void> {
  const t = target instanceof RegExp ? { name: target } : target;
  await nextFrames(page);
  for (let i = 0; i < 60; i++) {
    if (await focusedMatches(page, t)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `No control matching ${describe(t)} could be reached with Tab (focus is on "${await focusedName(page)}").`,
  );
}

/** Whether a control matching the target is on screen now. */
export async function present(page: Page, t: Target): Promise<boolean> {
  return page.evaluate(
    ({ name, key, enabled }) =>
      [...document.querySelectorAll<HTMLElement>('#ui-layer button')].some((el) => {
        const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
        if (name && !new RegExp(name).test(label)) return false;
        if (key && !new RegExp(key).test(el.dataset.key ?? '')) return false;
        return !(enabled && el.getAttribute('aria-disabled') === 'true');
      }),
    { name: t.name?.source, key: t.key?.source, enabled: t.enabled },
  );
}

/** The first control on screen matching the target, as the page's element. */
async function findControl(page: Page, target: RegExp | Target) {
  const t = target instanceof RegExp ? { name: target } : target;
  await nextFrames(page);
  const handle = await page.evaluateHandle(
    ({ name, key, enabled }) =>
      [...document.querySelectorAll<HTMLElement>('#ui-layer button')].find((el) => {
        const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
        if (name && !new RegExp(name).test(label)) return false;
        if (key && !new RegExp(key).test(el.dataset.key ?? '')) return false;
        return !(enabled && el.getAttribute('aria-disabled') === 'true');
      }) ?? null,
    { name: t.name?.source, key: t.key?.source, enabled: t.enabled },
  );
  const el = handle.asElement();
  if (!el) throw new Error(`No control on screen matches ${describe(t)}.`);
  return el;
}

/** Clicks, with the mouse, the first control on screen matching the target. */
export async function clickByPointer(page: Page, target: RegExp | Target): Promise<void> {
  await (await findControl(page, target)).click();
}

/** Taps, with a finger (a touch page), the first control on screen matching the target. */
export async function tapByTouch(page: Page, target: RegExp | Target): Promise<void> {
  await (await findControl(page, target)).tap();
}
