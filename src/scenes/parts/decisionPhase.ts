import type { CastMember, GameEvent } from '../../content/types.ts';
import { t } from '../../i18n/t.ts';
import type { Pending } from '../../sim/run.ts';
import { icon } from '../../ui/icons.ts';
import { place, type Rect } from '../../ui/layout.ts';
import { label } from '../../ui/text.ts';
import { color, control, sizeClass, space } from '../../ui/theme.ts';
import type { GameScene } from '../GameScene.ts';
import { decisionCard } from './decisionCard.ts';

/** The way on is wider here: its label names the next phase (as wide as the row on a phone held upright). */
const MOVE_ON_W = 408;
/** Where the row is shared with the phase's own line (a phone sideways), the way on keeps this much. */
const MOVE_ON_SHARED_W = 340;

export interface DecisionPhaseOptions {
  kind: 'event' | 'live';
  pending: Pending[];
  /** The decision whose outcome is being read, if any (kept across the scene's restart). */
  showing: string | null;
  find: (id: string) => GameEvent | undefined;
  /** Who brings an event's news, if someone does (production); the live moment has its own stage. */
  teller?: (event: GameEvent) => CastMember | undefined;
  /** The label of the button that leaves the phase once every decision is taken. */
  moveOn: string;
  /** Where the card goes (the production weeks use the full width, the live moment shares it). */
  box: Rect;
  /** A decision of the phase that is not an event's or a live step's (the pilot's), and how it is taken. */
  own?: { id: string; choose: (option: string) => void };
}

/**
 * A phase of decisions taken one at a time: the card of the next one, its outcome once chosen, then
 * a button to go on to the next card or, when all are taken, to the next phase. Returns what the way on
 * leaves free at the start of the action row, if anything.
 */
export function decisionPhase(scene: GameScene, o: DecisionPhaseOptions): Rect | null {
  const s = scene.services;
  const current = o.pending.find((e) => e.id === o.showing) ?? o.pending.find((e) => !e.option);
  const event = current ? o.find(current.id) : undefined;
  if (current && event) {
    // A fresh card rings: a production surprise, or a hitch in the live moment.
    if (!current.option) s.audio.play(o.kind === 'live' ? 'alert' : 'card');
    decisionCard(scene, o.box, {
      event,
      chosen: current.option,
      btn: scene.btnPublic,
      icon: o.kind === 'live' ? 'triangle-alert' : 'calendar',
      teller: o.teller?.(event),
      onChoose: (option) => {
        if (o.own?.id === current.id) o.own.choose(option);
        else s.store.getState().choose({ t: o.kind, id: current.id, option });
        scene.scene.restart({ showing: current.id });
      },
    });
  } else {
    const { x, y, w, h } = o.box;
    // The mark above the words, a little apart, at every size.
    icon(scene, x + w / 2, y + h / 2 - control.h / 2 - space.m, 'circle-check', color.green, control.h);
    label(scene, x + w / 2, y + h / 2, t('implement.done'), {
      size: 'h2',
      bold: true,
      color: color.green,
      align: 'center',
      width: w - space.margin,
      layer: s.layer,
    });
  }
  const waiting = o.pending.some((e) => !e.option);
  const reading = !!current?.option && waiting;
  const row = scene.frame().actions;
  const moveOnW =
    sizeClass() === 'narrow' ? row.w : row.w >= 2 * MOVE_ON_W ? MOVE_ON_W : Math.min(row.w, MOVE_ON_SHARED_W);
  const moveOn = place(row, 'end', moveOnW);
  scene.btnPublic({
    ...moveOn,
    text: reading ? t('design.continue') : o.moveOn,
    icon: 'arrow-right',
    variant: 'primary',
    unavailable: !current?.option && waiting,
    onPress: () => {
      if (reading) return scene.scene.restart({});
      if (!s.store.getState().choose({ t: 'next' })) s.audio.play('error');
    },
  });
  // What the way on leaves of the action row, for the phase's own line (its weeks, its title).
  const free = { ...row, w: moveOn.x - space.gap - row.x };
  return free.w > 0 ? free : null;
}
