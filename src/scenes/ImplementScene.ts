import { t, tx } from '../i18n/t.ts';
import { currentMission } from '../state/views.ts';
import { label } from '../ui/text.ts';
import { color } from '../ui/theme.ts';
import { GameScene } from './GameScene.ts';
import { decisionCard } from './parts/decisionCard.ts';

/** Implement: the format's live moment (the webinar's chat, the MOOC's forum, the playtest…). */
export class ImplementScene extends GameScene {
  private showing: string | null = null;

  constructor() {
    super('implement');
  }

  init(data: { showing?: string }): void {
    this.showing = data.showing ?? null;
  }

  create(): void {
    const run = this.state.run;
    const mission = currentMission(this.state, this.s.catalogue);
    if (!run || !mission) return;
    const live = run.format ? this.s.catalogue.live[run.format] : undefined;
    this.enter('implement', `${t('phase.implement')} — ${live ? tx(live.title) : t('implement.liveTitle')}`);
    this.phaseHeader(4, 'phase.implement', tx(mission.title));
    label(this, 48, 92, live ? tx(live.title) : t('implement.liveTitle'), { size: 'h2', bold: true });

    const current = run.live.find((e) => e.id === this.showing) ?? run.live.find((e) => !e.option);
    const step = current ? live?.steps.find((s) => s.id === current.id) : undefined;
    if (current && step) {
      decisionCard(this, 48, 168, 1184, {
        event: step,
        chosen: current.option,
        btn: this.btnPublic,
        onChoose: (option) => {
          this.state.choose({ t: 'live', id: current.id, option });
          this.scene.restart({ showing: current.id });
        },
      });
    } else {
      label(this, 640, 320, t('implement.done'), {
        size: 'h2',
        bold: true,
        color: color.green,
        align: 'center',
        layer: this.s.layer,
      });
    }
    const pending = run.live.some((e) => !e.option);
    const onCard = !!current?.option && pending;
    this.btn({
      x: 880,
      y: 624,
      w: 352,
      h: 64,
      text: onCard ? t('design.continue') : t('implement.next'),
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
