import { t, tx } from '../../i18n/t.ts';
import { kioskFacts } from '../../sim/kioskFacts.ts';
import { starTally } from '../../sim/summary.ts';
import { icon } from '../../ui/icons.ts';
import { panel } from '../../ui/panel.ts';
import { qrCode } from '../../ui/qrCode.ts';
import { starRow } from '../../ui/stars.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import { ModeScene } from './ModeScene.ts';

/** The kiosk's last screen: how the run went, three facts about the job, and where to learn more. */
export class KioskEndScene extends ModeScene {
  create(): void {
    const kiosk = this.kiosk();
    const cat = this.s.catalogue;
    const history = this.state.career?.history ?? [];
    this.enter(t('kiosk.endTitle'));
    const layer = this.s.layer;

    label(this, 64, 36, t('kiosk.endTitle'), { size: 'h1', bold: true });
    const { stars, max } = starTally(history);
    if (history.length === 1) starRow(this, 720, 64, stars, 48);
    else icon(this, 816, 62, 'star-filled', color.orange, 40);
    label(this, 848, 48, t('kiosk.endStars', { n: stars, max }), { bold: true, layer });

    label(this, 64, 124, t('kiosk.factsTitle'), { size: 'h2', bold: true, layer, tag: 'h2' });
    kioskFacts(
      history.map((h) => h.missionId),
      cat,
    ).forEach((id, i) => {
      const fact = cat.facts[id];
      if (!fact) return;
      const x = 64 + i * 300;
      panel(this, x, 180, 284, 420);
      icon(this, x + 36, 220, 'lightbulb', color.orange, 36);
      const title = label(this, x + 24, 256, tx(fact.title), { bold: true, width: 240, layer, tag: 'h2' });
      label(this, x + 24, title.y + title.height + 12, tx(fact.text), { size: 'small', width: 240, layer });
    });

    panel(this, 984, 124, 248, 476, { fill: color.tintSky, border: color.sky });
    label(this, 1004, 144, t('kiosk.more'), { size: 'small', bold: true, width: 208, layer });
    qrCode(this, 1008, 244, 200, kiosk.config.moreInfoUrl);
    // Shown as text only: a kiosk has no link that leaves the game.
    label(this, 1004, 456, kiosk.config.moreInfoUrl, {
      size: 'small',
      width: 208,
      color: color.inkSoft,
      layer,
    });

    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 72,
      text: t('kiosk.done'),
      icon: 'check',
      variant: 'primary',
      onPress: () => kiosk.reset(),
    });
    layer.focusFirst();
  }
}
