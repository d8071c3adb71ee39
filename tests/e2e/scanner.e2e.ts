import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compact } from '../../src/sim/classroom/codeAlphabet.ts';
import { encodeResult, sessionTag } from '../../src/sim/classroom/resultCode.ts';
import { encodeSession, type Session } from '../../src/sim/classroom/sessionCode.ts';
import { sessionMissions, sessionOptions, shapeOf } from '../../src/sim/classroom/sessionPlan.ts';
import { browserAvailable, launch, openGame, waitForScene } from './browser.ts';
import { realCatalogue } from './careerSave.ts';
import { qrVideo } from './fakeCamera.ts';
import { captureScene } from './screens.ts';
import { holds, scaled, until } from './timing.ts';

interface ScanWindow {
  pedago: { audio: { subscribe(fn: (id: string) => void): () => void } };
  heard: string[];
}

/** A class session of the real content, and result codes of it: three pupils', and one of another session. */
function classCodes() {
  const cat = realCatalogue();
  const option = sessionOptions(cat)[0];
  if (!option) throw new Error('no session to play');
  const session: Session = { playlist: option.playlist, length: option.maxLength, seed: 4242 };
  const code = encodeSession(session);
  const shapes = (sessionMissions(session, cat) ?? []).map(shapeOf);
  const result = (sessionCode: string, ticket: number) =>
    encodeResult(sessionCode, shapes, {
      ticket,
      missions: shapes.map((_, i) => ({ stars: (ticket + i) % 4, format: 0, topic: 0 })),
    });
  let seed = session.seed + 1;
  while (sessionTag(encodeSession({ ...session, seed })) === sessionTag(code)) seed += 1;
  return {
    session: code,
    pupils: [result(code, 11), result(code, 22), result(code, 33)],
    foreign: result(encodeSession({ ...session, seed }), 44),
  };
}

const scanButton = (page: Page) => page.getByRole('button', { name: 'Scanner les QR codes des élèves' });
const statusLine = (page: Page) => page.locator('[role="status"][data-scan-line]');
const countOf = (page: Page) => page.locator('[data-class-count]').getAttribute('data-class-count');
const readerOf = (page: Page) => page.locator('video[data-scanner]').getAttribute('data-reader');

/** Everything the scanner's status line said, read every 100 ms while waiting for `enough`. */
async function statusLines(page: Page, what: string, enough: (seen: Set<string>) => boolean) {
  const seen = new Set<string>();
  await until(
    what,
    async () => {
      const text = await statusLine(page).textContent({ timeout: scaled(1000) });
      if (text) seen.add(text);
      return [...seen];
    },
    () => enough(seen),
    scaled(30_000),
  );
  return seen;
}

