import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { meter } from '../ui/meter.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { decisionCard } from './parts/decisionCard.ts';

/** Develop, second half: the production weeks go by and surprises ask for decisions, one at a time. */
export class ProductionScene extends GameScene {
  private showing: string | null = null;

  constructor() {
    super('production');
  }

  init(data: { showing?: string }): void {
    this.showing = data.showing ?? null;
  }

  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    this.enter('production', t('production.title'));
    this.phaseHeader(3, 'phase.develop', tx(mission.title));
    const layer = this.s.layer;
    const answered = run.events.filter((e) => e.option).length;
    const total = run.events.length;
    label(this, 48, 92, t('production.title'), { size: 'h2', bold: true });
    const week = total === 0 ? mission.weeks : Math.round(((answered + 1) / (total + 1)) * mission.weeks);
    const bar = meter(this, layer, 480, 104, 752, 16, t('production.title'), 'progress');
    bar.set(week, mission.weeks, t('implement.week', { n: week, total: mission.weeks }));
    label(this, 1232, 128, t('implement.week', { n: week, total: mission.weeks }), {
      size: 'small',
      align: 'right',
      color: color.inkSoft,
    });

    const current = run.events.find((e) => e.id === this.showing) ?? run.events.find((e) => !e.option);
    const event = current ? this.s.catalogue.events[current.id] : undefined;
    if (current && event) {
      decisionCard(this, 48, 168, 1184, {
        event,
        chosen: current.option,
        btn: this.btnPublic,
        onChoose: (option) => {
          this.state.choose({ t: 'event', id: current.id, option });
          this.scene.restart({ showing: current.id });
        },
      });
    } else {
      label(this, 640, 320, t('implement.done'), {
        size: 'h2',
        bold: true,
        color: color.green,
        align: 'center',
        layer,
      });
    }
    const pending = run.events.some((e) => !e.option);
    const onCard = !!current?.option && pending;
    this.btn({
      x: 824,
      y: 624,
      w: 408,
      h: 64,
      text: onCard ? t('design.continue') : t('production.next'),
      icon: 'arrow-right',
      variant: 'primary',
      unavailable: !current?.option && pending,
      onPress: () => {
        if (onCard) return this.scene.restart({});
        if (!this.state.choose({ t: 'next' })) this.s.audio.play('error');
      },
    });
    this.focusDefault();
  }
}
