import type * as Phaser from 'phaser';
import type { GameAudio } from '../../audio/audio.ts';
import type { Lang } from '../../content/primitives.ts';
import type { Catalogue } from '../../content/types.ts';
import type { ModeServices } from '../../scenes/modeServices.ts';
import type { RouteSource } from '../../state/modeRoutes.ts';
import type { GameStore } from '../../state/store.ts';
import type { DomLayer } from '../../ui/domLayer.ts';

/** What main.ts needs to start the game in one mode. */
export interface ModeSetup {
  store: GameStore;
  /** The catalogue the scenes read (a class session narrows its playlist to the session's missions). */
  catalogue: Catalogue;
  mode: ModeServices;
  route: RouteSource;
  /** Runs once the game is running: the kiosk's idle watch, the teacher's address bar… */
  started?(ctx: { game: Phaser.Game; audio: GameAudio; layer: DomLayer }): void;
}

export interface SetupDeps {
  catalogue: Catalogue;
  /** A random 32-bit seed. */
  newSeed: () => number;
  /** A random number in [0, 1). */
  random: () => number;
  language: Lang;
}
