import type * as Phaser from 'phaser';
import type { GameAudio } from '../audio/audio.ts';
import type { Catalogue } from '../content/types.ts';
import type { GameStore } from '../state/store.ts';
import type { DomLayer } from '../ui/domLayer.ts';
import type { ModeServices } from './modeServices.ts';

/** What every scene works with, built once in main.ts and shared through the game registry. */
export interface Services {
  store: GameStore;
  catalogue: Catalogue;
  audio: GameAudio;
  layer: DomLayer;
  /** The icon atlas image, registered as a texture by the first scene that draws. */
  atlas: HTMLImageElement;
  /** The mode the game was opened in (home, kiosk, classroom, teacher) and what its scenes need. */
  mode: ModeServices;
}

export const SERVICES = 'services';

export function servicesOf(scene: Phaser.Scene): Services {
  return scene.game.registry.get(SERVICES) as Services;
}