describe.skipIf(!browserAvailable())('the teacher’s scanner', () => {
  const codes = classCodes();
  const video = qrVideo([...codes.pupils.slice(0, 2), codes.foreign, ...codes.pupils.slice(2)]);
  const address = `?mode=teacher&session=${compact(codes.session)}`;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dirname(video), { recursive: true, force: true });
  });

  it('counts each pupil’s QR code shown to the camera once, refuses another session’s, and stops the camera', async () => {
    const { page, problems, requests } = await openGame(browser, {}, address, 'teacher-session');
    await page.evaluate(() => {
      const w = window as unknown as ScanWindow;
      w.heard = [];
      w.pedago.audio.subscribe((id) => w.heard.push(id));
    });
    // The scanner's code and its decoder are loaded only once the teacher opens it.
    expect(requests.filter((r) => /scannerView|qrWorker/.test(r))).toEqual([]);
    await scanButton(page).click();

    const said = await statusLines(
      page,
      'the three codes counted and the other session’s refused',
      (seen) =>
        [...seen].some((s) => s.includes('ce code vient d’une autre séance')) &&
        codes.pupils.every((c) => [...seen].some((s) => s.startsWith(`«\u00a0${c}\u00a0» compté.`))),
    );
    await until(
      'the count of results at 3',
      () => countOf(page),
      (n) => n === '3',
    );
    // The refusal says which code and why, as for a typed code, then the count for screen readers.
    const refusal = `«\u00a0${codes.foreign}\u00a0» refusé\u00a0: ce code vient d’une autre séance. Résultats reçus\u00a0: `;
    expect([...said].filter((s) => s.startsWith(refusal))).not.toEqual([]);
    // Headless Chromium has no BarcodeDetector: the game's own decoder read the frames, in its worker.
    await until(
      'the game’s own decoder named as the reader',
      () => readerOf(page),
      (reader) => reader === 'worker',
    );
    expect(requests.filter((r) => /(scannerView|qrWorker)-[\w-]+\.js$/.test(r))).toHaveLength(2);
    await until(
      'a sound for each code counted, and the refusal’s',
      () => page.evaluate(() => (window as unknown as ScanWindow).heard),
      (heard) => {
        expect(heard.filter((id) => id === 'right')).toHaveLength(3);
        expect(heard).toContain('error');
      },
    );

    // The scanner lays itself out on every shape, the same camera on through the redraws.
    await page.evaluate(() => {
      const v = document.querySelector<HTMLVideoElement>('video[data-scanner]');
      (window as unknown as { stream: MediaStream | null }).stream = v?.srcObject as MediaStream | null;
    });
    const found = await captureScene(page, 'teacher-scanner');
    expect(found).toEqual([]);
    await until(
      'the same camera on, in the redrawn scanner',
      () =>
        page.evaluate(() => {
          const v = document.querySelector<HTMLVideoElement>('video[data-scanner]');
          const s = (window as unknown as { stream: MediaStream | null }).stream;
          return !!s && v?.srcObject === s && s.active;
        }),
      (same) => same,
    );
    await page.getByRole('button', { name: 'Fermer le scanner' }).click();
    await until(
      'the camera off and its picture gone',
      () =>
        page.evaluate(() => {
          const s = (window as unknown as { stream: MediaStream | null }).stream;
          return {
            tracks: s?.getTracks().map((t) => t.readyState) ?? ['none'],
            video: !!document.querySelector('video[data-scanner]'),
          };
        }),
      (v) => v.tracks.every((t) => t === 'ended') && !v.video,
    );
    // Typing stays: the box and its button are back.
    await page.getByRole('button', { name: 'Ajouter les codes' }).waitFor();
    await until(
      'the count kept',
      () => countOf(page),
      (n) => n === '3',
    );
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reads with the browser’s BarcodeDetector where it has one, and counts a code held up once', async () => {
    const { page, problems, requests } = await openGame(browser, {}, address, 'teacher-session');
    await page.addInitScript((code) => {
      class FakeDetector {
        static getSupportedFormats = async () => ['qr_code'];
        detect = async () => [{ rawValue: code }];
      }
      Object.assign(window, { BarcodeDetector: FakeDetector });
    }, codes.pupils[0] ?? '');
    await page.reload();
    await waitForScene(page, 'teacher-session');
    await scanButton(page).click();
    await until(
      'the code counted',
      () => countOf(page),
      (n) => n === '1',
    );
    await until(
      'the code announced as counted',
      () => statusLine(page).getAttribute('data-scan-line'),
      (line) => line === 'accepted',
    );
    // Frame after frame the same code: counted once, never announced again as already counted.
    await holds(
      'the count at 1 and the line saying "counted", frame after frame of the same code',
      async () => ({
        count: await countOf(page),
        line: await statusLine(page).getAttribute('data-scan-line'),
      }),
      (seen) => seen.count === '1' && seen.line === 'accepted',
    );
    await until(
      'the browser’s BarcodeDetector named as the reader',
      () => readerOf(page),
      (reader) => reader === 'native',
    );
    expect(requests.filter((r) => /qrWorker/.test(r))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says how to type or paste the codes instead when the camera is refused or absent', async () => {
    for (const [problem, init] of [
      [
        'denied',
        () => {
          navigator.mediaDevices.getUserMedia = () =>
            Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
        },
      ],
      ['absent', () => Object.defineProperty(Navigator.prototype, 'mediaDevices', { get: () => undefined })],
    ] as const) {
      const { page, problems, requests } = await openGame(browser, {}, address, 'teacher-session');
      await page.addInitScript(init);
      await page.reload();
      await waitForScene(page, 'teacher-session');
      await scanButton(page).click();
      // The codes box says why and how to type or paste the codes instead, and has the focus.
      const box = page.locator(`textarea[data-scan-problem="${problem}"]`);
      await box.waitFor();
      await until(
        'the codes box saying how to type or paste the codes instead',
        () => box.getAttribute('aria-label'),
        (label) =>
          expect(label).toContain(
            'Tapez ou collez plutôt les codes des élèves dans la case, un par ligne, puis choisissez «\u00a0Ajouter les codes\u00a0».',
          ),
      );
      await until(
        'the focus in the codes box',
        () => page.evaluate(() => document.activeElement?.tagName),
        (tag) => tag === 'TEXTAREA',
      );
      await until(
        'no camera picture',
        () => page.locator('video[data-scanner]').count(),
        (n) => n === 0,
      );
      await page.getByRole('textbox').fill(codes.pupils[1] ?? '');
      await page.getByRole('button', { name: 'Ajouter les codes' }).click();
      await until(
        'the typed code counted',
        () => countOf(page),
        (n) => n === '1',
      );
      expect(requests.filter((r) => /qrWorker/.test(r))).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
});
