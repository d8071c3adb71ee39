import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/bench/staticServer.ts';
import { levelsOrExit } from '../../scripts/cli.ts';
import { packageScorm } from '../../scripts/scorm/packageScorm.ts';
import { encodeSession } from '../../src/sim/classroom/sessionCode.ts';
import { playMission } from './autoplay.ts';
import { browserAvailable, launch, newPage, waitForScene } from './browser.ts';
import { clickButton, pupilOnward } from './pupilPath.ts';
import { scaled, until } from './timing.ts';

type Call = [string, ...string[]];
interface CourseWindow {
  pedago: { store: { getState(): { run: { outcome: { stars: number } | null } | null } } };
}

/** The launch address the package's manifest gives its SCO. */
function launchOf(manifest: string): string {
  const href = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)?.[1];
  if (!href) throw new Error('the manifest names no SCO to launch');
  return href.replace(/&amp;/g, '&');
}

/** The course's frame, once its game has shown `scene`. The helpers written for a page work on it. */
async function course(page: Page, scene: string): Promise<Page> {
  const frame = await until(
    "the course's frame",
    async () => page.frames().find((f) => f.url().includes('/package/index.html')) ?? null,
    (f) => f !== null,
  );
  const game = frame as Frame;
  await until(
    `the course's ${scene} scene`,
    () => game.evaluate(() => document.body.dataset.scene ?? ''),
    (s) => s === scene,
    scaled(30_000),
  );
  return game as unknown as Page;
}

const calls = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('test-lms.calls') ?? '[]') as Call[]);
const stars = (game: Page) =>
  game.evaluate(
    () => (window as unknown as CourseWindow).pedago.store.getState().run?.outcome?.stars ?? null,
  );

/** The values set on `element`, in order. */
const setOf = (log: Call[], element: string) =>
  log.filter((c) => c[0] === 'LMSSetValue' && c[1] === element).map((c) => c[2]);

