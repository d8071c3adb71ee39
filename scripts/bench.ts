/**
 * npm run bench [-- --runs N] [-- --skip-build] [-- --only debrief] [-- --dist DIR]: how much the game weighs
 * and how soon its title is usable, next to an empty Phaser scene built the same way (the floor), how its
 * busiest screens keep their frames, and how fast the class debrief follows a school's result codes. A
 * report, not a test: it exits 0 even over target, and non-zero only when something could not be measured.
 * `--only debrief` measures the class debrief alone (no floor needed); `--dist` builds the game into (or,
 * with --skip-build, reads it from) another folder than dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version as viteVersion } from 'vite';
import { chromiumPath, launchChromium, Unmeasurable, VIEWPORT } from './bench/browser.ts';
import { buildFloor, buildGame, FLOOR_DIST, ROOT } from './bench/build.ts';
import { schoolCodes } from './bench/classCodes.ts';
import { type DebriefTimes, measureDebrief } from './bench/debrief.ts';
import {
  FRAMES_SECONDS,
  type FrameTimes,
  measureFloorFrames,
  measureFrames,
  measureProductionFrames,
} from './bench/frames.ts';
import {
  budgetLines,
  debriefLines,
  framesLine,
  intervalLines,
  JS_TARGET,
  kB,
  refreshPeriod,
  runsLine,
  sizeLine,
  spread,
  startupLine,
  workLine,
} from './bench/report.ts';
import { fullTeamSave, liveWebinarSave } from './bench/saves.ts';
import { weigh, weighBudget } from './bench/sizes.ts';
import { floorFirstFrame, measureStartup, POLLING, titleUsable } from './bench/startup.ts';
import { serveStatic } from './bench/staticServer.ts';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs wants a whole number ≥ 1, got "${opts.runs}"`);
  process.exit(2);
}
if (opts.only !== undefined && opts.only !== 'debrief') {
  console.error(`bench: --only knows "debrief", got "${opts.only}"`);
  process.exit(2);
}
const GAME_DIST = resolve(ROOT, opts.dist);

/** The class debrief's section: a school's codes added one at a time, in the built game. */
function debriefSection(school: ReturnType<typeof schoolCodes>, times: DebriefTimes): string[] {
  return [
    `class debrief of a school (${school.codes.length} result codes of five classes, added one at a time ` +
      `with the debrief on screen; ${school.missions} missions; ${times.scene}, ${VIEWPORT.width}×${VIEWPORT.height})`,
    ...debriefLines(times).map((l) => `  ${l}`),
  ];
}

