import { GameScene } from '../GameScene.ts';

/** A scene of decisions taken one card at a time; it remembers across restarts which outcome is on screen. */
export abstract class DecisionScene extends GameScene {
  protected showing: string | null = null;

  init(data: { showing?: string }): void {
    this.showing = data.showing ?? null;
  }
}
