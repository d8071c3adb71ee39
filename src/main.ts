import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './style.css';
import * as Phaser from 'phaser';
import { createLazyAudio } from './audio/lazyAudio.ts';
import { bundledCatalogue } from './content/bundled.ts';
import { setLanguage } from './i18n/t.ts';
import { SCENES } from './scenes/index.ts';
import { startRouter } from './scenes/router.ts';
import { SERVICES, type Services } from './scenes/services.ts';
import { browserStorage, SafeStorage } from './state/safeStorage.ts';
import { createGameStore } from './state/store.ts';
import { loadBootAssets, removeBootScreen, setBootProgress, warmUpText } from './ui/bootAssets.ts';
import { DomLayer } from './ui/domLayer.ts';
import { color, FONT, HEIGHT, size, WIDTH } from './ui/theme.ts';

// index.html asked for the fonts and icons first thing, so by now they have usually arrived.
const bootAssets = loadBootAssets(setBootProgress);

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

const catalogue = bundledCatalogue();
const store = createGameStore({
  catalogue,
  storage: new SafeStorage(browserStorage()),
  newSeed: randomSeed,
  defaultLanguage: navigator.language.startsWith('fr') ? 'fr' : 'en',
});
// Howler and the sounds load after the title is up: they must never delay the first screen.
const audio = createLazyAudio(() => import('./audio/howlerAudio.ts').then((m) => m.createAudio()));

const applySettings = () => {
  const { settings } = store.getState();
  setLanguage(settings.language);
  document.documentElement.lang = settings.language;
  audio.setMuted(settings.muted);
};
applySettings();
store.subscribe((s) => s.settings, applySettings);

const { atlas } = await bootAssets;
const host = document.getElementById('game') as HTMLElement;
const layer = new DomLayer(host);
const services: Services = { store, catalogue, audio, layer, atlas };

// The first scene in SCENES (the title) starts as soon as Phaser is ready: no loading scene in between.
const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: host,
  width: WIDTH,
  height: HEIGHT,
  backgroundColor: color.paper,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  // Keys stay with the DOM twins: Phaser must not swallow Tab, Enter or Space.
  input: { keyboard: false },
  banner: false,
  scene: SCENES,
  callbacks: { preBoot: (g) => g.registry.set(SERVICES, services) },
});
warmUpText(
  [`bold ${size.h1}px ${FONT}`, `bold ${size.body}px ${FONT}`, `${size.body}px ${FONT}`],
  'Pédago Studio — Nouvelle carrière, Paramètres. New career, Settings.',
);
game.events.once(Phaser.Core.Events.READY, () => startRouter(game, store));
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  layer.sync();
  removeBootScreen();
  setTimeout(() => audio.preload(), 250);
});

// Exposed for the end-to-end tests and for curious players' consoles; holds no personal data.
Object.assign(window, { pedago: { game, store, audio } });
