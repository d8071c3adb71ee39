import { t } from '../../i18n/t.ts';
import type { Pending } from '../../sim/run.ts';
import type { GameEvent } from '../../sim/types.ts';
import { label } from '../../ui/text.ts';
import { color } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { decisionCard } from './decisionCard.ts';

export interface DecisionPhaseOptions {
  kind: 'event' | 'live';
  pending: Pending[];
  /** The decision whose outcome is being read, if any (kept across the scene's restart). */
  showing: string | null;
  find: (id: string) => GameEvent | undefined;
  /** The label of the button that leaves the phase once every decision is taken. */
  moveOn: string;
}

/**
 * A phase of decisions taken one at a time: the card of the next one, its outcome once chosen, then
 * a button to go on to the next card or, when all are taken, to the next phase.
 */
export function decisionPhase(scene: GameScene, o: DecisionPhaseOptions): void {
  const s = scene.services;
  const current = o.pending.find((e) => e.id === o.showing) ?? o.pending.find((e) => !e.option);
  const event = current ? o.find(current.id) : undefined;
  if (current && event) {
    decisionCard(scene, 48, 168, 1184, {
      event,
      chosen: current.option,
      btn: scene.btnPublic,
      onChoose: (option) => {
        s.store.getState().choose({ t: o.kind, id: current.id, option });
        scene.scene.restart({ showing: current.id });
      },
    });
  } else {
    label(scene, 640, 320, t('implement.done'), {
      size: 'h2',
      bold: true,
      color: color.green,
      align: 'center',
      layer: s.layer,
    });
  }
  const waiting = o.pending.some((e) => !e.option);
  const reading = !!current?.option && waiting;
  scene.btnPublic({
    x: 824,
    y: 624,
    w: 408,
    h: 64,
    text: reading ? t('design.continue') : o.moveOn,
    icon: 'arrow-right',
    variant: 'primary',
    unavailable: !current?.option && waiting,
    onPress: () => {
      if (reading) return scene.scene.restart({});
      if (!s.store.getState().choose({ t: 'next' })) s.audio.play('error');
    },
  });
}