describe.skipIf(!browserAvailable())('the SCORM 1.2 package in a test platform (scorm-again)', () => {
  let browser: Browser;
  let server: StaticServer;
  let root: string;
  let launchHref: string;

  beforeAll(async () => {
    const session = encodeSession({ playlist: 'classroom', length: 2, seed: 4242 });
    root = mkdtempSync(join(tmpdir(), 'pedago-lms-'));
    const zip = join(root, 'course.zip');
    const made = await packageScorm(levelsOrExit(), {
      playlist: 'classroom',
      length: null,
      session,
      masteryScore: null,
      zip,
      outDir: 'dist-scorm-test',
    });
    rmSync(made.outDir, { recursive: true, force: true });
    // The platform unpacks the zip as it is: nothing of the build folder is used.
    const { readFileSync } = await import('node:fs');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(zip))))) {
      const to = join(root, 'package', name);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, bytes);
    }
    launchHref = launchOf(readFileSync(join(root, 'package', 'imsmanifest.xml'), 'utf8'));
    copyFileSync(resolve('tests/e2e/lms/host.html'), join(root, 'host.html'));
    copyFileSync(resolve('node_modules/scorm-again/dist/scorm12.min.js'), join(root, 'scorm12.min.js'));
    server = await serveStatic(root);
    browser = await launch();
  }, scaled(120_000));

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('reports the score before the status, keeps the run in the suspend data and resumes it after a reload', async () => {
    const page = await newPage(browser);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}host.html?launch=${encodeURIComponent(launchHref)}`);
    let game = await course(page, 'classroom-welcome');
    await until(
      'the welcome saying the platform follows the course',
      () => game.getByText(/vont à votre plateforme de formation/).count(),
      (n) => n === 1,
    );
    await game.getByRole('button', { name: 'Commencer' }).click();
    await pupilOnward(game, clickButton, 'classroom-welcome');
    await waitForScene(game, 'brief');
    await playMission(game, 0);
    await waitForScene(game, 'results');
    const first =
      (await until(
        "the first mission's stars",
        () => stars(game),
        (s) => s !== null,
      )) ?? 0;
    const firstScore = String(Math.round((100 * first) / 6));
    // After the mission: the score, then the status, then the progress, then a commit.
    const log = await until(
      'the mission reported and committed',
      () => calls(page),
      (l) => setOf(l, 'cmi.core.score.raw').includes(firstScore) && l.at(-1)?.[0] === 'LMSCommit',
    );
    expect(log[0]).toEqual(['LMSInitialize']);
    const tail = log.slice(-5).map((c) => c.slice(0, 2).join(' '));
    expect(tail).toEqual([
      'LMSSetValue cmi.core.score.max',
      'LMSSetValue cmi.core.score.raw',
      'LMSSetValue cmi.core.lesson_status',
      'LMSSetValue cmi.suspend_data',
      'LMSCommit',
    ]);
    expect(setOf(log, 'cmi.core.lesson_status').at(-1)).toBe('incomplete');
    expect(setOf(log, 'cmi.suspend_data').at(-1)).toMatch(/^PS1\.[A-Za-z0-9+/=]+$/);

    // A reload: the course hears pagehide and finishes; the platform relaunches it with what it kept.
    await page.reload();
    // As after any reload in class, the welcome offers to take the mission up again.
    game = await course(page, 'classroom-welcome');
    await game.getByRole('button', { name: 'Reprendre la mission' }).click();
    await waitForScene(game, 'results');
    const resumed = await until(
      "the resumed mission's stars",
      () => stars(game),
      (s) => s !== null,
    );
    expect(resumed).toBe(first);
    const afterReload = await until(
      'the attempt finished at the reload and the course launched again',
      () => calls(page),
      (l) => l.findIndex((c, i) => i >= log.length && c[0] === 'LMSInitialize') >= 0,
    );
    const finishAt = afterReload.findIndex((c) => c[0] === 'LMSFinish');
    expect(finishAt).toBeGreaterThan(log.length - 1);
    expect(afterReload.slice(log.length, finishAt).map((c) => c[1])).toContain('cmi.core.exit');
    expect(setOf(afterReload, 'cmi.core.exit')).toEqual(['suspend']);
    expect(afterReload[finishAt + 1]).toEqual(['LMSInitialize']);
    await until(
      'the platform relaunching the course as a resume',
      () =>
        page.evaluate(
          () => (window as unknown as { API: { cmi: { core: { entry: string } } } }).API.cmi.core.entry,
        ),
      (entry) => entry === 'resume',
    );

    // The second and last mission: the course is completed, with the stars of both as its score.
    await game.getByRole('button', { name: /^Mission suivante$/ }).click();
    await pupilOnward(game, clickButton, 'results');
    await waitForScene(game, 'brief');
    await playMission(game, 1);
    await waitForScene(game, 'results');
    const second =
      (await until(
        "the second mission's stars",
        () => stars(game),
        (s) => s !== null,
      )) ?? 0;
    const total = String(Math.round((100 * (first + second)) / 6));
    const end = await until(
      'the course reported completed',
      () => calls(page),
      (l) => setOf(l, 'cmi.core.lesson_status').at(-1) === 'completed' && l.at(-1)?.[0] === 'LMSCommit',
    );
    expect(setOf(end, 'cmi.core.score.raw').at(-1)).toBe(total);
    // Closed: the course leaves its attempt finished, not suspended.
    await page.evaluate(() => document.querySelector('iframe')?.remove());
    const closed = await until(
      'LMSFinish at the close',
      () => calls(page),
      (l) => l.at(-1)?.[0] === 'LMSFinish',
    );
    expect(setOf(closed, 'cmi.core.exit').at(-1)).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('plays on in the browser when the platform offers a damaged API, and says so', async () => {
    const page = await newPage(browser);
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.url}host.html?broken=1&launch=${encodeURIComponent(launchHref)}`);
    const game = await course(page, 'classroom-welcome');
    await until(
      'the welcome saying progress stays in this browser',
      () => game.getByText(/ne répond pas comme prévu/).count(),
      (n) => n === 1,
    );
    await game.getByRole('button', { name: 'Commencer' }).click();
    await pupilOnward(game, clickButton, 'classroom-welcome');
    await waitForScene(game, 'brief');
    const kept = await until(
      'the run kept in the browser',
      () =>
        game.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pedago-studio.course.'))),
      (keys) => keys.some((k) => k.endsWith('.save')),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
