import { existsSync } from 'node:fs';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

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

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath() ?? undefined,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface GamePage {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/** Opens the game in a fresh context (empty storage) and records what would tell of a problem. */
export async function openGame(
  browser: Browser,
  options: BrowserContextOptions = {},
  query = '',
): Promise<GamePage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'fr-FR',
    ...options,
  });
  const page = await context.newPage();
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
  await page.goto(`${inject('baseUrl')}${query}`);
  await waitForScene(page, 'title');
  return { page, problems, requests };
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset.scene === s, scene, { timeout: 20_000 });
}

/** The accessible name of the focused element. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
  });
}

/** Moves focus with Tab, as a keyboard user would, until the named control has it; then presses Enter. */
export async function activateByKeyboard(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (name.test(await focusedName(page))) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(
    `No control named ${name} could be reached with Tab (focus is on "${await focusedName(page)}").`,
  );
}
