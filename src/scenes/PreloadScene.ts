import * as Phaser from 'phaser';
import { t } from '../i18n/t.ts';
import { queueIcons } from '../ui/icons.ts';
import { label } from '../ui/text.ts';
import { color, FONT, HEIGHT, WIDTH } from '../ui/theme.ts';

export const READY_EVENT = 'pedago-ready';

/** Loads fonts and images with a real progress bar, then hands over to the router. */
export class PreloadScene extends Phaser.Scene {
  constructor() {
    super('preload');
  }

  preload(): void {
    document.body.dataset.scene = 'preload';
    this.add.rectangle(0, 0, WIDTH, HEIGHT, color.paper).setOrigin(0);
    const barW = 560;
    const x = (WIDTH - barW) / 2;
    const y = HEIGHT / 2;
    this.add
      .text(WIDTH / 2, y - 80, 'Pédago Studio', {
        fontFamily: FONT,
        fontSize: '44px',
        fontStyle: 'bold',
        color: '#1d2433',
      })
      .setOrigin(0.5);
    const status = label(this, WIDTH / 2, y + 40, t('loading.progress', { pct: 0 }), { align: 'center' });
    const g = this.add.graphics();
    const progress = document.getElementById('boot-progress') as HTMLProgressElement | null;
    const draw = (share: number) => {
      g.clear()
        .fillStyle(color.line, 1)
        .fillRoundedRect(x, y - 12, barW, 24, 12);
      g.fillStyle(color.blue, 1).fillRoundedRect(x, y - 12, Math.max(24, barW * share), 24, 12);
      status.setText(t('loading.progress', { pct: Math.round(share * 100) }));
      if (progress) progress.value = share;
    };
    draw(0);
    this.load.on(Phaser.Loader.Events.PROGRESS, draw);
    queueIcons(this.load);
  }

  async create(): Promise<void> {
    // Text drawn before the font arrives would be measured and painted in a fallback face.
    await Promise.all([document.fonts.load(`22px ${FONT}`), document.fonts.load(`bold 22px ${FONT}`)]).catch(
      () => undefined,
    );
    document.getElementById('boot')?.remove();
    this.game.events.emit(READY_EVENT);
  }
}
