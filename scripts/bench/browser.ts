import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../chromiumFlags.ts';

export const VIEWPORT = { width: 1280, height: 720 };

/** Thrown when something the benchmark needs is missing, with what to do about it. */
export class Unmeasurable extends Error {}

/** Where Chromium is; checked before anything is built, so a missing browser fails fast. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Unmeasurable(
      `Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  return path;
}

/** Chromium with the project's flags, and `extra` ones (such as V8's, for the soak). */
export async function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, ...extra],
  });
}

/**
 * Opens url in a brand-new context (empty cache, storage and service workers) and hands the page to use,
 * which runs every measurement step on it; page errors are reported with the step's failure.
 */
export async function withFreshPage<T>(
  browser: Browser,
  url: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'commit' });
    return await use(page);
  } catch (e) {
    const seen = errors.length ? ` (page errors: ${errors.join(' | ')})` : '';
    throw new Unmeasurable(`${url}: ${(e as Error).message.split('\n')[0]}${seen}`);
  } finally {
    await context.close();
  }
}
