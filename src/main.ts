import './ui/fonts/atkinson.css';
import './style.css';
import * as Phaser from 'phaser';
import { createLazyAudio } from './audio/lazyAudio.ts';
import { followMusic } from './audio/musicFollower.ts';
import { isShipped, matchLanguage, setLanguage, setStrings } from './i18n/t.ts';
import { loadCatalogue, loadStrings } from './loadBuiltData.ts';
import { guardCrashes } from './modes/kiosk/crashGuard.ts';
import { lockDown } from './modes/kiosk/lockdown.ts';
import { registerOffline } from './modes/offline.ts';
import { setupMode } from './modes/setup/index.ts';
import { modeFromUrl, urlForMode } from './modes/urlMode.ts';
import { lateScenes } from './scenes/lateScenes.ts';
import { moodOf, scenesToBuild } from './scenes/registry.ts';
import { startRouter } from './scenes/router.ts';
import { SERVICES, type Services } from './scenes/services.ts';
import { applyAppearance } from './ui/appearance.ts';
import { loadBootAssets, removeBootScreen, setBootProgress } from './ui/bootAssets.ts';
import { DomLayer } from './ui/domLayer.ts';
import { drawnReport } from './ui/drawnReport.ts';
import { keepFieldsAboveKeyboard } from './ui/keyboardRoom.ts';
import { sizeClassOf } from './ui/layout.ts';
import { preparePanels } from './ui/panel.ts';
import { drawOnDemand } from './ui/redraw.ts';
import { installSoundCaptions } from './ui/soundCaptions.ts';
import { setStage, stage } from './ui/stage.ts';
import { textFitReport } from './ui/text.ts';
import { color, useSizeClass } from './ui/theme.ts';
import { canvasSizeOf, gameSizeFor } from './ui/viewport.ts';

const mode = modeFromUrl(location.search);
if (mode.kind === 'workshop') {
  // The workshop is a page of forms, not the game: its own chunk (with zod and the level checks) takes the
  // page, and the rest of this module, Phaser's game included, never runs.
  await import('./workshop/workshopMain.ts').then((w) => w.startWorkshop());
  await new Promise<never>(() => {});
}
// A kiosk guards itself before anything else can fail, so even a broken boot recovers.
if (mode.kind === 'kiosk') {
  guardCrashes(`${location.pathname}${urlForMode(mode)}`);
  lockDown();
}

// Phaser boots first: creating its renderer and decoding its own textures takes a while, and that now
// overlaps with reading the content, the save and the fonts. Its first scene is added once both are ready.
const host = document.getElementById('game') as HTMLElement;
// The host is the window less a phone's safe areas (src/style.css).
const size = gameSizeFor(host.clientWidth || innerWidth, host.clientHeight || innerHeight, devicePixelRatio);
setStage(size);
useSizeClass(sizeClassOf(size.width, size.height));
const game = new Phaser.Game({
  // Canvas 2D only (vite.config.ts leaves WebGL out): the game's flat art needs no shaders, Canvas is
  // there on every school machine, and the renderer is 54 kB gzip lighter and ready sooner.
  type: Phaser.CANVAS,
  parent: host,
  ...canvasSizeOf(size),
  backgroundColor: color.paper,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  // Keys stay with the DOM twins: Phaser must not swallow Tab, Enter or Space.
  input: { keyboard: false },
  banner: false,
  scene: [],
});
const phaserReady = new Promise<void>((ready) => game.events.once(Phaser.Core.Events.READY, ready));
// Drawn while Phaser waits for its own textures to decode, so the title's first frame does not.
const prepare = () => preparePanels(game.textures);
if (game.isBooted) prepare();
else game.events.once(Phaser.Core.Events.BOOT, prepare);

// index.html asked for the content, fonts and icons first thing, so by now they have usually arrived.
const catalogueLoading = loadCatalogue();
const stringsLoading = loadStrings();
const bootAssets = loadBootAssets(setBootProgress);

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

setStrings(await stringsLoading);
// `?lang=` (a shared link, a test) chooses the language outright; otherwise a new player gets the first of
// the browser's languages the game ships.
const asked = new URLSearchParams(location.search).get('lang');
const setup = await setupMode(mode, {
  catalogue: await catalogueLoading,
  newSeed: randomSeed,
  random: () => randomSeed() / 2 ** 32,
  // English for a browser whose languages the game does not speak.
  language: matchLanguage([asked, ...navigator.languages, 'en']),
});
const { store, catalogue } = setup;
if (asked && isShipped(asked)) store.getState().setLanguage(asked);
// Howler and the sounds load after the title is up: they must never delay the first screen.
const audio = createLazyAudio(() => import('./audio/howlerAudio.ts').then((m) => m.createAudio()));

const applySettings = () => {
  const { settings } = store.getState();
  setLanguage(settings.language);
  document.documentElement.lang = settings.language;
  audio.setMuted(settings.muted);
  audio.setVolumes({ music: settings.musicVolume, effects: settings.effectsVolume });
  void applyAppearance(settings);
};
applySettings();
store.subscribe((s) => s.settings, applySettings);

const { atlas } = await bootAssets;
const layer = new DomLayer(host, size);
// A resized window or a turned device gives the game its new size; the scene on show lays itself out again.
const keyboard = keepFieldsAboveKeyboard(host, () => layer.sync());
window.addEventListener('resize', () => {
  keyboard.windowResized();
  const next = gameSizeFor(host.clientWidth, host.clientHeight, devicePixelRatio);
  const now = stage();
  if (next.width === now.width && next.height === now.height && next.resolution === now.resolution) return;
  setStage(next);
  useSizeClass(sizeClassOf(next.width, next.height));
  const canvas = canvasSizeOf(next);
  // Phaser reads the host's new size on its next step only: read it now, so the canvas is fitted to it.
  game.scale.getParentBounds();
  game.scale.setGameSize(canvas.width, canvas.height);
  layer.resize(next.width, next.height);
});
installSoundCaptions(audio, layer, () =>
  drawnReport(game).texts.map((text) => new DOMRect(text.box.x, text.box.y, text.box.w, text.box.h)),
);
const services: Services = { store, catalogue, audio, layer, atlas, mode: setup.mode };
game.registry.set(SERVICES, services);
await phaserReady;

// The first scene (the title, or a mode's blank start) starts now; the other scenes are built after the
// first frame (see lateScenes). Each scene is known by the name of the view it shows (src/scenes/registry.ts).
const [first, ...later] = scenesToBuild(mode.kind !== 'home');
const addLater = lateScenes(game, later);
if (!first) throw new Error('No scene to start.');
game.scene.add(first[0], first[1], true);
drawOnDemand(game, layer.root);
startRouter(game, setup.route, addLater);
setup.started?.({ game, audio, layer });
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  // In a task of its own, once the first frame is out.
  setTimeout(addLater, 0);
  layer.sync();
  removeBootScreen();
  setTimeout(() => {
    audio.preload();
    // Each screen's mood from now on; the browser holds it back until the first tap, click or key.
    followMusic(setup.route, moodOf, audio);
  }, 250);
  registerOffline();
});

// Exposed for the end-to-end tests and for curious players' consoles; holds no personal data.
Object.assign(window, {
  pedago: {
    game,
    store,
    audio,
    catalogue,
    mode: setup.mode,
    textFit: textFitReport,
    drawn: () => drawnReport(game),
  },
});
