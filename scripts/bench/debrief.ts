import type { Browser, Page } from 'playwright-core';
import { compact } from '../../src/sim/classroom/codeAlphabet.ts';
import { withFreshPage } from './browser.ts';
import type { SchoolCodes } from './classCodes.ts';

/** Long enough for the focus ring and any landing to settle before a screenshot. */
const SETTLE_MS = 1000;

export interface DebriefTimes {
  /** Per added code: the store's update (decoding, counting, keeping), synchronous. */
  store: number[];
  /** Per added code: the work of the frame that shows it, from Phaser's pre-step to its post-render. */
  frame: number[];
  /** Their sum: how long the added code keeps the page busy before the debrief shows it. */
  total: number[];
  scene: string;
  /** Whether the debrief drawn live, code after code, is pixel for pixel the one a fresh page draws. */
  sameAsFresh: boolean;
}

/**
 * With the class debrief on screen, adds the codes one at a time at a quiet moment (after a frame is out)
 * and times the store's update, then the frame that shows the new count of pupils.
 */
const ADD_ONE_BY_ONE = `(codes) => new Promise((done, fail) => {
  const { game, mode } = window.pedago;
  const teacher = mode.teacher;
  const shown = () => document.querySelector('[data-class-count]')?.getAttribute('data-class-count');
  let stepStart = 0;
  let onFrame = null;
  const pre = () => { stepStart = performance.now(); };
  const post = () => { if (onFrame) onFrame(); };
  game.events.on('prestep', pre);
  game.events.on('postrender', post);
  const frameOut = () => new Promise((r) => { onFrame = () => { onFrame = null; setTimeout(r, 0); }; });
  const out = { store: [], frame: [], total: [], scene: '' };
  const stop = (e) => { game.events.off('prestep', pre); game.events.off('postrender', post); e ? fail(e) : done(out); };
  const deadline = (n) => setTimeout(() => stop(new Error('the debrief did not show ' + n + ' pupils')), 10000);
  (async () => {
    for (let i = 0; i < codes.length; i++) {
      await frameOut();
      const t0 = performance.now();
      const intake = teacher.getState().addCodes(codes[i]);
      const store = performance.now() - t0;
      if (!intake || intake.accepted.length !== 1) throw new Error('code ' + codes[i] + ' was refused');
      const want = String(i + 1);
      const timer = deadline(want);
      const frame = await new Promise((r) => {
        onFrame = () => { if (shown() === want) { onFrame = null; r(performance.now() - stepStart); } };
      });
      clearTimeout(timer);
      out.store.push(store);
      out.frame.push(frame);
      out.total.push(store + frame);
    }
    out.scene = document.body.dataset.scene || '';
  })().then(() => stop(), stop);
})`;

const openDebrief = async (page: Page) => {
  await page.waitForFunction(() => document.body.dataset.scene === 'teacher-session', undefined, {
    timeout: 30_000,
  });
  await page.evaluate('window.pedago.mode.teacher.getState().openDebrief()');
};

const showing = (page: Page, pupils: number) =>
  page.waitForFunction(
    (n) => document.querySelector('[data-class-count]')?.getAttribute('data-class-count') === n,
    String(pupils),
    { timeout: 30_000 },
  );

/**
 * The teacher's screen on the session, its debrief open and empty, then the school's codes one by one; at
 * the end, the page reloaded (the codes are kept) draws the debrief afresh, to compare with the live one.
 */
export async function measureDebrief(
  browser: Browser,
  url: string,
  school: SchoolCodes,
): Promise<DebriefTimes> {
  return withFreshPage(browser, `${url}?mode=teacher&session=${compact(school.session)}`, async (page) => {
    await openDebrief(page);
    await showing(page, 0);
    const times = (await page.evaluate(`(${ADD_ONE_BY_ONE})(${JSON.stringify(school.codes)})`)) as Omit<
      DebriefTimes,
      'sameAsFresh'
    >;
    await page.waitForTimeout(SETTLE_MS);
    const live = await page.screenshot();
    await page.reload();
    await openDebrief(page);
    await showing(page, school.codes.length);
    await page.waitForTimeout(SETTLE_MS);
    const fresh = await page.screenshot();
    return { ...times, sameAsFresh: live.equals(fresh) };
  });
}
