import * as Phaser from 'phaser';
import { color, HEIGHT, WIDTH } from '../../ui/theme.ts';

/** The blank first frame of a mode, until the router starts the mode's own first screen. */
export class ModeBootScene extends Phaser.Scene {
  constructor() {
    super('mode-boot');
  }

  create(): void {
    this.add.rectangle(0, 0, WIDTH, HEIGHT, color.paper).setOrigin(0);
  }
}
