import { t, tx } from '../i18n/t.ts';
import { icon } from '../ui/icons.ts';
import { meter } from '../ui/meter.ts';
import { panel } from '../ui/panel.ts';
import { label, setLabel } from '../ui/text.ts';
import { color, WIDTH } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';

/** Implement: the production weeks go by and the course goes live. */
export class ImplementScene extends GameScene {
  constructor() {
    super('implement');
  }

  create(): void {
    const run = this.state.run;
    const mission = this.s.catalogue.missions[run?.missionId ?? ''];
    if (!run || !mission) return;
    this.enter('implement', `${t('phase.implement')} — ${t('implement.title')}`);
    this.phaseHeader(4, 'phase.implement', tx(mission.title));
    const layer = this.s.layer;

    panel(this, 140, 120, 1000, 440);
    label(this, WIDTH / 2, 150, t('implement.title'), { size: 'h2', bold: true, align: 'center' });
    const format = run.format ? this.s.catalogue.formats[run.format] : undefined;
    if (format) label(this, WIDTH / 2, 200, tx(format.name), { color: color.inkSoft, align: 'center' });
    const members = [
      ...run.team.map((id) => this.s.catalogue.roles[id]?.name),
      ...run.tools.map((id) => this.s.catalogue.tools[id]?.name),
    ];
    label(this, WIDTH / 2, 244, members.flatMap((m) => (m ? [tx(m)] : [])).join(' · '), {
      size: 'small',
      align: 'center',
      width: 900,
    });

    const bar = meter(this, layer, 240, 340, 800, 24, t('implement.title'));
    const week = label(this, WIDTH / 2, 380, '', { align: 'center' });
    const done = label(this, WIDTH / 2, 440, '', { bold: true, color: color.green, align: 'center', layer });
    const check = icon(this, WIDTH / 2, 500, 'circle-check', color.green, 48).setVisible(false);
    const total = mission.weeks;
    const show = (n: number) => {
      bar.set(n, total, t('implement.week', { n, total }));
      setLabel(week, t('implement.week', { n, total }));
      if (n >= total) {
        setLabel(done, t('implement.done'));
        check.setVisible(true);
      }
    };
    show(0);
    let n = 0;
    this.time.addEvent({
      delay: 350,
      repeat: total - 1,
      callback: () => {
        n += 1;
        show(n);
      },
    });

    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: t('implement.next'),
      icon: 'arrow-right',
      variant: 'primary',
      onPress: () => this.state.choose({ t: 'next' }),
    });
    layer.focusFirst();
  }
}