/** `--only debrief`: the game built (or reused), the class debrief measured, nothing else. */
async function debriefOnly(started: number): Promise<void> {
  if (opts['skip-build']) {
    if (!existsSync(resolve(GAME_DIST, 'index.html')))
      throw new Unmeasurable(`${GAME_DIST} has no build: drop --skip-build`);
  } else {
    console.log(`building the game (${opts.dist}/)…`);
    await buildGame(GAME_DIST);
  }
  const school = schoolCodes();
  const browser = await launchChromium();
  const server = await serveStatic(GAME_DIST, true);
  let times: DebriefTimes;
  try {
    times = await measureDebrief(browser, server.url, school);
  } finally {
    await server.close();
    await browser.close().catch(() => undefined);
  }
  console.log(
    [
      '',
      `Pédago Studio bench, class debrief only — vite ${viteVersion}, Chromium ${browser.version()}`,
      '',
      ...debriefSection(school, times),
      '',
      `done in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  chromiumPath();
  if (opts.only === 'debrief') return debriefOnly(started);
  const phaser = JSON.parse(readFileSync(resolve(ROOT, 'node_modules/phaser/package.json'), 'utf8')).version;

  let floorHow = 'reused dist-floor/ (--skip-build)';
  if (opts['skip-build']) {
    for (const dir of [GAME_DIST, FLOOR_DIST])
      if (!existsSync(resolve(dir, 'index.html')))
        throw new Unmeasurable(`${dir} has no build: drop --skip-build`);
  } else {
    console.log(`building the game (${opts.dist}/) and the floor (dist-floor/)…`);
    await buildGame(GAME_DIST);
    floorHow = `built like the game: ${await buildFloor()}`;
  }

  const game = weigh(GAME_DIST);
  const budget = weighBudget(GAME_DIST);
  const floor = weigh(FLOOR_DIST);

  const browser = await launchChromium();
  // Startup as from any server; frame times from cross-origin isolated pages, whose clocks are precise.
  const servers = await Promise.all([
    serveStatic(GAME_DIST),
    serveStatic(FLOOR_DIST),
    serveStatic(GAME_DIST, true),
    serveStatic(FLOOR_DIST, true),
  ]);
  let startup: Awaited<ReturnType<typeof measureStartup>>;
  let frames: FrameTimes;
  let production: FrameTimes;
  let floorFrames: number[];
  let debrief: DebriefTimes;
  const school = schoolCodes();
  const fullTeam = fullTeamSave();
  const webinar = liveWebinarSave();
  try {
    const [gameServer, floorServer, gameIsolated, floorIsolated] = servers;
    if (!gameServer || !floorServer || !gameIsolated || !floorIsolated)
      throw new Error('bench: a server is missing');
    startup = await measureStartup(
      browser,
      [
        { name: 'game', url: gameServer.url, probe: titleUsable },
        { name: 'floor', url: floorServer.url, probe: floorFirstFrame },
      ],
      runs,
    );
    frames = await measureFrames(browser, gameIsolated.url, webinar);
    production = await measureProductionFrames(browser, gameIsolated.url, fullTeam.save);
    floorFrames = await measureFloorFrames(browser, floorIsolated.url);
    debrief = await measureDebrief(browser, gameIsolated.url, school);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await browser.close().catch(() => undefined);
  }
  const title = startup.get('game') ?? [];
  const first = startup.get('floor') ?? [];
  const renderers = [...new Set([...title, ...first].map((s) => s.renderer))];

  console.log(
    [
      '',
      `Pédago Studio bench — vite ${viteVersion}, phaser ${phaser}, Chromium ${browser.version()}`,
      `floor: ${floorHow}`,
      '',
      'size (gzip -9, each file on its own)',
      `  ${sizeLine('JS a player loads', game.js, floor.js, JS_TARGET)}`,
      `    and the tools of a mode, loaded when opened (workshop, teacher's scanner, course link): ` +
        `${kB(game.toolsJs.gzip)} (${game.toolsJs.files} files)`,
      `    of which Phaser: game ${kB(game.phaser.gzip)} (its own entry, src/vendor/phaser.js: the core and ` +
        `the objects it draws) | floor ${kB(floor.phaser.gzip)} (the stock package)`,
      `  ${sizeLine('assets', game.all, floor.all)}`,
      '',
      ...budgetLines(`${opts.dist}/`, budget),
      '',
      `startup (${runs} runs each, alternating game/floor after 1 warm-up round; fresh context per load; ` +
        `${VIEWPORT.width}×${VIEWPORT.height}; renderer ${renderers.join(' + ')})`,
      `  ${startupLine(spread(title.map((s) => s.ms)), spread(first.map((s) => s.ms)))}`,
      `  ${runsLine(
        'game ',
        title.map((s) => s.ms),
      )}`,
      `  ${runsLine(
        'floor',
        first.map((s) => s.ms),
      )}`,
      `  note: ${POLLING}`,
      '',
      `frames of the live webinar (${frames.scene}, ${FRAMES_SECONDS} s, ${VIEWPORT.width}×${VIEWPORT.height}, cross-origin isolated: 5 µs clock)`,
      ...intervalLines(frames.intervals, refreshPeriod(floorFrames)).map((l) => `  ${l}`),
      `  ${workLine("game's work per frame", frames.work)}`,
      `  ${framesLine('floor (empty scene) frame interval', floorFrames)}`,
      '',
      `frames of production with a full team (${fullTeam.team.join(', ')} at their desks; ${production.scene}, ` +
        `${FRAMES_SECONDS} s from the scene's arrival)`,
      ...intervalLines(production.intervals, refreshPeriod(floorFrames)).map((l) => `  ${l}`),
      `  ${workLine("game's work per frame", production.work)}`,
      '  note: headless Chromium here draws in software; the game draws a frame only when',
      '        something on screen changed (src/ui/redraw.ts), the work per frame is what the game itself adds',
      ...(runs < 5 ? ['  note: fewer than 5 runs, the medians are noisy'] : []),
      ...(renderers.length > 1
        ? ['  note: the game draws with Canvas 2D by design (src/main.ts), the stock floor with WebGL']
        : []),
      '',
      ...debriefSection(school, debrief),
      '',
      `done in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  const why = e instanceof Error ? e.message : String(e);
  console.error(`bench: could not measure${e instanceof Unmeasurable ? '' : ' (unexpected error)'}: ${why}`);
  process.exit(1);
});
