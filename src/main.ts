import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './style.css';
import * as Phaser from 'phaser';
import { createAudio } from './audio/howlerAudio.ts';
import { bundledCatalogue } from './content/bundled.ts';
import { setLanguage } from './i18n/t.ts';
import { SCENES } from './scenes/index.ts';
import { READY_EVENT } from './scenes/PreloadScene.ts';
import { startRouter } from './scenes/router.ts';
import { SERVICES, type Services } from './scenes/services.ts';
import { browserStorage, SafeStorage } from './state/safeStorage.ts';
import { createGameStore } from './state/store.ts';
import { DomLayer } from './ui/domLayer.ts';
import { color, HEIGHT, WIDTH } from './ui/theme.ts';

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
const audio = createAudio();

const applySettings = () => {
  const { settings } = store.getState();
  setLanguage(settings.language);
  document.documentElement.lang = settings.language;
  audio.setMuted(settings.muted);
};
applySettings();
store.subscribe((s) => s.settings, applySettings);

const host = document.getElementById('game') as HTMLElement;
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
});
const layer = new DomLayer(host);
const services: Services = { store, catalogue, audio, layer };
game.registry.set(SERVICES, services);
game.events.once(READY_EVENT, () => {
  layer.sync();
  startRouter(game, store);
});

// Exposed for the end-to-end tests and for curious players' consoles; holds no personal data.
Object.assign(window, { pedago: { game, store, audio } });
