import type * as Phaser from 'phaser';
import type { GameAudio } from '../audio/audio';
import type { Catalogue } from '../sim/types';
import type { GameStore } from '../state/store';
import type { DomLayer } from '../ui/domLayer';

/** What every scene works with, built once in main.ts and shared through the game registry. */
export interface Services {
  store: GameStore;
  catalogue: Catalogue;
  audio: GameAudio;
  layer: DomLayer;
}

export const SERVICES = 'services';

export function servicesOf(scene: Phaser.Scene): Services {
  return scene.game.registry.get(SERVICES) as Services;
}
